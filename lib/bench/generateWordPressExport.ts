import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

import { benchSources, type BenchSource } from './benchSources'
import { sentences, title as randomTitle } from './benchText'
import { seededRandom, type SeededRandom } from './seededRandom'

export const BENCH_SITE = 'https://bench.example.com'
export const BENCH_HOST = 'bench.example.com'

export type BenchImage = { path: string; format: 'jpeg' | 'png'; width: number; height: number; hue: number }

export type BenchExportOptions = {
  file: string
  /** Where the image server listens (`http://127.0.0.1:1234`): image addresses point there. */
  imageOrigin: string
  posts?: number
  seed?: number
}

/** What the export holds, counted while writing it: the bench checks the import against these. */
export type BenchExportFacts = {
  posts: number
  pages: number
  /** Words of the posts' text as readers get it: paragraphs, headings and quotations (not citation lines or SOURCES lists). */
  words: number
  quotations: number
  /** Distinct image files (every attachment, each once): the Media documents an import makes. */
  images: BenchImage[]
  /** Image references in the posts' text, variants and shared images included. */
  imageReferences: number
  /** Distinct sources cited across the export (a subset of the pool). */
  sources: number
  /** SOURCES list entries over all posts. */
  sourcesListEntries: number
  videos: number
  channels: number
  categories: number
  tags: number
  /** The old addresses every importer version redirects at least: a post's four, a page's ?page_id=, one per category and tag archive. */
  redirects: number
}

const SOURCE_POOL = 100
const SHARED_IMAGES = 20
const QUOTATIONS = { min: 18, max: 22 }
const WORDS = { min: 5600, max: 6400 }
const CHANNELS = ['https://www.youtube.com/@BenchEssays', 'https://www.youtube.com/@BenchAudiobooks']
const PAGES = ['about', 'contact', 'support-the-channel', 'reading-list', 'colophon']

const pad = (value: number, length = 2) => String(value).padStart(length, '0')
const cdata = (text: string) => `<![CDATA[${text}]]>`
const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const wordCount = (html: string) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length

type Item = {
  id: number
  type: 'post' | 'page' | 'attachment'
  title: string
  slug: string
  date: Date
  content: string
  excerpt?: string
  parent?: number
  attachmentUrl?: string
  terms?: { domain: 'category' | 'post_tag'; slug: string; name: string }[]
  meta?: { key: string; value: string }[]
}

const wpDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ')

function itemXml(item: Item): string {
  const local = new Date(item.date.getTime() + 3600_000)
  const ymd = `${local.getUTCFullYear()}/${pad(local.getUTCMonth() + 1)}/${pad(local.getUTCDate())}`
  const link = item.type === 'post' ? `${BENCH_SITE}/${ymd}/${item.slug}/` : item.type === 'page' ? `${BENCH_SITE}/${item.slug}/` : `${BENCH_SITE}/?attachment_id=${item.id}`
  const guid = item.type === 'attachment' ? item.attachmentUrl : `${BENCH_SITE}/?${item.type === 'page' ? 'page_id' : 'p'}=${item.id}`
  return `
	<item>
		<title>${cdata(item.title)}</title>
		<link>${link}</link>
		<pubDate>${item.date.toUTCString().replace('GMT', '+0000')}</pubDate>
		<dc:creator>${cdata('essayist')}</dc:creator>
		<guid isPermaLink="false">${guid}</guid>
		<description></description>
		<content:encoded>${cdata(item.content)}</content:encoded>
		<excerpt:encoded>${cdata(item.excerpt ?? '')}</excerpt:encoded>
		<wp:post_id>${item.id}</wp:post_id>
		<wp:post_date>${cdata(wpDate(local))}</wp:post_date>
		<wp:post_date_gmt>${cdata(wpDate(item.date))}</wp:post_date_gmt>
		<wp:post_modified>${cdata(wpDate(local))}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(wpDate(item.date))}</wp:post_modified_gmt>
		<wp:comment_status>${cdata('open')}</wp:comment_status>
		<wp:post_name>${cdata(item.slug)}</wp:post_name>
		<wp:status>${cdata(item.type === 'attachment' ? 'inherit' : 'publish')}</wp:status>
		<wp:post_parent>${item.parent ?? 0}</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(item.type)}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>${item.attachmentUrl ? `\n\t\t<wp:attachment_url>${cdata(item.attachmentUrl)}</wp:attachment_url>` : ''}
${(item.terms ?? []).map((term) => `\t\t<category domain="${term.domain}" nicename="${term.slug}">${cdata(term.name)}</category>`).join('\n')}
${(item.meta ?? []).map((row) => `\t\t<wp:postmeta><wp:meta_key>${cdata(row.key)}</wp:meta_key><wp:meta_value>${cdata(row.value)}</wp:meta_value></wp:postmeta>`).join('\n')}
	</item>
`
}

/** The writer of one post's markup, classic (wpautop) or block editor, as WordPress stores them. */
type Markup = {
  paragraph: (html: string) => string
  heading: (text: string) => string
  image: (src: string, attachment: number, alt: string, caption: string | null) => string
  video: (url: string) => string
  list: (entries: string[]) => string
  quote: (paragraphs: string[]) => string
}

const classic: Markup = {
  paragraph: (html) => `${html}\n\n`,
  heading: (text) => `<h2>${text}</h2>\n`,
  image: (src, attachment, alt, caption) => {
    const img = `<img class="size-large wp-image-${attachment}" src="${src}" alt="${alt}" width="1024" height="576" />`
    return caption ? `[caption id="attachment_${attachment}" align="aligncenter" width="1024"]${img} ${caption}[/caption]\n\n` : `${img}\n\n`
  },
  video: (url) => `[embed]${url}[/embed]\n\n`,
  list: (entries) => entries.map((entry) => `${entry}\n\n`).join(''),
  quote: (paragraphs) => `<blockquote>${paragraphs.join('\n\n')}</blockquote>\n`,
}

const blocks: Markup = {
  paragraph: (html) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->\n\n`,
  heading: (text) => `<!-- wp:heading -->\n<h2 class="wp-block-heading">${text}</h2>\n<!-- /wp:heading -->\n\n`,
  image: (src, attachment, alt, caption) =>
    `<!-- wp:image {"id":${attachment},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${src}" alt="${alt}" class="wp-image-${attachment}"/>${caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : ''}</figure>\n<!-- /wp:image -->\n\n`,
  video: (url) =>
    `<!-- wp:embed {"url":"${url}","type":"video","providerNameSlug":"youtube","responsive":true} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->\n\n`,
  list: (entries) => `<!-- wp:list -->\n<ul class="wp-block-list">${entries.map((entry) => `<!-- wp:list-item -->\n<li>${entry}</li>\n<!-- /wp:list-item -->`).join('\n')}</ul>\n<!-- /wp:list -->\n\n`,
  quote: (paragraphs) =>
    `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${paragraphs.map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`).join('\n')}</blockquote>\n<!-- /wp:quote -->\n\n`,
}

/** A citation line naming the source (two ways the first user writes them). */
function fullCitation(source: BenchSource, random: SeededRandom): string {
  const page = random.int(3, 480)
  if (random.chance(0.75)) return `(${source.author}: ‘${source.title}’, p. ${page})`
  return `(${source.author.split(' ').at(-1)}, ${source.title}, pp. ${page}-${page + random.int(1, 9)})`
}

/** One SOURCES list entry: `Author: ‘Title’. annotation URL` or `Author, Title`. */
function sourcesEntry(source: BenchSource, random: SeededRandom): string {
  if (random.chance(0.5)) return `${source.author}, ${source.title}`
  return `${source.author}: ‘${source.title}’. ${sentences(random, 12).text} ${source.url}`
}

const youtubeId = (index: number) => `bench${index.toString(36).padStart(6, '0')}`

/**
 * Writes a WordPress export (WXR 1.2) of `posts` long scripts shaped like the first user's: ~6,000
 * words in paragraphs under h2 headings, ~20 block quotations each followed by (or ending in) a
 * citation line naming one of ~100 sources or a bare `(p. N)`, a SOURCES list at the end, one or
 * two images (mostly the post's own, some shared), a YouTube embed, categories and tags; a quarter
 * in block-editor markup, the rest classic; and a few pages. Streamed to disk item by item; the
 * same seed writes the same file.
 */
export async function generateWordPressExport({ file, imageOrigin, posts = 1000, seed = 1 }: BenchExportOptions): Promise<BenchExportFacts> {
  const random = seededRandom(seed)
  const pool = benchSources(SOURCE_POOL, seed)
  const out = createWriteStream(file, { encoding: 'utf8' })
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain')
  }
  const facts: BenchExportFacts = { posts, pages: PAGES.length, words: 0, quotations: 0, images: [], imageReferences: 0, sources: 0, sourcesListEntries: 0, videos: posts, channels: CHANNELS.length, categories: 0, tags: 0, redirects: 0 }
  const cited = new Set<BenchSource>()
  let nextId = 2

  const categories = ['History', 'Printing', 'Revolutions', 'Empires', 'Books', 'Memoirs', 'Censorship', 'Science', 'Trade', 'War', 'Religion', 'Cities']
  const categoryParents: Record<string, string> = { Printing: 'history', Revolutions: 'history', Empires: 'history', Memoirs: 'books', Censorship: 'books' }
  const tags = Array.from({ length: 40 }, (_, index) => `${randomTitle(random).split(' ')[0]} ${index + 1}`)
  facts.categories = categories.length
  facts.tags = tags.length

  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<!-- Generated by Scriptorium's import benchmark (seed ${seed}, ${posts} posts): invented text, not anyone's blog. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Bench Essays</title>
	<link>${BENCH_SITE}</link>
	<description>Generated scripts for the import benchmark</description>
	<language>en-GB</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${BENCH_SITE}</wp:base_site_url>
	<wp:base_blog_url>${BENCH_SITE}</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('essayist')}</wp:author_login><wp:author_email>${cdata('essayist@bench.example.com')}</wp:author_email><wp:author_display_name>${cdata('The Essayist')}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>
`)
  for (const name of categories) {
    await write(`	<wp:category><wp:term_id>${nextId++}</wp:term_id><wp:category_nicename>${cdata(slugify(name))}</wp:category_nicename><wp:category_parent>${cdata(categoryParents[name] ?? '')}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`)
  }
  for (const name of tags) await write(`	<wp:tag><wp:term_id>${nextId++}</wp:term_id><wp:tag_slug>${cdata(slugify(name))}</wp:tag_slug><wp:tag_name>${cdata(name)}</wp:tag_name></wp:tag>\n`)
  // Category and tag archives each become one redirect.
  facts.redirects += categories.length + tags.length

  // Every post in the past, the newest at the end of 2025: 3.5 days apart, closer for many posts
  // (10,000 at 3.5 days ran to 2110, and a post published now was not on home's first page).
  const end = Date.UTC(2025, 11, 31, 9, 30)
  const spacing = Math.min(3.5 * 86_400_000, (end - Date.UTC(2000, 0, 1)) / posts)
  const start = end - posts * spacing
  const addImage = (format: 'jpeg' | 'png', date: Date): BenchImage => {
    const number = facts.images.length + 1
    const extension = format === 'jpeg' ? 'jpg' : 'png'
    const image: BenchImage = {
      path: `/wp-content/uploads/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/bench-image-${pad(number, 5)}.${extension}`,
      format,
      width: format === 'jpeg' ? 1200 : 800,
      height: format === 'jpeg' ? 675 : 450,
      hue: Math.floor(random.next() * 360),
    }
    facts.images.push(image)
    return image
  }
  const attachment = async (image: BenchImage, date: Date, parent: number, alt: string): Promise<number> => {
    const id = nextId++
    const name = image.path.split('/').at(-1)!.replace(/\.\w+$/, '')
    await write(itemXml({ id, type: 'attachment', title: name, slug: name, date, content: '', parent, attachmentUrl: `${imageOrigin}${image.path}`, meta: [{ key: '_wp_attachment_image_alt', value: alt }] }))
    return id
  }

  // Images several posts show (a channel banner, a recurring map): attachments of no post.
  const shared: { image: BenchImage; id: number; alt: string }[] = []
  for (let index = 0; index < SHARED_IMAGES; index++) {
    const image = addImage(index % 2 ? 'png' : 'jpeg', new Date(start))
    const alt = `Shared illustration ${index + 1}`
    shared.push({ image, id: await attachment(image, new Date(start), 0, alt), alt })
  }

  for (const slug of PAGES) {
    const id = nextId++
    const title = slug.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
    const text = [sentences(random, 60).text, `I make video essays on <a href="${CHANNELS[0]}">the essays channel</a> and <a href="${CHANNELS[1]}">the audiobooks channel</a>.`, sentences(random, 80).text]
    await write(itemXml({ id, type: 'page', title, slug, date: new Date(start), content: text.join('\n\n') }))
    // The page's ?page_id= address; its path is its own address here.
    facts.redirects += 1
  }

  const slugs = new Set<string>(PAGES)
  for (let index = 0; index < posts; index++) {
    const postId = nextId++
    const date = new Date(start + index * spacing + random.int(0, Math.floor(spacing / 10_000)) * 1000)
    const title = randomTitle(random)
    let slug = slugify(title)
    for (let suffix = 2; slugs.has(slug); suffix++) slug = `${slugify(title)}-${suffix}`
    slugs.add(slug)
    const markup = index % 4 === 3 ? blocks : classic

    // The post's images: its own (attachments of the post), now and then a shared one.
    const images: { src: string; id: number; alt: string }[] = []
    const imageCount = random.chance(0.6) ? 1 : 2
    for (let position = 0; position < imageCount; position++) {
      if (random.chance(0.1)) {
        const { image, id, alt } = random.pick(shared)
        images.push({ src: `${imageOrigin}${image.path}`, id, alt })
      } else {
        const image = addImage(random.chance(0.8) ? 'jpeg' : 'png', date)
        const alt = `Illustration for ${title}`
        const id = await attachment(image, date, postId, alt)
        // The text shows WordPress's large size; the attachment is the original.
        const src = `${imageOrigin}${image.path.replace(/\.(\w+)$/, image.format === 'jpeg' ? '-1024x576.$1' : '.$1')}`
        images.push({ src, id, alt })
      }
    }
    facts.imageReferences += images.length

    const sources = Array.from({ length: random.int(5, 10) }, () => random.pick(pool)).filter((source, at, all) => all.indexOf(source) === at)
    const quotationCount = random.int(QUOTATIONS.min, QUOTATIONS.max)
    const targetWords = random.int(WORDS.min, WORDS.max)
    let words = 0
    let html = ''
    const paragraph = (minWords: number) => {
      let text = sentences(random, minWords).text
      if (random.chance(0.15)) text = text.replace(/^(\S+ \S+ \S+)/, '<em>$1</em>')
      if (random.chance(0.05)) text = text.replace(/ (\S+ \S+)\.$/, ` <a href="https://archive.example.org/texts/${index}">$1</a>.`)
      words += wordCount(text)
      html += markup.paragraph(text)
    }
    paragraph(60)
    html += markup.video(`https://www.youtube.com/watch?v=${youtubeId(index)}`)
    const [hero, second] = images
    html += markup.image(hero.src, hero.id, hero.alt, random.chance(0.5) ? `Figure: ${sentences(random, 6).text}` : null)

    // Paragraphs between quotations, so that the whole script reaches about targetWords.
    const quoteWords = 45
    const perGap = Math.max(2, Math.round((targetWords - quotationCount * quoteWords) / 95 / (quotationCount + 1)))
    let used: BenchSource | null = null
    const citedHere = new Set<BenchSource>()
    for (let quotation = 0; quotation <= quotationCount; quotation++) {
      if (quotation % 3 === 0) {
        const heading = randomTitle(random)
        words += wordCount(heading)
        html += markup.heading(heading)
      }
      for (let gap = 0; gap < perGap; gap++) paragraph(random.int(50, 110))
      if (second && quotation === Math.floor(quotationCount / 2)) html += markup.image(second.src, second.id, second.alt, null)
      if (quotation === quotationCount) break
      // The first quotation names its source; later ones often cite the previous one by page alone.
      const named = !used || random.chance(0.55)
      if (named) used = random.pick(sources)
      cited.add(used!)
      citedHere.add(used!)
      const citation = named ? fullCitation(used!, random) : `(p. ${random.int(3, 480)})`
      const quoted = sentences(random, random.int(25, 60)).text
      words += wordCount(quoted)
      const form = random.next()
      if (form < 0.1 && markup === classic) html += markup.paragraph(`“${quoted}” ${citation}`)
      else if (form < 0.25) html += markup.quote([`${quoted} ${citation}`])
      else if (form < 0.35) {
        const more = sentences(random, 20).text
        words += wordCount(more)
        html += markup.quote([quoted, more, citation])
      } else html += markup.quote([quoted]) + markup.paragraph(citation)
      facts.quotations++
    }
    const listed = sources.filter((source) => citedHere.has(source))
    const entries = listed.map((source) => sourcesEntry(source, random))
    html += markup.heading('SOURCES') + markup.list(entries)
    facts.sourcesListEntries += listed.length
    facts.words += words

    const postTerms = [
      ...Array.from({ length: random.int(1, 2) }, () => random.pick(categories)).map((name) => ({ domain: 'category' as const, slug: slugify(name), name })),
      ...Array.from({ length: random.int(2, 4) }, () => random.pick(tags)).map((name) => ({ domain: 'post_tag' as const, slug: slugify(name), name })),
    ].filter((term, at, all) => all.findIndex((other) => other.slug === term.slug && other.domain === term.domain) === at)
    await write(
      itemXml({
        id: postId,
        type: 'post',
        title,
        slug,
        date,
        content: html,
        excerpt: sentences(random, 20).text,
        terms: postTerms,
        meta: [
          { key: '_edit_last', value: '1' },
          { key: '_thumbnail_id', value: String(hero.id) },
        ],
      }),
    )
    // Its date permalinks (/Y/M/D/slug, /Y/M/slug), /slug and ?p=<id>.
    facts.redirects += 4
  }
  facts.sources = cited.size
  await write('</channel>\n</rss>\n')
  out.end()
  await once(out, 'finish')
  return facts
}
