import type { Metadata } from 'next'
import Link from '@/components/links/SiteLink'
import { notFound } from 'next/navigation'

import { ChapterList } from '@/components/chapters/ChapterList'
import { VideoEmbed } from '@/components/video/VideoEmbed'
import { VideoJsonLd } from '@/components/video/VideoJsonLd'
import { getVideoBySlug } from '@/lib/data/videos'
import { formatLongDate } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request and cached until a change drops it (lib/cache/invalidationPolicy.ts);
// the interval bounds staleness where no hook can announce a change (a scheduled publish).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const video = await getVideoBySlug((await params).slug)
  return video ? { title: video.title, description: video.description ?? undefined } : {}
}

export default async function VideoPage({ params }: Props) {
  const video = await getVideoBySlug((await params).slug)
  if (!video?.youtubeId) notFound()
  return (
    <article className="video-page">
      <h1>{video.title}</h1>
      <VideoEmbed
        youtubeId={video.youtubeId}
        title={video.title}
        start={video.startSeconds}
        duration={video.duration}
        poster={video.thumbnailDoc}
        priority
      />
      <VideoJsonLd video={{ ...video, youtubeId: video.youtubeId }} poster={video.thumbnailDoc} chapters={video.chapters} />
      <p>
        {video.channelDoc ? <Link href={`/channels/${video.channelDoc.slug}`}>{video.channelDoc.name}</Link> : null}
        {video.publishedAt ? <> · <time dateTime={video.publishedAt}>{formatLongDate(video.publishedAt)}</time></> : null}
      </p>
      {video.scriptPost ? (
        <p>
          Read the script: <Link href={`/posts/${video.scriptPost.slug}`}>{video.scriptPost.title}</Link>
        </p>
      ) : null}
      {video.description ? <p className="video-page__description">{video.description}</p> : null}
      <ChapterList chapters={video.chapters} youtubeId={video.youtubeId} scriptSlug={video.scriptPost?.slug} videoSlug={video.slug} />
    </article>
  )
}
