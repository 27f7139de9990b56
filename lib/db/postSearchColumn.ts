import { sql } from '@payloadcms/db-postgres'
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Full-text search over published posts: a generated tsvector (title weighted A, excerpt B, the
 * plain text of the script with its sources' titles and authors C) with a GIN index. Payload
 * has no field type for it, so the column is added to its Drizzle schema here and reaches the
 * database through the migrations like any other column. English stemming: the generated column
 * needs a fixed text-search configuration.
 */
export const addPostSearchColumn: SchemaHook = ({ schema, extendTable }) => {
  extendTable({
    table: schema.tables.posts,
    columns: {
      searchVector: tsvector('search_vector').generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("excerpt", '')), 'B') || setweight(to_tsvector('english', coalesce("search_text", '')), 'C')`,
      ),
      // Title and excerpt only, small enough to stay in the row: what a word found in hundreds of
      // posts is ranked by (lib/data/search.ts), where ranking on the full vector reads every match's.
      searchHeadVector: tsvector('search_head_vector').generatedAlwaysAs(sql`setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("excerpt", '')), 'B')`),
    },
    extraConfig: (table) => ({ postsSearchVectorIdx: index('posts_search_vector_idx').using('gin', table.searchVector) }),
  })
  return schema
}
