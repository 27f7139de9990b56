import type { CollectionBeforeChangeHook } from 'payload'

/** A document published without a date gets the moment of publishing. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
