import type { Site } from '@/payload-types'

import { serverUrl } from '@/lib/env'

/** The public origin for absolute URLs: the site settings' base URL, else SERVER_URL. */
export const siteBaseUrl = (site: Pick<Site, 'baseUrl'>) => (site.baseUrl ?? serverUrl()).replace(/\/+$/, '')
