/** Next.js start-up hook; the work is Node-only (see lib/startup/registerNodeServer.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { registerNodeServer } = await import('./lib/startup/registerNodeServer')
  await registerNodeServer()
}
