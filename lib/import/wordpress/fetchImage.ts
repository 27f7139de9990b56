import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { IMAGE_MIME_TYPES } from '@/lib/uploads/imageTypes'
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/uploadLimit'

export type FetchedImage = { ok: true; data: Buffer; mimetype: string; name: string } | { ok: false; reason: string }
export type ImageSource = { mediaDir?: string | null; fetch: boolean; timeoutMs?: number }

const EXTENSION_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif' }

/**
 * An image's bytes: from `mediaDir` when given (an export whose uploads were saved beside it,
 * matched by the path after /wp-content/uploads/ or by file name), else downloaded with a timeout,
 * a size limit (Media's upload limit) and one retry. Only the formats Media accepts are taken.
 */
export async function fetchImage(url: string, { mediaDir, fetch: mayFetch, timeoutMs = 15_000 }: ImageSource): Promise<FetchedImage> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, reason: 'not a URL' }
  }
  const name = decodeURIComponent(path.posix.basename(parsed.pathname)) || 'image'
  if (mediaDir) {
    const relative = decodeURIComponent(parsed.pathname.split('/wp-content/uploads/')[1] ?? '')
    for (const candidate of [relative && path.join(mediaDir, relative), path.join(mediaDir, name)]) {
      if (!candidate || !path.resolve(candidate).startsWith(path.resolve(mediaDir)) || !existsSync(candidate)) continue
      const type = EXTENSION_TYPES[path.extname(candidate).toLowerCase()]
      if (!type) return { ok: false, reason: `${path.extname(candidate)} files are not images Media accepts` }
      return { ok: true, data: readFileSync(candidate), mimetype: type, name }
    }
    if (!mayFetch) return { ok: false, reason: `not found in ${mediaDir}` }
  }
  if (!mayFetch) return { ok: false, reason: 'fetching is off (--no-fetch)' }
  let last = ''
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
      if (!response.ok) {
        last = `HTTP ${response.status}`
        if (response.status < 500) break
        continue
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
      if (!IMAGE_MIME_TYPES.includes(type)) return { ok: false, reason: `served as ${type || 'an unknown type'}, not an image Media accepts` }
      const length = Number(response.headers.get('content-length') ?? 0)
      if (length > MAX_UPLOAD_BYTES) return { ok: false, reason: `${(length / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB limit` }
      const data = Buffer.from(await response.arrayBuffer())
      if (data.length > MAX_UPLOAD_BYTES) return { ok: false, reason: `over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB limit` }
      return { ok: true, data, mimetype: type, name }
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message
    }
  }
  return { ok: false, reason: last }
}
