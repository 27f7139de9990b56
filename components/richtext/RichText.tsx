import type { DefaultNodeTypes, SerializedBlockNode, SerializedHeadingNode, SerializedInlineBlockNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { ChannelDirectory } from '@/components/channels/ChannelDirectory'
import { ChapterLink } from '@/components/chapters/ChapterLink'
import type { ChannelListBlock, ChapterMarkerBlock } from '@/payload-types'
import { withHeadingAnchors } from '@/lib/richtext/headingAnchors'

type NodeTypes = DefaultNodeTypes | SerializedInlineBlockNode<ChapterMarkerBlock> | SerializedBlockNode<ChannelListBlock>

type Props = {
  data: SerializedEditorState | null | undefined
  className?: string
  /** The script's video: chapter markers become "▶ 12:34" links that play it. Without one they are not shown. */
  youtubeId?: string | null
}

const converters =
  (youtubeId: string | null | undefined): JSXConvertersFunction<NodeTypes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      const anchor = (node as SerializedHeadingNode & { anchor?: string }).anchor
      return <Tag id={anchor}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    blocks: {
      channelList: ({ node }) => <ChannelDirectory heading={node.fields.heading} />,
    },
    inlineBlocks: {
      chapter: ({ node }) => (youtubeId ? <ChapterLink youtubeId={youtubeId} time={node.fields.time} /> : null),
    },
  })

/** Renders a Lexical document with Payload's React converters; headings get stable ids. */
export function RichText({ data, className, youtubeId }: Props) {
  if (!data) return null
  return <LexicalRichText data={withHeadingAnchors(data)} converters={converters(youtubeId)} className={className ?? 'prose'} disableContainer={false} />
}
