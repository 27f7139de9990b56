/** Block types of citations and quotations inside a script's Lexical document. */
export const CITATION_SLUG = 'citation'
export const QUOTATION_SLUG = 'quotation'
