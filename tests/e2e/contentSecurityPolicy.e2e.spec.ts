/**
 * The script policy on every kind of page, checked in Chromium: cached pages allow exactly the
 * inline scripts they were rendered with (by hash), pages rendered for one request allow a fresh
 * nonce; on all of them the site works with no violation reported, a script put into the page
 * afterwards does not run, and the admin works under its own policy.
 */
import { expect, type Page, test } from '@playwright/test'

import { lexicalDocument, paragraph } from '../helpers/lexical'
import { ADMIN, loginAsAdmin, openLivePreview, recordRequests, richTextEditor } from './helpers'

const stamp = Date.now().toString(36)

/** Every CSP violation the page (or a frame in it) reports, from the page's start. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (line: string) => violations.push(line))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (line: string) => Promise<void> }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return violations
}

/** Whether Next's client started on the page (its bootstrap sets window.next): blocked scripts would leave it unset. */
const nextStarted = (page: Page) => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === 'string')

/** Puts an inline script into the page as an injection would; true if it ran. */
const injectedScriptRuns = (page: Page) =>
  page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })

const policiesOf = (headers: { name: string; value: string }[]) => headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value)

test('cached pages carry the hashes of their own inline scripts, the first response too; per-request pages a nonce', async ({ request, playwright, baseURL }) => {
  expect((await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200)
  const created = await request.post('/api/posts', { data: { title: `Policy check ${stamp}`, _status: 'published', content: lexicalDocument(paragraph('Checked for its policy.')) } })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { slug: string } }
  const reader = await playwright.request.newContext({ baseURL })
  for (const [index, path] of [`/posts/${doc.slug}`, `/posts/${doc.slug}`].entries()) {
    const response = await reader.get(path)
    expect(response.headers()['x-nextjs-cache'], path).toBe(index === 0 ? 'MISS' : 'HIT')
    const policies = policiesOf(response.headersArray())
    expect(policies[0], path).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'")
    expect(policies[1], path).toMatch(
      /^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+; frame-src https:\/\/www\.youtube-nocookie\.com; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/,
    )
    // One hash per distinct inline script of the page, and no nonce (there is nothing per request in a cached page).
    const html = await response.text()
    const inline = new Set([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).filter(Boolean))
    expect(policies[1].match(/'sha256-/g)?.length, path).toBe(inline.size)
    expect(policies.join(' ')).not.toContain("'nonce-")
  }
  // Rendered for each request, search has one policy (the proxy's, in place of the shared one it contains).
  const search = await reader.get('/search?q=print')
  const [searchPolicy, ...others] = policiesOf(search.headersArray())
  expect(others).toEqual([])
  expect(searchPolicy).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'; frame-src https:\/\/www\.youtube-nocookie\.com; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/)
  const nonce = /'nonce-([^']+)'/.exec(searchPolicy)![1]
  expect(await search.text()).toContain(`nonce="${nonce}"`)
  expect(policiesOf((await reader.get('/search?q=print')).headersArray())[0]).not.toContain(nonce)
  await reader.dispose()
})

test('a reader’s pages run under their policy with no violation, and an injected script does not run', async ({ page, baseURL }) => {
  const violations = await watchViolations(page)
  const offsite = await recordRequests(page, baseURL!)
  const paths = ['/', '/', '/archive', '/posts/this-will-kill-that-how-print-frightened-the-scribes', '/sources', '/videos', '/search?q=print', '/about', '/no-such-page']
  for (const path of paths) {
    await page.goto(path)
    expect(await nextStarted(page), path).toBe(true)
    expect(await injectedScriptRuns(page), path).toBe(false)
    expect(violations.splice(0), path).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)])
  }
  // The privacy-enhanced player is the one frame a page may open.
  await page.goto('/posts/this-will-kill-that-how-print-frightened-the-scribes')
  await page.getByRole('button', { name: /Play video: This Will Kill That/ }).click()
  await expect(page.locator('iframe.video-embed__player')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//)
  await expect.poll(() => offsite.length).toBe(1)
  expect(violations).toEqual([])
})

test('the admin works under its own policy: editing, live preview of a draft, no violation', async ({ page }) => {
  const violations = await watchViolations(page)
  await loginAsAdmin(page)
  await page.goto('/admin/collections/posts/create')
  const title = `Admin under CSP ${stamp}`
  await page.fill('#field-title', title)
  await richTextEditor(page).click()
  await page.keyboard.type('Drafted under the admin policy.')
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  await expect.poll(async () => JSON.stringify((await (await page.request.get(`/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`)).json()).docs)).toContain('Drafted under the admin policy.')
  await page.reload()
  await openLivePreview(page)
  const preview = page.frameLocator('#live-preview-iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('article')).toContainText('Drafted under the admin policy.')
  await page.goto('/admin')
  await expect(page.getByRole('link', { name: /Posts/ }).first()).toBeVisible()
  expect(violations).toEqual([])
})
