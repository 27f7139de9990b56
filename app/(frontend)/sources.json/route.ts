import { siteSourcesExport } from '@/lib/citations/exportRoutes'

export const dynamic = 'force-dynamic'

export const GET = siteSourcesExport('json')
