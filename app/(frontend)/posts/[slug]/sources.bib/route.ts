import { postSourcesExport } from '@/lib/citations/exportRoutes'

export const dynamic = 'force-dynamic'

export const GET = postSourcesExport('bib')
