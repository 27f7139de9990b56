import type { Metadata } from 'next'

import { FEED_PATHS } from '@/lib/feeds/buildFeeds'

// Rendered per request: building it statically would need the database at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Subscribe' }

export default function SubscribePage() {
  return (
    <article className="page">
      <h1>Subscribe</h1>
      <p>
        A feed is a list of new posts that a feed reader (such as NetNewsWire, Feedly, Inoreader or Thunderbird) checks for
        you. Copy one of these addresses into your reader and every new script arrives there in full, with its sources, without
        an account or an e-mail list.
      </p>
      <ul>
        <li>
          <a href={FEED_PATHS.rss}>RSS feed</a> — works with every reader.
        </li>
        <li>
          <a href={FEED_PATHS.atom}>Atom feed</a> — the same posts in the Atom format.
        </li>
        <li>
          <a href={FEED_PATHS.json}>JSON Feed</a> — for readers and tools that prefer JSON.
        </li>
      </ul>
    </article>
  )
}
