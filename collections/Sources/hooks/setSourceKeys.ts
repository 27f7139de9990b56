import type { CollectionBeforeChangeHook } from 'payload'

import type { Source } from '@/payload-types'
import { citationLabel, dedupeKey } from '@/lib/citations/sourceKeys'

/** Keeps the picker label and the duplicate-detection key in step with authors, title and year. */
export const setSourceKeys: CollectionBeforeChangeHook<Source> = ({ data, originalDoc }) => {
  const merged = { authors: data.authors ?? originalDoc?.authors, title: data.title ?? originalDoc?.title ?? '', issued: data.issued ?? originalDoc?.issued }
  return { ...data, dedupeKey: dedupeKey(merged), citationLabel: citationLabel(merged) }
}
