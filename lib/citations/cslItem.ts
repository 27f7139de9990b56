import type { CslItem, CslName } from '@citation-js/core'

import type { Source } from '@/payload-types'

/** Our source types → CSL item types (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
const CSL_TYPES: Record<Source['type'], string> = {
  book: 'book',
  chapter: 'chapter',
  article: 'article-journal',
  webpage: 'webpage',
  video: 'motion_picture',
  'archive-document': 'manuscript',
  speech: 'speech',
  pamphlet: 'pamphlet',
  other: 'document',
}

export const cslId = (source: Pick<Source, 'id'>) => `source-${source.id}`

const name = (author: NonNullable<Source['authors']>[number]): CslName =>
  author.literal?.trim() ? { literal: author.literal.trim() } : { family: author.family?.trim() ?? '', ...(author.given?.trim() ? { given: author.given.trim() } : {}) }

/** A source as CSL-JSON, the data citation-js formats and exports. */
export function sourceToCsl(source: Source): CslItem {
  const issued = [source.issued?.year, source.issued?.month, source.issued?.day].filter((part): part is number => typeof part === 'number')
  const item: CslItem = {
    id: cslId(source),
    type: CSL_TYPES[source.type] ?? 'document',
    title: source.title,
    ...(source.authors?.length ? { author: source.authors.map(name) } : {}),
    ...(issued.length ? { issued: { 'date-parts': [issued] } } : {}),
  }
  const optional: [string, string | null | undefined][] = [
    ['container-title', source.containerTitle],
    ['publisher', source.publisher],
    ['publisher-place', source.place],
    ['page', source.pages],
    ['URL', source.url],
    ['ISBN', source.isbn],
    ['DOI', source.doi],
    ['language', source.language],
  ]
  for (const [field, value] of optional) if (value?.trim()) item[field] = value.trim()
  return item
}
