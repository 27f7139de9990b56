import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { anchoredHeadings } from '@/lib/richtext/headingAnchors'
import { nodeText } from '@/lib/richtext/lexicalNodes'

/** Contents from the script's h2/h3 headings, linking to their stable anchors; hidden for short scripts. */
export function TableOfContents({ content }: { content: SerializedEditorState }) {
  const headings = anchoredHeadings(content).filter((heading) => heading.tag === 'h2' || heading.tag === 'h3')
  if (headings.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading">Contents</h2>
      <ol>
        {headings.map((heading) => (
          <li key={heading.anchor} className={heading.tag === 'h3' ? 'toc__sub' : undefined}>
            <a href={`#${heading.anchor}`}>{nodeText(heading).trim()}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
