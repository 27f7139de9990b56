import type { SeededRandom } from './seededRandom'

// Plain English words of a history essay; no parentheses or quotes, so prose never reads as a citation.
const WORDS = `the of and to in a that was his he it with as for on by had at which from this but not be they were their an
all one who have been when would there more so its into only what after them than could other him
over these our some should where before between through during under against without within upon
printing press scribe scribes abbot monastery manuscript parchment paper ink letter letters book books
library libraries reader readers writer writers empire emperor king queen court council church bishop
pope reform reformation pamphlet pamphlets censor censorship heresy doctrine scripture sermon preacher
merchant merchants guild guilds city cities village river harbour trade market markets coin silver gold
army soldier soldiers war wars treaty siege fortress border province capital revolution republic
party committee secretary minister ministry archive archives memoir memoirs diary diaries daughter
father mother brother sister family household servant servants winter summer autumn spring year years
century centuries decade decades morning evening night silence voice voices rumour rumours news report
reports telegraph railway factory workers harvest famine plague fever doctor hospital school students
teacher lesson history historian historians evidence witness witnesses account accounts story stories
truth lie lies memory memories power fear hope anger doubt faith reason science machine machines
quickly slowly quietly openly rarely often never always almost nearly perhaps certainly hardly
wrote read printed copied burned banned sold bought carried sent received answered asked refused
believed feared remembered forgot argued claimed denied admitted learned taught watched waited
long short old new early late first last great small heavy light dark bright cold warm distant
foreign local public private secret official common rare famous forgotten careful careless bitter
strange ordinary modern ancient northern southern eastern western whole single double`
  .split(/\s+/)
  .filter(Boolean)

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export type Text = { text: string; words: number }

/** A sentence of 8–22 words, now and then with a comma. */
export function sentence(random: SeededRandom): Text {
  const count = random.int(8, 22)
  const words: string[] = []
  for (let index = 0; index < count; index++) words.push(random.pick(WORDS) + (index > 2 && index < count - 2 && random.chance(0.08) ? ',' : ''))
  return { text: `${capitalise(words.join(' '))}${random.chance(0.1) ? '?' : '.'}`, words: count }
}

/** Sentences until at least `minWords` words. */
export function sentences(random: SeededRandom, minWords: number): Text {
  const parts: string[] = []
  let words = 0
  while (words < minWords) {
    const next = sentence(random)
    parts.push(next.text)
    words += next.words
  }
  return { text: parts.join(' '), words }
}

/** A title of 3–7 words, each capitalised. */
export function title(random: SeededRandom): string {
  return Array.from({ length: random.int(3, 7) }, () => capitalise(random.pick(WORDS))).join(' ')
}
