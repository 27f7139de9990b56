import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '@/lib/runtime/withDatabase'

/**
 * A bare Node `http` server in a process of its own (as the app has its own), answering every
 * request with the given bytes and headers: the runtime's limit for the same response.
 */
export async function startBareServer(body: Buffer, headers: Record<string, string>, folder: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const file = path.join(folder, 'bare-body.bin')
  writeFileSync(file, body)
  const port = await freePort()
  const source = `
    const body = require('node:fs').readFileSync(${JSON.stringify(file)})
    const headers = ${JSON.stringify(headers)}
    require('node:http').createServer((req, res) => { res.writeHead(200, headers); res.end(body) }).listen(${port}, '127.0.0.1', () => process.send('ready'))`
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  await once(child, 'message')
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}
