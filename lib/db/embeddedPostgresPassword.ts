import pg from 'pg'

/** The fixed password every embedded cluster had before each got its own (EMBEDDED_PG_PASSWORD in .env). */
export const LEGACY_PASSWORD = 'postgres'

const INVALID_PASSWORD = '28P01'

const canConnect = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    return true
  } catch (error) {
    if ((error as { code?: string }).code === INVALID_PASSWORD) return false
    throw error
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Makes sure the cluster's superuser answers to `password`. A cluster made before passwords were
 * generated still has the old fixed one: it is changed to `password` once, and that is logged.
 * Returns whether it was changed.
 */
export async function ensureClusterPassword({ urlWith, user, password, log }: { urlWith: (password: string) => string; user: string; password: string; log?: (line: string) => void }): Promise<boolean> {
  if (await canConnect(urlWith(password))) return false
  const client = new pg.Client({ connectionString: urlWith(LEGACY_PASSWORD) })
  try {
    await client.connect()
  } catch (error) {
    if ((error as { code?: string }).code === INVALID_PASSWORD) {
      throw new Error(`The embedded PostgreSQL refuses the password in EMBEDDED_PG_PASSWORD (.env). Put back the value the cluster was made with, or move the data folder aside to start a new one.`)
    }
    throw error
  }
  try {
    await client.query(`ALTER ROLE "${user.replace(/"/g, '""')}" PASSWORD ${client.escapeLiteral(password)}`)
  } finally {
    await client.end()
  }
  log?.('The embedded PostgreSQL still had the old fixed password; it now has the one in .env (EMBEDDED_PG_PASSWORD).')
  return true
}
