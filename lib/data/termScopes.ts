/** Collections whose documents group posts, and the post field that points at them. */
export type TermKind = 'categories' | 'tags' | 'series' | 'channels'

// A channel's posts are the scripts of its videos.
export const POST_FILTER_BY_TERM: Record<TermKind, string> = {
  categories: 'categories.slug',
  tags: 'tags.slug',
  series: 'series.slug',
  channels: 'video.channel.slug',
}
