/**
 * Text formatted by citation-js (citeproc-js): it escapes the data and keeps only its own
 * formatting tags (i, b, sup, sub, span), so it is inserted as HTML.
 */
export function CslText({ html, as: Tag = 'span', className }: { html: string; as?: 'span' | 'p' | 'div'; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
