/**
 * The sign-in cookie works only from the site's own pages: a change that carries it from another
 * origin is refused with the reason and changes nothing (Payload's csrf list, lib/security/foreignOrigin.ts).
 */
import { createServer, type Server } from 'node:http'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN } from './helpers'

/** The refusal's text, for the e2e server on `port` (started without SERVER_URL: its local addresses are trusted). */
const refusal = (origin: string, port: string) =>
  `This change comes from ${origin}, not from this site (http://localhost:${port} or http://127.0.0.1:${port}), so the sign-in cookie is not accepted with it. If you use the site at ${origin}, set SERVER_URL to that address.`

async function signIn(request: APIRequestContext) {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
}

const postsTitled = async (request: APIRequestContext, title: string) =>
  (await (await request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).totalDocs as number

test('a signed-in change from another origin is refused with the reason over REST and GraphQL; from the site itself it works', async ({ request, baseURL }) => {
  const port = new URL(baseURL!).port
  await signIn(request)
  const title = `Cross-origin ${Date.now()}`
  const post = { title, content: lexicalDocument(paragraph('Planted.')), _status: 'published' }

  const evil = 'https://evil.example'
  const planted = await request.post('/api/posts', { data: post, headers: { Origin: evil } })
  expect(planted.status()).toBe(403)
  expect((await planted.json()).errors[0].message).toBe(refusal(evil, port))
  const defaced = await request.post('/api/globals/site', { data: { tagline: 'Defaced' }, headers: { Origin: evil } })
  expect(defaced.status()).toBe(403)
  const mutation = await request.post('/api/graphql', { data: { query: `mutation { createCategory(data: { title: "Planted", slug: "planted-${Date.now()}" }) { id } }` }, headers: { Origin: evil } })
  expect(mutation.status()).toBe(403)
  // No Origin, but the browser says the request is cross-site.
  const crossSite = await request.post('/api/posts', { data: post, headers: { Origin: '', 'Sec-Fetch-Site': 'cross-site' } })
  expect(crossSite.status()).toBe(403)
  expect((await crossSite.json()).errors[0].message).toBe(refusal('another site', port))
  // Neither Origin nor Sec-Fetch-Site (a script holding a copied cookie): Payload ignores the cookie.
  const bare = await request.post('/api/posts', { data: post, headers: { Origin: '' } })
  expect(bare.status()).toBe(403)

  expect(await postsTitled(request, title)).toBe(0)
  expect((await (await request.get('/api/globals/site')).json()).tagline).not.toBe('Defaced')

  const own = await request.post('/api/posts', { data: post })
  expect(own.status()).toBe(201)
  expect(await postsTitled(request, title)).toBe(1)
  await request.delete(`/api/posts/${(await own.json()).doc.id}`)
})

test.describe('a page on another origin of the same host', () => {
  let server: Server
  let evilOrigin = ''
  let siteOrigin = ''
  test.beforeAll(async ({ baseURL }) => {
    siteOrigin = new URL(baseURL!).origin
    // Same host, other port: the same site to the browser, so the Lax cookie is sent with the form.
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html')
      response.end(`<form method="post" action="${siteOrigin}/api/globals/site" enctype="text/plain"><input name='{"tagline":"Planted by a form","x":"' value='"}'><button>Go</button></form>`)
    })
    await new Promise<void>((resolve) => server.listen(0, resolve))
    evilOrigin = `http://localhost:${(server.address() as { port: number }).port}`
  })
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('cannot make the signed-in admin’s browser change anything', async ({ browser, baseURL }) => {
    // A real browser, no test headers: its own Origin and Sec-Fetch-Site.
    const context = await browser.newContext({ extraHTTPHeaders: {} })
    await signIn(context.request)
    const page = await context.newPage()
    await page.goto(evilOrigin)
    await page.getByRole('button', { name: 'Go' }).click()
    await expect(page.locator('body')).toContainText(refusal(evilOrigin, new URL(baseURL!).port))
    expect((await (await context.request.get('/api/globals/site')).json()).tagline).not.toBe('Planted by a form')
    await context.close()
  })
})
