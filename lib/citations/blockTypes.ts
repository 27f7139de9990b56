/** Block types of citations, quotations and footnotes inside a script's Lexical document. */
export const CITATION_SLUG = 'citation'
export const QUOTATION_SLUG = 'quotation'
export const FOOTNOTE_SLUG = 'footnote'
