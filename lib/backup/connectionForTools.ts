/**
 * How pg_dump, pg_restore and psql reach a database: the URL without its password (which would
 * show in the process list) and the password in PGPASSWORD.
 */
export type ToolConnection = { dbname: string; env: NodeJS.ProcessEnv }

export function connectionForTools(databaseUrl: string): ToolConnection {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.toString(), env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' } }
}
