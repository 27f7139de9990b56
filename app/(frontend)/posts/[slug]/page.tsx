import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/richtext/RichText'
import { getPostBySlug } from '@/lib/data/posts'
import { formatLongDate } from '@/lib/dates'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPostBySlug((await params).slug)
  return post ? { title: post.title, description: post.excerpt ?? undefined } : {}
}

export default async function PostPage({ params }: Props) {
  const post = await getPostBySlug((await params).slug)
  if (!post) notFound()
  return (
    <article className="post">
      <header className="post__header">
        <h1>{post.title}</h1>
        {post.publishedAt ? <time dateTime={post.publishedAt}>{formatLongDate(post.publishedAt)}</time> : null}
      </header>
      <RichText data={post.content} />
    </article>
  )
}
