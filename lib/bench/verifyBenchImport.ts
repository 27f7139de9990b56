import pg from 'pg'

import { BENCH_HOST, type BenchExportFacts } from './generateWordPressExport'

export type BenchCheck = { what: string; expected: number; found: number; atLeast?: boolean }

export const checkPassed = (check: BenchCheck) => (check.atLeast ? check.found >= check.expected : check.found === check.expected)

// Counted in the database, independently of the importer's own report.
const COUNTS: { what: string; sql: string; expected: (facts: BenchExportFacts) => number; atLeast?: boolean }[] = [
  { what: 'posts', sql: `SELECT count(*) FROM posts WHERE wordpress_id LIKE '%@${BENCH_HOST}' AND _status = 'published'`, expected: (facts) => facts.posts },
  { what: 'pages', sql: `SELECT count(*) FROM pages WHERE wordpress_id LIKE '%@${BENCH_HOST}' AND _status = 'published'`, expected: (facts) => facts.pages },
  {
    what: 'words in the posts',
    sql: `SELECT coalesce(sum(array_length(regexp_split_to_array(btrim(text.value #>> '{}'), '\\s+'), 1)), 0)
      FROM posts, jsonb_path_query(posts.content, 'strict $.**.text') AS text(value)
      WHERE btrim(text.value #>> '{}') <> ''`,
    expected: (facts) => facts.words,
  },
  { what: 'quotation blocks', sql: `SELECT count(*) FROM posts, jsonb_path_query(posts.content, 'strict $.**.fields ? (@.blockType == "quotation")')`, expected: (facts) => facts.quotations },
  { what: 'media (distinct images)', sql: 'SELECT count(*) FROM media WHERE source_url IS NOT NULL AND filename IS NOT NULL', expected: (facts) => facts.images.length },
  { what: 'images placed in the text', sql: `SELECT count(*) FROM posts, jsonb_path_query(posts.content, 'strict $.**.relationTo ? (@ == "media")')`, expected: (facts) => facts.imageReferences },
  { what: 'posts with a hero image', sql: 'SELECT count(*) FROM posts WHERE hero_image_id IS NOT NULL', expected: (facts) => facts.posts },
  { what: 'sources', sql: 'SELECT count(*) FROM sources', expected: (facts) => facts.sources },
  { what: 'SOURCES list entries', sql: 'SELECT count(*) FROM posts_sources', expected: (facts) => facts.sourcesListEntries },
  { what: 'posts with their video', sql: 'SELECT count(*) FROM posts WHERE video_id IS NOT NULL', expected: (facts) => facts.videos },
  { what: 'channels', sql: 'SELECT count(*) FROM channels', expected: (facts) => facts.channels },
  {
    what: 'posts at their /?p=<id>',
    sql: `SELECT count(*) FROM posts WHERE EXISTS (
      SELECT 1 FROM redirects JOIN redirects_rels ON redirects_rels.parent_id = redirects.id AND redirects_rels.posts_id = posts.id
      WHERE redirects."from" = '/?p=' || split_part(posts.wordpress_id, '@', 1))`,
    expected: (facts) => facts.posts,
  },
  // Attachment pages and more archive addresses come on top, as the importer's rules grow.
  { what: 'redirects (at least)', sql: 'SELECT count(*) FROM redirects', expected: (facts) => facts.redirects, atLeast: true },
]

/** What the bench's import wrote, counted in the database, against what the generated export holds. */
export async function verifyBenchImport(databaseUrl: string, facts: BenchExportFacts): Promise<BenchCheck[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const checks: BenchCheck[] = []
    for (const { what, sql, expected, atLeast } of COUNTS) {
      const { rows } = await client.query<{ count?: string; coalesce?: string }>(sql)
      checks.push({ what, expected: expected(facts), found: Number(Object.values(rows[0])[0]), atLeast })
    }
    return checks
  } finally {
    await client.end()
  }
}
