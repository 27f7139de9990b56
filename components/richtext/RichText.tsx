import type { DefaultNodeTypes, SerializedBlockNode, SerializedHeadingNode, SerializedInlineBlockNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { ChannelDirectory } from '@/components/channels/ChannelDirectory'
import { ChapterLink } from '@/components/chapters/ChapterLink'
import { CitationMark } from '@/components/citations/CitationMark'
import { COLUMN_IMAGE_SIZES, ResponsiveImage } from '@/components/media/ResponsiveImage'
import { QuotationFigure } from '@/components/citations/QuotationFigure'
import type { Apparatus } from '@/lib/citations/apparatus'
import type { ChannelListBlock, ChapterMarkerBlock, CitationBlock, FootnoteBlock, Media, QuotationBlock } from '@/payload-types'
import { internalDocPath, siteHref } from '@/lib/richtext/siteHref'
import { withHeadingAnchors } from '@/lib/richtext/headingAnchors'

import { tableConverters } from './tableConverters'

type NodeTypes =
  | DefaultNodeTypes
  | SerializedInlineBlockNode<ChapterMarkerBlock>
  | SerializedInlineBlockNode<CitationBlock>
  | SerializedInlineBlockNode<FootnoteBlock>
  | SerializedBlockNode<ChannelListBlock>
  | SerializedBlockNode<QuotationBlock>

type Props = {
  data: SerializedEditorState | null | undefined
  className?: string
  /** The script's video: chapter markers become "▶ 12:34" links that play it. Without one they are not shown. */
  youtubeId?: string | null
  /** Numbered notes for citations, quotations and footnotes (see buildApparatus). */
  apparatus?: Apparatus
  /** Shown at the end of the last paragraph, e.g. a note's link back to its place. */
  trailing?: ReactNode
}

const converters =
  (youtubeId: string | null | undefined, apparatus: Apparatus | undefined, trailing: ReactNode): JSXConvertersFunction<NodeTypes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...(trailing === undefined
      ? {}
      : {
          paragraph: ({ node, parent, childIndex, nodesToJSX }) => {
            const children = nodesToJSX({ nodes: node.children })
            const last = parent.type === 'root' && childIndex === ((parent as { children?: unknown[] }).children?.length ?? 0) - 1
            return (
              <p>
                {children.length ? children : <br />}
                {last ? <> {trailing}</> : null}
              </p>
            )
          },
        }),
    ...tableConverters,
    link: ({ node, nodesToJSX }) => {
      const href = node.fields.linkType === 'internal' ? internalDocPath((node.fields.doc ?? {}) as { relationTo?: string; value?: unknown }) : siteHref(node.fields.url)
      const children = nodesToJSX({ nodes: node.children })
      if (!href) return <span>{children}</span>
      const external = /^(https?:|mailto:)/.test(href)
      return (
        <a href={href} rel={external ? 'noopener noreferrer' : undefined} target={node.fields.newTab ? '_blank' : undefined}>
          {children}
        </a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const href = siteHref(node.fields.url)
      const children = nodesToJSX({ nodes: node.children })
      return href ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      )
    },
    upload: ({ node }) => {
      const media = typeof node.value === 'object' ? (node.value as Media | null) : null
      if (!media?.url) return null
      const caption = (node.fields as { caption?: string | null } | undefined)?.caption || media.caption
      return (
        <figure className="figure">
          <ResponsiveImage media={media} sizes={COLUMN_IMAGE_SIZES} />
          {caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      )
    },
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      const anchor = (node as SerializedHeadingNode & { anchor?: string }).anchor
      return <Tag id={anchor}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    blocks: {
      channelList: ({ node }) => <ChannelDirectory heading={node.fields.heading} />,
      quotation: ({ node }) => {
        const mark = apparatus?.marks.get(node.fields.id)
        // The quote through these same converters: Payload's defaults wrote its links' hrefs as given (data:, /\host).
        return (
          <QuotationFigure attribution={node.fields.attribution} citeUrl={mark?.sourceUrl} mark={mark}>
            <LexicalRichText data={node.fields.quote as SerializedEditorState} converters={converters(youtubeId, apparatus, undefined)} disableContainer />
          </QuotationFigure>
        )
      },
    },
    inlineBlocks: {
      chapter: ({ node }) => (youtubeId ? <ChapterLink youtubeId={youtubeId} time={node.fields.time} /> : null),
      citation: ({ node }) => <CitationMark mark={apparatus?.marks.get(node.fields.id ?? '')} />,
      footnote: ({ node }) => <CitationMark mark={apparatus?.footnotes.get(node.fields.id ?? '')} />,
    },
  })

/** Renders a Lexical document with Payload's React converters; headings get stable ids. */
export function RichText({ data, className, youtubeId, apparatus, trailing }: Props) {
  if (!data) return null
  return <LexicalRichText data={withHeadingAnchors(data)} converters={converters(youtubeId, apparatus, trailing)} className={className ?? 'prose'} disableContainer={false} />
}
