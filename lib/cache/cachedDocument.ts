import { bodyEtag, encodedBody, keptBody } from '@/lib/http/encodedBodies'

import { cached } from './cached'

export type CachedDocument<M> = M & { etag: string; bytes: Uint8Array<ArrayBuffer> }

/**
 * A large text (a feed) made once and kept in the data cache like `cached` values, read so that a
 * request need not parse it: the cache holds the text with its entity tag, and beside it a small
 * pointer (the tag and `M`, e.g. the date) under the same tags. A request reads the pointer and,
 * when this process already holds the bytes with that tag (lib/http/encodedBodies.ts, kept by
 * content, so never those of other text), answers with them; otherwise it reads the whole entry.
 * Reading a 0.9 MB feed's entry meant parsing its JSON, ~3 ms, on every request.
 */
export async function cachedDocument<M extends Record<string, unknown>>(key: string[], tags: string[], produce: () => Promise<(M & { body: string }) | null>): Promise<CachedDocument<M> | null> {
  const whole = () =>
    cached(key, tags, async () => {
      const made = await produce()
      return made && { ...made, etag: bodyEtag(made.body) }
    })
  const pointer = await cached([...key, 'pointer'], tags, async () => {
    const made = await whole()
    if (!made) return null
    const { body: _body, ...rest } = made
    return rest as unknown as M & { etag: string }
  })
  if (!pointer) return null
  const bytes = keptBody(pointer.etag)
  if (bytes) return { ...pointer, bytes }
  const made = await whole()
  if (!made) return null
  // The entry itself, tag and all: if a change came between the pointer and it, its own tag answers.
  const { body, ...rest } = made
  return { ...(rest as unknown as M & { etag: string }), bytes: encodedBody(made.etag, body) }
}
