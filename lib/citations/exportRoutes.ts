import { cached } from '@/lib/cache/cached'
import { CACHE_TAGS } from '@/lib/cache/cacheTags'
import { getAllSources, getPostSources } from '@/lib/data/sources'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'
import { documentCacheControl } from '@/lib/http/documentCacheControl'

import { EXPORT_FORMATS, type ExportFormat, exportSources } from './exportSources'

const FILE_EXTENSION: Record<ExportFormat, string> = { bib: 'bib', ris: 'ris', json: 'json' }

function exportResponse(request: Request, body: string, format: ExportFormat, name: string, cacheControl?: string): Response {
  const response = conditionalResponse(request, body, { contentType: EXPORT_FORMATS[format].contentType, cacheControl })
  response.headers.set('Content-Disposition', `inline; filename="${name}.${FILE_EXTENSION[format]}"`)
  return response
}

/** GET /sources.bib|.ris|.json: every source, made once and cached until a source changes. */
export const siteSourcesExport = (format: ExportFormat) => async (request: Request) =>
  exportResponse(request, await cached(['sources-export', format], [CACHE_TAGS.sourceExports], async () => exportSources(await getAllSources(), format)), format, 'sources')

type PostContext = { params: Promise<{ slug: string }> }

/** GET /posts/<slug>/sources.bib|.ris|.json: the sources one published post cites or lists. */
export const postSourcesExport = (format: ExportFormat) => async (request: Request, { params }: PostContext) => {
  const { slug } = await params
  const sources = await getPostSources(slug)
  if (!sources) return notFoundResponse('There is no published post with this address.')
  return exportResponse(request, exportSources(sources, format), format, `${slug}-sources`, await documentCacheControl())
}
