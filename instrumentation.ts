/**
 * Runs once when the Next server starts: validates configuration (a production server refuses to
 * start without a strong PAYLOAD_SECRET) and initialises Payload, which applies pending migrations
 * in production and starts the scheduled-publishing job runner.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { payloadSecret } = await import('./lib/env')
  try {
    payloadSecret()
  } catch (error) {
    console.error(`Scriptorium cannot start: ${(error as Error).message}`)
    process.exit(1)
  }
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config')])
  await getPayload({ config })
}
