/**
 * Demo content for a new Scriptorium: original writing by the Scriptorium authors.
 * Scripts are Markdown here and become Lexical documents through Payload's converter.
 * Headings may end in {chapter m:ss}: the chapter-time marker. "{cite <source> <label> <locator>}" is an
 * inline citation; a "{quotation <source> <label> <locator> | attribution}" paragraph turns the
 * block quote after it into a quotation block (see blockMarkup.ts).
 * Quotations are from public-domain texts (Bacon 1620, Hugo 1831, Trithemius 1492 in translation).
 */
export const demoChannels = [
  {
    key: 'essays',
    name: 'Scriptorium Essays',
    url: 'https://www.youtube.com/@scriptorium-essays?feature=shared',
    description: 'Long, sourced video essays on the history of books, print and reading.',
    order: 1,
  },
  {
    key: 'audiobooks',
    name: 'Scriptorium Reads',
    url: 'https://www.youtube.com/@scriptorium-reads',
    description: 'Unabridged readings of public-domain classics, one chapter at a time.',
    order: 2,
  },
] as const

export const demoVideos = [
  {
    key: 'press',
    channel: 'essays',
    title: 'This Will Kill That: How Print Frightened the Scribes',
    youtubeUrl: 'https://www.youtube.com/watch?v=Pr1ntPr3ssA',
    published: { daysAgo: 61, hourUtc: 16 },
    duration: 1934,
    description: 'Why a fifteenth-century abbot argued that monks should keep copying by hand, and what he got right.',
  },
  {
    key: 'reading',
    channel: 'audiobooks',
    title: 'Reading Aloud, Part 1: Why Listen to a Book?',
    youtubeUrl: 'https://youtu.be/R3adAl0udQ4',
    published: { daysAgo: 43, hourUtc: 16 },
    duration: 842,
    description: 'The first of a short series on reading the classics aloud.',
  },
] as const

export const demoSources = [
  {
    key: 'bacon',
    type: 'book',
    authors: [{ family: 'Bacon', given: 'Francis' }],
    title: 'Novum Organum',
    publisher: 'John Bill',
    place: 'London',
    issued: { year: 1620 },
    language: 'la',
    url: 'https://www.gutenberg.org/ebooks/45988',
    note: 'Read in the 1863 English translation by Spedding, Ellis and Heath. Aphorism 129 is the famous passage on printing.',
  },
  {
    key: 'hugo',
    type: 'book',
    authors: [{ family: 'Hugo', given: 'Victor' }],
    title: 'Notre-Dame de Paris',
    publisher: 'Charles Gosselin',
    place: 'Paris',
    issued: { year: 1831 },
    language: 'fr',
    url: 'https://www.gutenberg.org/ebooks/2610',
    note: 'Book V, chapter 2, "Ceci tuera cela", added in the 1832 edition. A novelist’s argument, not a historian’s.',
  },
  {
    key: 'trithemius',
    type: 'pamphlet',
    authors: [{ family: 'Trithemius', given: 'Johannes' }],
    title: 'De laude scriptorum (In Praise of Scribes)',
    place: 'Mainz',
    issued: { year: 1492 },
    language: 'la',
    note: 'Quoted in our own translation. Ironically, Trithemius had it printed.',
  },
  {
    key: 'eisenstein',
    type: 'book',
    authors: [{ family: 'Eisenstein', given: 'Elizabeth L.' }],
    title: 'The Printing Press as an Agent of Change',
    publisher: 'Cambridge University Press',
    place: 'Cambridge',
    issued: { year: 1979 },
    isbn: '9780521299558',
    note: 'The standard account of print’s consequences; contested in places, used here for the overall argument only.',
  },
] as const

export const demoTaxonomy = {
  categories: [
    { key: 'history', title: 'History of the Book', description: 'Scripts on manuscripts, printing and reading.' },
    { key: 'reading', title: 'Reading', description: 'Notes on how and why we read.' },
  ],
  tags: [
    { key: 'printing', title: 'Printing' },
    { key: 'audiobooks', title: 'Audiobooks' },
  ],
  series: [{ key: 'reading-aloud', title: 'Reading Aloud', description: 'A short series on reading the classics aloud.' }],
} as const

const pressScript = `Picture a monastery library in 1492. The presses of Mainz have been running for forty years, and an abbot sits down to write a defence of copying books by hand.

## The abbot’s complaint {chapter 0:00}

Johannes Trithemius did not think print was evil. He thought it was careless. Copying, for him, was a discipline of attention:

{quotation trithemius chapter 7 | Trithemius asks his monks:}

> The word written on parchment will last a thousand years. The printed word is on paper. How long will it last?

It is easy to laugh at him. But notice what he is actually measuring: not speed, not cost, but *durability* and *care*.

## What print changed {chapter 7:05}

Within a century the argument had turned. Francis Bacon, writing in 1620, counted printing among the three inventions that had remade the world:

{quotation bacon section 129}

> Printing, gunpowder, and the magnet have changed the whole face and state of things throughout the world.

Historians since have tried to say exactly how. The most influential attempt argues that print did not just copy faster; it *fixed* texts, so that scholars in different cities could finally argue about the same page.{cite eisenstein page 113–126} Bacon himself had only counted the inventions, not explained them.{cite bacon section 129}

- Standardised texts made citation possible.
- Cheap copies made private reading common.
- Errors, once printed, travelled as far as the truth.

## This will kill that {chapter 18:30}

By 1831 the fear had a slogan. In Victor Hugo's novel an archdeacon points from a printed book to the cathedral and says:

{quotation hugo chapter V.2 | Hugo's archdeacon, looking from a printed book to Notre-Dame:}

> This will kill that. The book will kill the edifice.

Every new medium has its archdeacon. The question worth asking is Trithemius's question: *what kind of care does this medium reward?*

## Sources and a note on method {chapter 28:40}

Every quotation above is tied to a source in the list below. Where I relied on a secondary account, the note says how far I trust it. You can read the essay, or [watch the video](https://www.youtube.com/watch?v=Pr1ntPr3ssA).`

const readingScript = `This is the first part of a short series about the audiobook channel: why read the classics aloud at all, and what a listener gets that a reader does not.

## Listening is older than reading

For most of history most people met books with their ears. A reader performed; a household listened.

## What the voice adds

A voice has to decide. Every comma becomes a pause of some length, every question a rise or a fall. Reading aloud is interpretation you cannot skip.

1. Pick an edition and say why.
2. Read the whole text, including the parts you would skim.
3. Mark what you changed, and keep the list.

The next part looks at choosing editions.`

const aboutPage = `Scriptorium is where the scripts of our video essays live as readable, sourced articles.

## How this site works

Each post is the full script of a video, with every quotation tied to its source and an annotated list of sources at the end. Videos are on two channels: **Scriptorium Essays** for the essays and **Scriptorium Reads** for readings of the classics.

## Corrections

If you find an error in a quotation or a reference, please write to us. Corrections are noted at the end of the post.`

export const demoPosts = [
  {
    key: 'press',
    title: 'This Will Kill That: How Print Frightened the Scribes',
    excerpt: 'A fifteenth-century abbot argued that monks should keep copying books by hand. He was wrong about print and right about care.',
    markdown: pressScript,
    published: { daysAgo: 61, hourUtc: 15 },
    video: 'press',
    categories: ['history'],
    tags: ['printing'],
    sources: [
      { source: 'trithemius', annotation: 'The primary text of the abbot’s argument; chapter 7 is the passage on parchment.' },
      { source: 'bacon', annotation: 'Primary; the aphorism is quoted in the Spedding translation.' },
      { source: 'hugo', annotation: 'A novel, used for its slogan and for how the nineteenth century saw print.' },
      { source: 'eisenstein', annotation: 'Secondary; out of date in places, only the overall argument is used.' },
    ],
  },
  {
    key: 'reading',
    title: 'Reading Aloud, Part 1: Why Listen to a Book?',
    excerpt: 'Why the audiobook channel exists, and what a listener gets that a reader does not.',
    markdown: readingScript,
    published: { daysAgo: 43, hourUtc: 15 },
    video: 'reading',
    categories: ['reading'],
    tags: ['audiobooks'],
    series: 'reading-aloud',
    seriesPosition: 1,
    sources: [],
  },
] as const

// channelList: the heading of a channel-list block added after the Markdown.
export const demoPages = [{ title: 'About', slug: 'about', markdown: aboutPage, channelList: 'Our channels' }] as const

export const demoSite = {
  title: 'Scriptorium',
  tagline: 'Video essays, written down and sourced',
  description: 'The scripts of our video essays as readable, fully sourced articles, with links to every video.',
  language: 'en',
  feedItemCount: 20,
} as const
