import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload client the public site uses. */
export const payloadClient = () => getPayload({ config })

/**
 * Every public read goes through these options: as an anonymous visitor, published versions only.
 * This is the single place that guarantees drafts never leak to the public site.
 */
export const PUBLIC_READ = { overrideAccess: false, draft: false } as const
