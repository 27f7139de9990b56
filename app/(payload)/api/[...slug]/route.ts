import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { rejectOversizedUpload } from '@/lib/uploads/uploadLimit'

type Handler = ReturnType<typeof REST_POST>

/** Uploads over the size limit get a 413 with its reason before Payload reads the body. */
const withUploadLimit =
  (handler: Handler): Handler =>
  async (request, context) =>
    rejectOversizedUpload(request) ?? handler(request, context)

export const GET = REST_GET(config)
export const POST = withUploadLimit(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withUploadLimit(REST_PATCH(config))
export const PUT = withUploadLimit(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
