/** axe-core finds no WCAG 2.1 A/AA violations on every kind of public page, light and dark. */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const PAGES = [
  ['home', '/'],
  ['post', '/posts/this-will-kill-that-how-print-frightened-the-scribes'],
  ['category', '/categories/history-of-the-book'],
  ['series', '/series/reading-aloud'],
  ['search', '/search?q=printing'],
  ['archive', '/archive'],
  ['About', '/about'],
  ['404', '/no-such-page'],
  ['video', '/videos/this-will-kill-that-how-print-frightened-the-scribes'],
  ['sources', '/sources'],
  ['source', '/sources/novum-organum'],
] as const

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    for (const [name, path] of PAGES) {
      test(`${name} (${path}) has no axe violations`, async ({ page }) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))).toEqual([])
      })
    }
  })
}

test('the layout holds at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  for (const path of ['/', '/posts/this-will-kill-that-how-print-frightened-the-scribes', '/sources']) {
    await page.goto(path)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320)
  }
})
