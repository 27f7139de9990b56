import { Pool } from 'pg'

import { RESERVED_PAGE_SLUGS } from '@/lib/slug/reservedSlugs'
import { SLUG_PATTERN } from '@/lib/slug/slugify'

let pool: Pool | null = null
const database = () => (pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 2 }))

/** Where a document now lives when `pathname` is a former address of a published post or page. */
export async function findMovedPath(pathname: string): Promise<string | null> {
  const [, first, second, extra] = pathname.split('/')
  const isPost = first === 'posts' && second !== undefined && extra === undefined
  const slug = isPost ? second : second === undefined ? first : undefined
  if (!slug || !SLUG_PATTERN.test(slug) || (!isPost && RESERVED_PAGE_SLUGS.includes(slug)) || !process.env.DATABASE_URL) return null
  // Table names are Payload's for the collections' `previousSlugs` arrays; never user input.
  const table = isPost ? 'posts' : 'pages'
  try {
    const { rows } = await database().query<{ slug: string }>(
      `SELECT d.slug FROM "${table}_previous_slugs" p JOIN "${table}" d ON d.id = p._parent_id
       WHERE p.slug = $1 AND d._status = 'published' AND d.slug <> $1
         AND NOT EXISTS (SELECT 1 FROM "${table}" c WHERE c.slug = $1 AND c._status = 'published')
       LIMIT 1`,
      [slug],
    )
    const moved = rows[0]?.slug
    return moved ? (isPost ? `/posts/${moved}` : `/${moved}`) : null
  } catch (error) {
    // A lookup failure must not break the page: the request goes on to the normal route (a 404 for a former slug).
    console.error(`Could not look up a moved address for ${pathname}: ${(error as Error).message}`)
    return null
  }
}
