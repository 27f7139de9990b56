import { seededRandom } from './seededRandom'

export type BenchSource = { author: string; title: string; url: string }

const SURNAMES = ['Alliluyeva', 'Trithemius', 'Khrushchev', 'Eisenstein', 'Febvre', 'Martin', 'Darnton', 'Chartier', 'Johns', 'Pettegree',
  'Blair', 'Grafton', 'McKitterick', 'Clanchy', 'Bloch', 'Braudel', 'Ginzburg', 'Davis', 'Thompson', 'Hobsbawm',
  'Figes', 'Pipes', 'Service', 'Kotkin', 'Montefiore', 'Applebaum', 'Conquest', 'Fitzpatrick', 'Snyder', 'Getty']
const INITIALS = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.', 'V.']
const OPENINGS = ['The', 'A History of', 'Letters on', 'Notes on', 'Twenty Letters on', 'In Praise of', 'Memoirs of', 'The Rise of', 'The Fall of', 'Reflections on']
const SUBJECTS = ['Scribes', 'the Printing Press', 'the Kremlin', 'Paper', 'Censorship', 'the Reformation', 'the Book Trade', 'Reading',
  'the Archive', 'Revolution', 'the Old Regime', 'Memory', 'the Court', 'Famine', 'the Party', 'Pamphlets', 'the Library', 'Exile']

/**
 * `count` distinct sources (author with an initial, a title with no comma, colon or full stop, an
 * archive address), the same for the same seed: the bench's quotations cite these.
 */
export function benchSources(count: number, seed: number): BenchSource[] {
  const random = seededRandom(seed ^ 0x5eed)
  const seen = new Set<string>()
  const sources: BenchSource[] = []
  while (sources.length < count) {
    const family = random.pick(SURNAMES)
    const title = `${random.pick(OPENINGS)} ${random.pick(SUBJECTS)}`
    const key = `${family}|${title}`.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    sources.push({ author: `${random.pick(INITIALS)} ${family}`, title, url: `https://archive.example.org/details/source-${sources.length + 1}` })
  }
  return sources
}
