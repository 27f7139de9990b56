import { serverUrl } from '@/lib/env'

/**
 * The origins whose requests may carry the sign-in cookie (Payload's `csrf` list): the public
 * address when SERVER_URL gives it, otherwise the local addresses `npm start` serves on. A site
 * used at any other address needs SERVER_URL set to it.
 */
export function trustedOrigins(): string[] {
  if (process.env.SERVER_URL) return [new URL(serverUrl()).origin]
  const port = process.env.PORT ?? '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
