/** The citation styles a site can choose (files in lib/citations/styles, CC BY-SA 3.0, see its README). */
export const CITATION_STYLES = [
  { value: 'chicago-note-bibliography', label: 'Chicago (notes and bibliography)' },
  { value: 'chicago-author-date', label: 'Chicago (author-date)' },
  { value: 'apa', label: 'APA (7th edition)' },
  { value: 'modern-language-association', label: 'MLA (9th edition)' },
  { value: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)' },
] as const

export type CitationStyle = (typeof CITATION_STYLES)[number]['value']

export const DEFAULT_CITATION_STYLE: CitationStyle = 'chicago-note-bibliography'

export const isCitationStyle = (value: unknown): value is CitationStyle => CITATION_STYLES.some((style) => style.value === value)

