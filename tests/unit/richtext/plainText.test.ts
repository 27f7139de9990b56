import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'

import { plainText } from '@/lib/richtext/plainText'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] })
const cell = (value: string, headerState = 0) => ({ type: 'tablecell', headerState, children: [paragraph(value)] })

describe('plainText', () => {
  it('reads a table row by row, its cells side by side', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          paragraph('Before the table.'),
          { type: 'table', children: [{ type: 'tablerow', children: [cell('Year', 1), cell('Event', 1)] }, { type: 'tablerow', children: [cell('1453'), cell('Fall of Constantinople')] }] },
          paragraph('After it.'),
        ],
      },
    } as unknown as SerializedEditorState
    expect(plainText(state)).toBe('Before the table.\nYear | Event\n1453 | Fall of Constantinople\nAfter it.')
  })
})
