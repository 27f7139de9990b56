import type { Post, Source } from '@/payload-types'

type Author = NonNullable<Source['authors']>[number]

const authorName = (author: Author, inverted: boolean): string => {
  if (author.literal?.trim()) return author.literal.trim()
  const family = author.family?.trim() ?? ''
  const given = author.given?.trim() ?? ''
  if (!given) return family
  return inverted ? `${family}, ${given}` : `${given} ${family}`
}

/** "Family, Given", "Family, Given and Given Family", "Family, Given, Given Family and Given Family". */
function authorList(authors: Author[]): string {
  const names = authors.map((author, index) => authorName(author, index === 0)).filter(Boolean)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

const ending = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

/**
 * A bibliography entry in plain text, close to Chicago's notes-bibliography style:
 * "Bacon, Francis. Novum Organum. London: John Bill, 1620."
 * A stopgap shared by the page, the feeds and the YouTube description until CSL styles arrive.
 */
export function sourceText(source: Pick<Source, 'authors' | 'title' | 'containerTitle' | 'publisher' | 'place' | 'issued' | 'pages'>): string {
  const parts: string[] = []
  const authors = authorList(source.authors ?? [])
  if (authors) parts.push(ending(authors))
  parts.push(ending(source.title.trim()))
  if (source.containerTitle?.trim()) parts.push(ending(`In ${source.containerTitle.trim()}`))
  const imprint = [source.place?.trim(), source.publisher?.trim()].filter(Boolean).join(': ')
  const year = source.issued?.year ? String(source.issued.year) : ''
  const publication = [imprint, year].filter(Boolean).join(', ')
  if (publication) parts.push(ending(publication))
  if (source.pages?.trim()) parts.push(ending(`Pp. ${source.pages.trim()}`))
  return parts.join(' ')
}

export type SourceEntry = { id: number; text: string; url: string | null; annotation: string | null }

/** A post's SOURCES list, in the author's order, ready for any output. Unpopulated rows are skipped. */
export function postSourceEntries(post: Pick<Post, 'sources'>): SourceEntry[] {
  return (post.sources ?? []).flatMap((row) => {
    if (typeof row.source !== 'object' || !row.source) return []
    const source = row.source
    return [{ id: source.id, text: sourceText(source), url: source.url ?? source.archiveUrl ?? null, annotation: row.annotation?.trim() || null }]
  })
}
