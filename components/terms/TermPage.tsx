import Link from '@/components/links/SiteLink'

import { PostList } from '@/components/posts/PostList'
import type { TermPageData } from '@/lib/data/terms'
import { feedPath } from '@/lib/feeds/buildFeeds'

const KIND_LABEL = { categories: 'Category', tags: 'Tag', series: 'Series', channels: 'Channel' } as const

/** A category, tag, series or channel: its description, its posts and its own feeds. */
export function TermPage({ term, path }: { term: TermPageData; path: string }) {
  return (
    <section className="term">
      <p className="term__kind">{KIND_LABEL[term.kind]}</p>
      <h1>{term.title}</h1>
      {term.description ? <p>{term.description}</p> : null}
      {term.externalUrl ? (
        <p>
          <a href={term.externalUrl} rel="noopener noreferrer">
            {term.title} on YouTube
          </a>
        </p>
      ) : null}
      {term.videos.length > 0 ? (
        <section aria-labelledby="channel-videos">
          <h2 id="channel-videos">Videos</h2>
          <ul>
            {term.videos.map((video) => (
              <li key={video.id}>
                <Link href={`/videos/${video.slug}`}>{video.title}</Link>
              </li>
            ))}
          </ul>
          <h2>Scripts</h2>
        </section>
      ) : null}
      <PostList posts={term.posts} />
      <p className="term__feeds">
        Follow this {KIND_LABEL[term.kind].toLowerCase()}: <a href={feedPath('rss', path)}>RSS</a> · <a href={feedPath('atom', path)}>Atom</a> ·{' '}
        <a href={feedPath('json', path)}>JSON Feed</a> (<Link href="/subscribe">what is this?</Link>)
      </p>
    </section>
  )
}
