import type { NextRequest } from 'next/server'

import { limitRequestBody } from './requestBodyLimit'

/** A route handler whose request body is bounded first (requestBodyLimit.ts): a 413 with the reason, or the handler. */
export const withBodyLimit =
  <Context>(handler: (request: NextRequest, context: Context) => Promise<Response>) =>
  async (request: NextRequest, context: Context): Promise<Response> => {
    const limited = await limitRequestBody(request)
    return limited instanceof Response ? limited : handler(limited, context)
  }
