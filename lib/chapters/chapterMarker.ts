/** The block type of chapter markers inside a script's Lexical document. */
export const CHAPTER_MARKER_SLUG = 'chapter'
