/** Kinds of locator a citation can give, as CSL locator labels. */
export const LOCATOR_LABELS = [
  { label: 'Page', value: 'page' },
  { label: 'Chapter', value: 'chapter' },
  { label: 'Section', value: 'section' },
  { label: 'Paragraph', value: 'paragraph' },
  { label: 'Line', value: 'line' },
  { label: 'Volume', value: 'volume' },
  { label: 'Folio', value: 'folio' },
  { label: 'Timestamp', value: 'timestamp' },
]

export const LOCATOR_MAX_LENGTH = 40
