import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withBodyLimit } from '@/lib/http/withBodyLimit'
import { withAuthRateLimit } from '@/lib/security/authRateLimit'
import { withTrustedOrigin } from '@/lib/security/foreignOrigin'

const restPost = REST_POST(config)

export const GET = REST_GET(config)
export const POST = withTrustedOrigin(withBodyLimit<Parameters<typeof restPost>[1]>((request, context) => withAuthRateLimit(request, () => restPost(request, context))))
export const DELETE = withTrustedOrigin(REST_DELETE(config))
export const PATCH = withTrustedOrigin(withBodyLimit(REST_PATCH(config)))
export const PUT = withTrustedOrigin(withBodyLimit(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
