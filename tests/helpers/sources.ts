import type { Source } from '@/payload-types'

/** A Source document as Payload returns it, for formatting tests. */
export const sourceDoc = (id: number, fields: Partial<Source>): Source =>
  ({ id, type: 'book', title: 'Untitled', updatedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', ...fields }) as Source

export const bacon = sourceDoc(1, {
  authors: [{ family: 'Bacon', given: 'Francis' }],
  title: 'Novum Organum',
  publisher: 'John Bill',
  place: 'London',
  issued: { year: 1620 },
  language: 'la',
  url: 'https://www.gutenberg.org/ebooks/45988',
})

export const eisenstein = sourceDoc(2, {
  authors: [{ family: 'Eisenstein', given: 'Elizabeth L.' }],
  title: 'The printing press as an agent of change',
  publisher: 'Cambridge University Press',
  place: 'Cambridge',
  issued: { year: 1979 },
  isbn: '9780521299558',
})

/** A source resolver for the importer's recognisers that numbers sources from 100 as they are first asked for, and records the questions. */
export function numberedSourceResolver() {
  const asked: string[] = []
  const ids = new Map<string, number>()
  const resolve = async (author: string, title: string) => {
    asked.push(`${author} | ${title}`)
    const key = `${author}|${title}`
    if (!ids.has(key)) ids.set(key, 100 + ids.size)
    return ids.get(key)!
  }
  return { asked, resolve }
}
