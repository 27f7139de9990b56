import type { NextRequest } from 'next/server'

import { drainAfterHandler } from './drainAfterHandler'
import { limitRequestBody } from './requestBodyLimit'

/**
 * A route handler whose request body is bounded first (requestBodyLimit.ts): a 413 with the reason,
 * or the handler; what an upload's handler leaves unread is read after it (drainAfterHandler.ts).
 */
export const withBodyLimit =
  <Context>(handler: (request: NextRequest, context: Context) => Promise<Response>) =>
  async (request: NextRequest, context: Context): Promise<Response> => {
    const limited = await limitRequestBody(request)
    if (limited instanceof Response) return limited
    const upload = (limited.headers.get('content-type') ?? '').startsWith('multipart/form-data')
    return upload ? drainAfterHandler(limited, (forwarded) => handler(forwarded, context)) : handler(limited, context)
  }
