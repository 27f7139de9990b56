import { pipeline } from 'node:stream/promises'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

export type CopiedTable = { table: string; rows: number }

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

async function migrationsOf(client: pg.Client): Promise<string[]> {
  return (await client.query<{ name: string }>("SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name")).rows.map(({ name }) => name)
}

/** Columns COPY can fill: a generated column is computed again from the others. */
async function copyableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
    [table],
  )
  return rows.map(({ column_name }) => column_name)
}

/**
 * Every row of every table from one database into another whose schema the same migrations made
 * (a server of another major: pg_dump cannot read a newer server, and COPY's text format is the
 * same in every version). The source is read in one snapshot; the target is filled in one
 * transaction, with triggers and foreign-key checks off while tables fill in any order, then
 * its sequences moved past the copied ids and every table's row count compared.
 */
export async function copyDatabaseContent({ fromUrl, toUrl }: { fromUrl: string; toUrl: string }): Promise<CopiedTable[]> {
  const source = new pg.Client({ connectionString: fromUrl })
  const target = new pg.Client({ connectionString: toUrl })
  await source.connect()
  try {
    await target.connect()
    try {
      const [had, has] = [await migrationsOf(source), await migrationsOf(target)]
      if (had.join() !== has.join()) {
        throw new Error(
          `The two databases are not at the same migrations (old: ${had.length}, new: ${has.length}; ` +
            `only in the old: ${had.filter((name) => !has.includes(name)).join(', ') || 'none'}; only in the new: ${has.filter((name) => !had.includes(name)).join(', ') || 'none'}). ` +
            'Start the old data with the release that made it (`npm start`) so that it is migrated, then move it.',
        )
      }
      const tables = (
        await target.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")
      ).rows.map(({ table_name }) => table_name)
      await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      await target.query('BEGIN')
      await target.query('SET LOCAL session_replication_role = replica')
      await target.query(`TRUNCATE ${tables.map(ident).join(', ')}`)
      const copied: CopiedTable[] = []
      for (const table of tables) {
        const columns = (await copyableColumns(target, table)).map(ident).join(', ')
        const writer = target.query(copyFrom(`COPY ${ident(table)} (${columns}) FROM STDIN`))
        await pipeline(source.query(copyTo(`COPY (SELECT ${columns} FROM ${ident(table)}) TO STDOUT`)), writer)
        copied.push({ table, rows: writer.rowCount })
      }
      const serials = await target.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')",
      )
      for (const { table_name, column_name } of serials.rows) {
        await target.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${ident(column_name)}) FROM ${ident(table_name)}), 0) + 1, false)`,
          [ident(table_name), column_name],
        )
      }
      for (const { table, rows } of copied) {
        const { rows: counted } = await source.query<{ count: string }>(`SELECT count(*) FROM ${ident(table)}`)
        if (Number(counted[0].count) !== rows) throw new Error(`${table}: ${counted[0].count} rows in the old database, ${rows} copied`)
      }
      await target.query('COMMIT')
      await source.query('COMMIT')
      return copied
    } catch (error) {
      await target.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      await target.end()
    }
  } finally {
    await source.end()
  }
}
