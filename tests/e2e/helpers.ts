import { expect, type Page } from '@playwright/test'

export const ADMIN = { name: 'Ada Editor', email: 'ada@example.com', password: 'a-long-test-password-1' }

/** Logs in, creating the first user if the site has none yet. */
export async function loginAsAdmin(page: Page) {
  await page.goto('/admin')
  // Payload may pass through /admin/login before it settles on create-first-user: wait for a form.
  const firstUserForm = page.locator('#field-confirm-password')
  const loginButton = page.getByRole('button', { name: 'Login' })
  const dashboard = page.getByRole('link', { name: /Posts/ }).first()
  await expect(firstUserForm.or(loginButton).or(dashboard).first()).toBeVisible()
  if (await dashboard.isVisible()) return
  if (await firstUserForm.isVisible()) {
    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await page.fill('#field-confirm-password', ADMIN.password)
    await page.fill('#field-name', ADMIN.name)
    await page.getByRole('button', { name: 'Create' }).click()
  } else {
    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await page.getByRole('button', { name: 'Login' }).click()
  }
  await expect(page.getByRole('link', { name: /Posts/ }).first()).toBeVisible()
}

/** The Lexical editor of a rich-text field. */
export const richTextEditor = (page: Page) => page.locator('[data-lexical-editor="true"]').first()

/** Records every request; anything not for this site is answered locally and never sent out. */
export async function recordRequests(page: Page, baseURL: string) {
  const offsite: string[] = []
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith(baseURL)) return route.continue()
    offsite.push(url)
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player stand-in</title>' })
  })
  return offsite
}

/**
 * Saves the open inline-block drawer. richtext-lexical 3.90.1 ignores a Save clicked within about
 * half a second of a change in the drawer (its debounced form-state request and the one Save makes
 * cancel each other); the drawer stays open with every value as typed, so nothing is lost, and a
 * second click saves. Measured: a click 1.5 s after the change closes it the first time.
 */
export async function saveDrawer(page: Page) {
  const drawer = page.locator('.drawer--is-open').last()
  await expect(async () => {
    if (await drawer.isVisible()) await drawer.getByRole('button', { name: 'Save' }).click({ timeout: 2000 })
    await expect(drawer).toBeHidden({ timeout: 2000 })
  }).toPass()
}

/**
 * Opens the admin's Live Preview panel. The admin remembers it open or shut per user, so a test
 * that clicked the toggler blindly closed it when an earlier one had left it open.
 */
export async function openLivePreview(page: Page) {
  const toggler = page.locator('#live-preview-toggler')
  await expect(toggler).toBeVisible()
  if ((await toggler.getAttribute('aria-label')) === 'Live Preview') await toggler.click()
  await expect(toggler).toHaveAttribute('aria-label', 'Exit Live Preview')
}

/**
 * Whether a page came from the page cache: HIT, or STALE (a page cached more than its 60 s interval
 * ago, as one an earlier test file read may be, is served from the cache while it is made again).
 * A page that was dropped or never cached answers MISS.
 */
export const servedFromCache = (headers: Record<string, string>) => ['HIT', 'STALE'].includes(headers['x-nextjs-cache'])

/**
 * Waits until React has hydrated the control and it is enabled: a click on a server-rendered control
 * before hydration is lost (a radio ends up checked on screen while the form still holds the old
 * choice), and so is one while Payload's edit form is still initializing, when it disables every
 * field and a radio group ignores changes.
 */
export async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css)
    return (
      element !== null &&
      !(element as HTMLInputElement).disabled &&
      Object.keys(element).some((key) => key.startsWith('__reactProps$'))
    )
  }, selector)
}
