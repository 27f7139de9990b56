import { createHash } from 'node:crypto'
import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An uploaded file's name gets the first 8 hex digits of its content's SHA-256
 * (`press.jpg` → `press-3fa9c21b.jpg`; its sizes follow, `press-3fa9c21b-768x432.jpg`), so one
 * address always means the same bytes: media can be served as immutable for a year
 * (lib/media/mediaCacheHeaders.ts), and a file deleted and uploaded again under its old name
 * cannot reach a reader from a stale cache.
 */
export const contentAddressedName: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data?.length) return args
  const { name, ext } = path.parse(file.name)
  const hash = createHash('sha256').update(file.data).digest('hex').slice(0, 8)
  if (!name.endsWith(`-${hash}`)) file.name = `${name}-${hash}${ext}`
  return args
}
