import { getAllSources, getPostSources } from '@/lib/data/sources'
import { conditionalResponse, notFoundResponse } from '@/lib/http/conditionalResponse'

import { EXPORT_FORMATS, type ExportFormat, exportSources } from './exportSources'

const FILE_EXTENSION: Record<ExportFormat, string> = { bib: 'bib', ris: 'ris', json: 'json' }

function exportResponse(request: Request, sources: Parameters<typeof exportSources>[0], format: ExportFormat, name: string): Response {
  const response = conditionalResponse(request, exportSources(sources, format), { contentType: EXPORT_FORMATS[format].contentType })
  response.headers.set('Content-Disposition', `inline; filename="${name}.${FILE_EXTENSION[format]}"`)
  return response
}

/** GET /sources.bib|.ris|.json: every source. */
export const siteSourcesExport = (format: ExportFormat) => async (request: Request) => exportResponse(request, await getAllSources(), format, 'sources')

type PostContext = { params: Promise<{ slug: string }> }

/** GET /posts/<slug>/sources.bib|.ris|.json: the sources one published post cites or lists. */
export const postSourcesExport = (format: ExportFormat) => async (request: Request, { params }: PostContext) => {
  const { slug } = await params
  const sources = await getPostSources(slug)
  if (!sources) return notFoundResponse('There is no published post with this address.')
  return exportResponse(request, sources, format, `${slug}-sources`)
}
