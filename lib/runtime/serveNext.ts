import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { serverHeapMB } from '@/lib/env'

export class PortInUseError extends Error {}

/** Fails early with a clear message instead of letting Next crash on EADDRINUSE. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`)
          : new Error(`Cannot listen on port ${port}: ${error.message}`),
      ),
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}

type ServeOptions = { root: string; mode: 'start' | 'dev'; port: number; env: NodeJS.ProcessEnv }

/** The web server's environment: its port, the job queue on, and (production) a bounded heap (lib/env.ts serverHeapMB) unless NODE_OPTIONS sets one. */
export function nextServerEnv(env: Record<string, string | undefined>, port: number, heapMB: number | null): Record<string, string | undefined> {
  const childEnv: Record<string, string | undefined> = { ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) }
  // The launcher turns the job queue off for itself only; the web server runs it.
  delete childEnv.SCRIPTORIUM_JOBS_AUTORUN
  const options = env.NODE_OPTIONS?.trim() ?? ''
  if (heapMB !== null && !/--max-old-space-size\b/.test(options)) childEnv.NODE_OPTIONS = `${options} --max-old-space-size=${heapMB}`.trim()
  return childEnv
}

export function serveNext({ root, mode, port, env }: ServeOptions): ChildProcess {
  // The development server compiles on demand and needs more; only production is bounded.
  const childEnv = nextServerEnv(env, port, mode === 'start' ? serverHeapMB() : null)
  return spawn(path.join(root, 'node_modules', '.bin', 'next'), [mode, '-p', String(port)], {
    cwd: root,
    stdio: 'inherit',
    env: childEnv as NodeJS.ProcessEnv,
  })
}

/** Resolves once the server accepts connections on `port`; rejects if its process ends first. */
export async function waitUntilListening(child: ChildProcess, port: number): Promise<void> {
  const ended = () => child.exitCode !== null || child.signalCode !== null
  while (!ended()) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      const settle = (result: boolean) => {
        socket.destroy()
        resolve(result)
      }
      socket.once('connect', () => settle(true)).once('error', () => settle(false))
      socket.setTimeout(1_000, () => settle(false))
    })
    if (connected && !ended()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The web server ended (${child.signalCode ?? `exit code ${child.exitCode}`}) before it was serving on port ${port}; its output is above.`)
}

/** Resolves with the server's exit status once it stops, saying so when it stopped by itself. */
export function serverExit(child: ChildProcess, isStopping: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      if (!isStopping()) console.error(`The web server stopped (${signal ?? `exit code ${code}`}).`)
      resolve(code ?? (isStopping() ? 0 : 1))
    })
  })
}

/** Asks the server to stop (SIGTERM) and waits until it has. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}
