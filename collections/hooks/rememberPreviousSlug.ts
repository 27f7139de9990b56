import type { CollectionBeforeChangeHook } from 'payload'

type Slugged = { slug?: string | null; previousSlugs?: { slug?: string | null }[] | null; _status?: string | null }

/** When a published document's slug changes, keep the old one so its URL can redirect to the new. */
export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = originalDoc as Slugged | undefined
  const after = data as Slugged
  if (!before?.slug || !after.slug || before.slug === after.slug || before._status !== 'published') return data
  const previous = (before.previousSlugs ?? []).map((row) => row.slug).filter((slug): slug is string => Boolean(slug) && slug !== after.slug)
  return { ...data, previousSlugs: [...new Set([before.slug, ...previous])].map((slug) => ({ slug })) }
}
