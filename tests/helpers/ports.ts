/**
 * Ports for the servers the tests start. A port probed free and then released can be taken before
 * the server binds it; these come from below Linux's ephemeral range (32768 and up), which outgoing
 * connections and `listen(0)` draw from, so only another explicit listener could take one.
 */
import { execFileSync } from 'node:child_process'
import net from 'node:net'

const LOWEST = 20_000
const EPHEMERAL = 32_768

function listenOn(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(null))
    server.listen(port, () => resolve(server))
  })
}

/** `count` distinct ports nothing listens on, from a random point below the ephemeral range (so concurrent runs rarely meet). */
export async function serverPorts(count: number): Promise<number[]> {
  const held: net.Server[] = []
  let port = LOWEST + Math.floor(Math.random() * (EPHEMERAL - LOWEST - 1000))
  try {
    while (held.length < count) {
      if (port >= EPHEMERAL) throw new Error(`No ${count} free ports between ${LOWEST} and ${EPHEMERAL}`)
      const server = await listenOn(port++)
      if (server) held.push(server)
    }
    return held.map((server) => (server.address() as net.AddressInfo).port)
  } finally {
    await Promise.all(held.map((server) => new Promise((done) => server.close(done))))
  }
}

/** The first port from `from` up that nothing listens on; synchronous, for the Playwright config. */
export function firstFreePortSync(from: number): number {
  const probe = `const net = require('node:net');
(function next(port) {
  const server = net.createServer();
  server.once('error', () => next(port + 1));
  server.listen(port, () => server.close(() => process.stdout.write(String(port))));
})(${from});`
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }))
}
