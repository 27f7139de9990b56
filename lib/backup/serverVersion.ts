import pg from 'pg'

/** The server's version, e.g. { major: 15, version: '15.18' }; connecting also proves the URL works before a tool is run. */
export async function serverVersion(databaseUrl: string): Promise<{ major: number; version: string }> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(`Could not connect to the database (${new URL(databaseUrl).host}): ${(error as Error).message}`)
  }
  try {
    const { rows } = await client.query<{ server_version_num: string; server_version: string }>(
      "SELECT current_setting('server_version_num') AS server_version_num, current_setting('server_version') AS server_version",
    )
    return { major: Math.floor(Number(rows[0].server_version_num) / 10_000), version: rows[0].server_version }
  } finally {
    await client.end()
  }
}
