'use client'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { useFormFields } from '@payloadcms/ui'

import { nodeText, rootChildren } from '@/lib/richtext/lexicalNodes'

const SHOWN = 40

/** The footnote as a compact chip in the editor: "✻ The first words of the note…". */
export function FootnoteLabel() {
  const note = useFormFields(([fields]) => fields.note?.value) as SerializedEditorState | undefined
  const text = rootChildren(note).map(nodeText).join(' ').replace(/\s+/g, ' ').trim()
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN).trimEnd()}…` : text
  return <span className="citation-chip">✻ {shown || 'empty footnote'}</span>
}
