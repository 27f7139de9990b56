import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { BenchImage } from './generateWordPressExport'
import { renderBenchImage } from './renderBenchImage'

export type BenchImageServer = {
  origin: string
  /** Renders the images the export names (before the import is timed). */
  load: (images: BenchImage[]) => Promise<void>
  /** Requests answered, by status. */
  served: () => { ok: number; missing: number }
  close: () => Promise<void>
}

/**
 * A local HTTP server standing in for the blog's uploads: it answers the images the generated
 * export names from memory (rendered once by `load`) and 404 for anything else.
 */
export async function startBenchImageServer(): Promise<BenchImageServer> {
  const files = new Map<string, { data: Buffer; type: string }>()
  const counts = { ok: 0, missing: 0 }
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (!file) {
      counts.missing++
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    counts.ok++
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.data.length }).end(file.data)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async load(images) {
      // A few at a time: sharp works on its own threads.
      for (let start = 0; start < images.length; start += 8) {
        await Promise.all(
          images.slice(start, start + 8).map(async (image) => files.set(image.path, { data: await renderBenchImage(image), type: `image/${image.format}` })),
        )
      }
    },
    served: () => ({ ...counts }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
