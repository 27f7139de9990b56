import type { Endpoint, PayloadRequest } from 'payload'

import type { Post } from '@/payload-types'

import { describePostForYouTube } from './youtubeDescription'

type FindScript = (req: PayloadRequest, id: number) => Promise<Post | null>

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/<collection>/:id/youtube-description for the admin: the description generated from
 * the latest (draft included) version of the script, as { text, warnings }. Editors only.
 */
export function youtubeDescriptionEndpoint(findScript: FindScript, missing: string): Endpoint {
  return {
    path: '/:id/youtube-description',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return error(401, 'Log in to see the generated YouTube description.')
      const id = Number(req.routeParams?.id)
      if (!Number.isInteger(id)) return error(400, `"${String(req.routeParams?.id)}" is not a document id.`)
      const post = await findScript(req, id)
      if (!post) return error(404, missing)
      return Response.json(await describePostForYouTube(req.payload, post))
    },
  }
}

/** Options for reading the latest version of scripts as the logged-in editor. */
export const asEditor = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false, draft: true, depth: 1 }) as const
