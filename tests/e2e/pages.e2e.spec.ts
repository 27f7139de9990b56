/**
 * Standing pages (the Pages collection) follow the posts' rules: a draft, a page dated in the
 * future, an unpublished page and a published page's newer draft reach no anonymous reader through
 * the page's route, REST or GraphQL; a signed-in editor sees them; a future page shows once its
 * date is moved to the past.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN } from './helpers'

const stamp = Date.now().toString(36)
// One made-up word per version: found in an anonymous answer, it has leaked.
const marker = (kind: string) => `zqpage${kind}${stamp}`
const DAY_MS = 24 * 60 * 60 * 1000

type Made = { id: number; slug: string; word: string }

async function login(request: APIRequestContext) {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
}

async function makePage(request: APIRequestContext, kind: string, data: Record<string, unknown>, query = ''): Promise<Made> {
  const word = marker(kind)
  const response = await request.post(`/api/pages${query}`, {
    data: { title: `Page ${word}`, slug: `page-${kind}-${stamp}`, content: lexicalDocument(paragraph(`Text ${word}`)), ...data },
  })
  expect(response.status(), (await response.text()).slice(0, 300)).toBe(201)
  const { id, slug } = (await response.json()).doc as { id: number; slug: string }
  return { id, slug, word }
}

async function graphql(request: APIRequestContext, query: string) {
  const response = await request.post('/api/graphql', { data: { query } })
  return { status: response.status(), body: await response.text() }
}

test('draft, future, unpublished pages and a newer draft reach no anonymous reader by route, REST or GraphQL; an editor sees them', async ({ request, browser }) => {
  await login(request)
  const draft = await makePage(request, 'draft', { _status: 'draft' }, '?draft=true')
  const future = await makePage(request, 'future', { _status: 'published', publishedAt: new Date(Date.now() + DAY_MS).toISOString() })
  const unpublished = await makePage(request, 'unpublished', { _status: 'published' })
  expect((await request.patch(`/api/pages/${unpublished.id}`, { data: { _status: 'draft' } })).status()).toBe(200)
  const published = await makePage(request, 'published', { _status: 'published' })
  const newerDraft = marker('newerdraft')
  expect((await request.patch(`/api/pages/${published.id}?draft=true`, { data: { title: `Page ${newerDraft}`, content: lexicalDocument(paragraph(`Text ${newerDraft}`)), _status: 'draft' } })).status()).toBe(200)
  const hidden = [draft, future, unpublished]

  const readerContext = await browser.newContext({ extraHTTPHeaders: {} })
  const reader = readerContext.request
  try {
    // The route: 404 for each hidden page; the published one shows its published words only.
    for (const page of hidden) expect((await reader.get(`/${page.slug}`)).status(), page.slug).toBe(404)
    const publishedPage = await reader.get(`/${published.slug}`)
    expect(publishedPage.status()).toBe(200)
    const publishedHtml = await publishedPage.text()
    expect(publishedHtml).toContain(published.word)
    expect(publishedHtml).not.toContain(newerDraft)

    // REST, however asked.
    const answers: { asked: string; status: number; body: string }[] = []
    const ask = async (path: string) => {
      const response = await reader.get(path)
      answers.push({ asked: path, status: response.status(), body: await response.text() })
      return answers.at(-1)!
    }
    for (const page of [...hidden, published]) {
      await ask(`/api/pages/${page.id}`)
      await ask(`/api/pages/${page.id}?draft=true`)
      await ask(`/api/pages?where[slug][equals]=${page.slug}&draft=true`)
    }
    await ask('/api/pages?limit=100&draft=true')
    await ask('/api/pages?where[_status][equals]=draft&draft=true')
    await ask('/api/pages/versions?limit=100')
    await ask(`/sitemap.xml`)
    // GraphQL, however asked.
    const queries = [
      '{ Pages(limit: 100, draft: true) { docs { title slug } } }',
      ...[...hidden, published].map((page) => `{ Pages(where: { slug: { equals: "${page.slug}" } }, draft: true) { docs { title } } }`),
      ...[...hidden, published].map((page) => `{ Page(id: ${page.id}, draft: true) { title } }`),
      '{ versionsPages(limit: 100) { docs { version { title } } } }',
    ]
    for (const query of queries) answers.push({ asked: `graphql ${query}`, ...(await graphql(reader, query)) })

    for (const word of [...hidden.map((page) => page.word), newerDraft]) {
      expect(answers.filter((answer) => answer.body.includes(word)).map((answer) => `${answer.asked} → ${answer.status}`), word).toEqual([])
    }
    // What an anonymous reader is told, written out: hidden pages are not found, versions are not theirs.
    for (const page of hidden) {
      expect(answers.find((answer) => answer.asked === `/api/pages/${page.id}`)?.status, page.slug).toBe(404)
      expect(JSON.parse(answers.find((answer) => answer.asked === `/api/pages?where[slug][equals]=${page.slug}&draft=true`)!.body).totalDocs, page.slug).toBe(0)
    }
    expect(answers.find((answer) => answer.asked === '/api/pages/versions?limit=100')?.status).toBe(403)
    const publishedRest = JSON.parse(answers.find((answer) => answer.asked === `/api/pages/${published.id}?draft=true`)!.body)
    expect(publishedRest.title).toBe(`Page ${published.word}`)
    expect(answers.find((answer) => answer.asked === '/sitemap.xml')?.body).toContain(`/${published.slug}</loc>`)
    const publishedGraphql = JSON.parse(answers.find((answer) => answer.asked === `graphql { Page(id: ${published.id}, draft: true) { title } }`)!.body)
    expect(publishedGraphql.data.Page.title).toBe(`Page ${published.word}`)

    // A signed-in editor reads every version through REST and GraphQL.
    for (const page of hidden) {
      const own = await request.get(`/api/pages/${page.id}?draft=true`)
      expect(own.status(), page.slug).toBe(200)
      expect((await own.json()).title).toBe(`Page ${page.word}`)
    }
    const editorGraphql = JSON.parse((await graphql(request, `{ Page(id: ${published.id}, draft: true) { title } }`)).body)
    expect(editorGraphql.data.Page.title).toBe(`Page ${newerDraft}`)

    // The future page's date moved to the past: now it is public, on its route and through the API.
    expect((await request.patch(`/api/pages/${future.id}`, { data: { publishedAt: new Date(Date.now() - DAY_MS).toISOString() } })).status()).toBe(200)
    // The write drops the cached 404 before it answers: the next read already has the page.
    const nowPublic = await reader.get(`/${future.slug}`)
    expect(nowPublic.status()).toBe(200)
    expect(await nowPublic.text()).toContain(future.word)
    expect((await reader.get(`/api/pages/${future.id}`)).status()).toBe(200)
    const futureGraphql = JSON.parse((await graphql(reader, `{ Page(id: ${future.id}) { title } }`)).body)
    expect(futureGraphql.data.Page.title).toBe(`Page ${future.word}`)
  } finally {
    await readerContext.close()
    for (const page of [draft, future, unpublished, published]) await request.delete(`/api/pages/${page.id}`)
  }
})
