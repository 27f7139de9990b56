import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import Link from '@/components/links/SiteLink'

import { CiteThisPost } from '@/components/citations/CiteThisPost'
import { NotesSection } from '@/components/citations/NotesSection'
import { COLUMN_IMAGE_SIZES, ResponsiveImage } from '@/components/media/ResponsiveImage'
import { PostMeta } from '@/components/posts/PostMeta'
import { PostNavigation } from '@/components/posts/PostNavigation'
import { TableOfContents } from '@/components/posts/TableOfContents'
import { RichText } from '@/components/richtext/RichText'
import { SourcesList } from '@/components/sources/SourcesList'
import { extractChapters } from '@/lib/chapters/extractChapters'
import { buildApparatus } from '@/lib/citations/apparatus'
import { postCslItem, postReferences } from '@/lib/citations/postReference'
import { getSite, siteBaseUrl } from '@/lib/data/site'
import { blogPosting, breadcrumbList } from '@/lib/seo/blogPosting'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { JsonLd } from '@/components/seo/JsonLd'
import { absoluteUrl } from '@/lib/richtext/urls'
import { VideoEmbed } from '@/components/video/VideoEmbed'
import { VideoJsonLd } from '@/components/video/VideoJsonLd'
import { getPostBySlug } from '@/lib/data/posts'
import { getPostNavigation } from '@/lib/data/postNavigation'
import { posterPath, videoPoster } from '@/lib/media/videoPoster'
import { plainText, readingMinutes } from '@/lib/richtext/plainText'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request and cached; changes drop the cached copy (lib/revalidate), and the
// interval bounds staleness where no request context can (scheduled publishing).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPostBySlug((await params).slug)
  if (!post) return {}
  const site = await getSite()
  const image = typeof post.meta?.image === 'object' && post.meta.image ? post.meta.image : videoPoster(typeof post.video === 'object' ? post.video : null, post)
  return pageMetadata(site, {
    path: `/posts/${post.slug}`,
    title: post.meta?.title || post.title,
    description: post.meta?.description || post.excerpt,
    image,
    type: 'article',
    publishedTime: post.publishedAt,
    modifiedTime: post.updatedAt,
    authors: (post.populatedAuthors ?? []).map((author) => author.name ?? '').filter(Boolean),
  })
}

export default async function PostPage({ params }: Props) {
  const post = await getPostBySlug((await params).slug)
  // Former addresses never get here: proxy.ts answers them from the redirects (lib/redirects/redirectTable.ts).
  if (!post) notFound()
  const video = typeof post.video === 'object' ? post.video : null
  const poster = videoPoster(video, post)
  // The hero image leads the page unless the video's player (whose poster it may be) does.
  const hero = typeof post.heroImage === 'object' ? post.heroImage : null
  const [site, links] = await Promise.all([getSite(), getPostNavigation(post)])
  const apparatus = buildApparatus(post, site.citationStyle, 'html')
  const references = postReferences(postCslItem(post, site, absoluteUrl(`/posts/${post.slug}`, siteBaseUrl(site))))
  return (
    <article className="post">
      <header className="post__header">
        <h1>{post.title}</h1>
        <PostMeta post={post} minutes={readingMinutes(plainText(post.content))} />
      </header>
      {hero && !video?.youtubeId ? (
        <figure className="post__hero">
          <ResponsiveImage media={hero} sizes={COLUMN_IMAGE_SIZES} priority />
          {hero.caption ? <figcaption>{hero.caption}</figcaption> : null}
        </figure>
      ) : null}
      {video?.youtubeId ? (
        <>
          <VideoEmbed youtubeId={video.youtubeId} title={video.title} start={video.startSeconds} duration={video.duration} poster={poster} priority />
          <VideoJsonLd video={{ ...video, youtubeId: video.youtubeId }} poster={poster} chapters={extractChapters(post.content).chapters} />
          <p className="post__video-link">
            <Link href={`/videos/${video.slug}`}>About the video</Link>
          </p>
        </>
      ) : null}
      <TableOfContents content={post.content} />
      <RichText data={post.content} youtubeId={video?.youtubeId} apparatus={apparatus} />
      <NotesSection notes={apparatus.allNotes} />
      <SourcesList entries={apparatus.bibliography} exportPath={`/posts/${post.slug}`} />
      <CiteThisPost references={references} style={site.citationStyle} />
      <PostNavigation links={links} />
      <JsonLd data={blogPosting(post, site, posterPath(poster))} />
      <JsonLd data={breadcrumbList(site, [{ name: post.title, path: `/posts/${post.slug}` }])} />
    </article>
  )
}
