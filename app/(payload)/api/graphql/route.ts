import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimit } from '@/lib/http/withBodyLimit'
import { withTrustedOrigin } from '@/lib/security/foreignOrigin'

export const POST = withTrustedOrigin(withBodyLimit(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
