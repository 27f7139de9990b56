/**
 * Citations and quotations as data on the public site: numbered notes, quotation figures, the
 * generated Sources section, source pages and exports.
 */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { expect, test } from '@playwright/test'

import { demoPublishedAt } from './demoDates'
import { ADMIN } from './helpers'

const SLUG = 'this-will-kill-that-how-print-frightened-the-scribes'
const SCRIPT = `/posts/${SLUG}`

test('the script numbers its citations and quotations by source, with notes that link back', async ({ page }) => {
  await page.goto(SCRIPT)
  const refs = page.locator('article .note-ref a')
  // Trithemius (quote), Bacon (quote), Eisenstein, Bacon again (keeps 2), Hugo (quote).
  await expect(refs).toHaveText(['1', '2', '3', '2', '4'])
  const notes = page.getByRole('region', { name: 'Notes' })
  await expect(notes.locator('li')).toHaveCount(4)
  await expect(notes.locator('#note-3')).toContainText('Eisenstein, The Printing Press as an Agent of Change, 113–126.')
  await refs.nth(2).click()
  await expect(page).toHaveURL(/#note-3$/)
  await notes.locator('#note-3').getByRole('link', { name: /Back to citation 3/ }).click()
  await expect(page.locator('article .note-ref a').nth(2)).toBeInViewport()
})

test('a quotation is a figure: attribution, the quote (cite= its source) and a caption with its note', async ({ page }) => {
  await page.goto(SCRIPT)
  const figure = page.locator('figure.quotation').first()
  await expect(figure.locator('.quotation__attribution')).toHaveText('Trithemius asks his monks:')
  await expect(figure.locator('blockquote')).toContainText('The word written on parchment will last a thousand years.')
  await expect(figure.locator('figcaption')).toHaveText('— Trithemius, “De laude scriptorum (In Praise of Scribes),” chap. 7.1')
  await expect(page.locator('figure.quotation').nth(1).locator('blockquote')).toHaveAttribute('cite', 'https://www.gutenberg.org/ebooks/45988')
})

test('the Sources section is generated in the site’s style with annotations, and follows a change of style', async ({ page, request }) => {
  await page.goto(SCRIPT)
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.locator('.sources__reference')).toHaveText([
    'Bacon, Francis. Novum Organum. London: John Bill, 1620. https://www.gutenberg.org/ebooks/45988.',
    'Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: Cambridge University Press, 1979.',
    'Hugo, Victor. Notre-Dame de Paris. Paris: Charles Gosselin, 1831. https://www.gutenberg.org/ebooks/2610.',
    'Trithemius, Johannes. “De laude scriptorum (In Praise of Scribes).” Mainz, 1492.',
  ])
  await expect(sources.locator('.sources__annotation').first()).toHaveText('Primary; the aphorism is quoted in the Spedding translation.')

  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  expect((await request.post('/api/globals/site', { data: { citationStyle: 'apa' } })).status()).toBe(200)
  try {
    await page.reload()
    await expect(sources.locator('.sources__reference').first()).toHaveText('Bacon, F. (1620). Novum Organum. John Bill. https://www.gutenberg.org/ebooks/45988')
    await expect(page.locator('article .notes #note-3')).toContainText('(Eisenstein, 1979, pp. 113–126)')
  } finally {
    await request.post('/api/globals/site', { data: { citationStyle: 'chicago-note-bibliography' } })
  }
})

test('Cite this post gives the post’s reference in every style and as BibTeX', async ({ page, baseURL, request }) => {
  const press = await demoPublishedAt(request, 'posts', SLUG, 61, 15)
  await page.goto(SCRIPT)
  const cite = page.getByRole('region', { name: 'Cite this post' })
  await expect(cite.locator('.cite-this__main')).toHaveText(`Scriptorium. “This Will Kill That: How Print Frightened the Scribes,” ${press.month} ${press.day}, ${press.year}. ${baseURL}${SCRIPT}.`)
  await cite.getByText('Other styles and BibTeX').click()
  await expect(cite.locator('dt')).toHaveText(['Chicago (author-date)', 'APA (7th edition)', 'MLA (9th edition)', 'Harvard (Cite Them Right)', 'BibTeX'])
  const bibtex = await cite.locator('.cite-this__bibtex').textContent()
  expect(new Cite(bibtex).data[0]).toMatchObject({ title: 'This Will Kill That: How Print Frightened the Scribes', URL: `${baseURL}${SCRIPT}` })
})

test('source pages list the posts citing them with locators; /sources counts and filters', async ({ page }) => {
  await page.goto('/sources')
  const bacon = page.locator('.sources-index__list li', { hasText: 'Bacon, Francis. Novum Organum.' })
  await expect(bacon.getByRole('link', { name: /cited in [1-9]\d* posts?/ })).toBeVisible()
  await page.getByRole('navigation', { name: 'Filter by type' }).getByRole('link', { name: 'Pamphlet' }).click()
  await expect(page).toHaveURL(/\/sources\?type=pamphlet$/)
  await expect(page.locator('.sources-index__list li', { hasText: 'Trithemius' })).toHaveCount(1)
  await expect(page.locator('.sources-index__list li', { hasText: 'Bacon, Francis' })).toHaveCount(0)

  await page.goto('/sources/novum-organum')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Novum Organum')
  const citedIn = page.getByRole('region', { name: 'Cited in' })
  await expect(citedIn.locator('li', { hasText: 'This Will Kill That' })).toContainText('section 129')
  await citedIn.getByRole('link', { name: 'This Will Kill That: How Print Frightened the Scribes' }).click()
  await expect(page).toHaveURL(new RegExp(`${SCRIPT}$`))
})

/** The demo script's four sources, as any reference manager should read them back. */
const DEMO_SOURCES = [
  { title: 'Novum Organum', author: [{ family: 'Bacon', given: 'Francis' }], issued: { 'date-parts': [[1620]] }, publisher: 'John Bill' },
  { title: 'Notre-Dame de Paris', author: [{ family: 'Hugo', given: 'Victor' }], issued: { 'date-parts': [[1831]] }, publisher: 'Charles Gosselin' },
  { title: 'De laude scriptorum (In Praise of Scribes)', author: [{ family: 'Trithemius', given: 'Johannes' }], issued: { 'date-parts': [[1492]] } },
  { title: 'The Printing Press as an Agent of Change', author: [{ family: 'Eisenstein', given: 'Elizabeth L.' }], issued: { 'date-parts': [[1979]] }, publisher: 'Cambridge University Press' },
]

test('exports: BibTeX, RIS and CSL-JSON per post and for all sources parse back to the sources as written', async ({ request }) => {
  const json = await request.get(`${SCRIPT}/sources.json`)
  expect(json.headers()['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
  const items = (await json.json()) as { title: string }[]
  expect(items.map((item) => item.title).sort()).toEqual(['De laude scriptorum (In Praise of Scribes)', 'Notre-Dame de Paris', 'Novum Organum', 'The Printing Press as an Agent of Change'])
  for (const expected of DEMO_SOURCES) expect(items.find((item) => item.title === expected.title), `sources.json: ${expected.title}`).toMatchObject(expected)
  for (const [format, type] of [
    ['bib', 'application/x-bibtex; charset=utf-8'],
    ['ris', 'application/x-research-info-systems; charset=utf-8'],
  ]) {
    for (const path of [`${SCRIPT}/sources.${format}`, `/sources.${format}`]) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toBe(type)
      const parsed = new Cite(await response.text()).data
      // Written out from the demo sources (lib/seed/demoContent.ts), not from the exporter's own JSON.
      for (const expected of DEMO_SOURCES) {
        expect(parsed.find((entry) => entry.title === expected.title), `${path}: ${expected.title}`).toMatchObject(expected)
      }
    }
  }
  expect((await request.get('/posts/no-such-post/sources.bib')).status()).toBe(404)
})

test('a source cited by published posts cannot be deleted; the API says which posts', async ({ request }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const { docs } = await (await request.get('/api/sources?where[slug][equals]=novum-organum&depth=0')).json()
  const response = await request.delete(`/api/sources/${docs[0].id}`)
  expect(response.status()).toBe(409)
  expect((await response.json()).errors[0].message).toMatch(/^This source is cited by \d+ published posts?: .*“This Will Kill That: How Print Frightened the Scribes”/)
})
