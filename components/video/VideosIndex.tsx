import Link from '@/components/links/SiteLink'

import { getVideos } from '@/lib/data/videos'
import { getChannels } from '@/lib/data/site'
import { formatLongDate } from '@/lib/dates'
import { formatTimestamp } from '@/lib/youtube/parseTimestamp'

/** Every video, newest first, or those of one channel. */
export async function VideosIndex({ channel }: { channel: string | null }) {
  const [videos, channels] = await Promise.all([getVideos({ channel: channel ?? undefined }), getChannels()])
  return (
    <section>
      <h1>Videos</h1>
      <nav aria-label="Filter by channel" className="channel-filter">
        <ul>
          <li>{channel ? <Link href="/videos">All channels</Link> : <strong aria-current="page">All channels</strong>}</li>
          {channels.map((c) => (
            <li key={c.id}>
              {channel === c.slug ? <strong aria-current="page">{c.name}</strong> : <Link href={`/videos?channel=${c.slug}`}>{c.name}</Link>}
            </li>
          ))}
        </ul>
      </nav>
      {videos.length === 0 ? <p>No videos yet.</p> : null}
      <ol className="post-list">
        {videos.map((video) => (
          <li key={video.id} className="post-list__item">
            <h2>
              <Link href={`/videos/${video.slug}`}>{video.title}</Link>
            </h2>
            <p>
              {video.channel ? <Link href={`/channels/${video.channel.slug}`}>{video.channel.name}</Link> : null}
              {video.publishedAt ? <> · <time dateTime={video.publishedAt}>{formatLongDate(video.publishedAt)}</time></> : null}
              {video.duration ? <> · {formatTimestamp(video.duration)}</> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
