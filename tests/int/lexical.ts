import type { Post } from '@/payload-types'

/** The smallest valid Lexical document: one paragraph of text. */
export function lexicalParagraph(text: string): Post['content'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
        },
      ],
    },
  }
}
