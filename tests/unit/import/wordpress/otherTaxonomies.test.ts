import { describe, expect, it } from 'vitest'

import { emptyReport } from '@/lib/import/wordpress/importReport'
import { reportOtherTaxonomies } from '@/lib/import/wordpress/otherTaxonomies'
import { readWxr } from '@/lib/import/wordpress/readWxr'
import type { WxrItem, WxrItemTerm, WxrTerm } from '@/lib/import/wordpress/wxrTypes'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

// Found by tests/helpers/sharedFixtures from its own location: null (the test skips, with a warning)
// when ../shared is absent, an error under CI.
const validWxr11 = sharedFixturePath('wxr/valid-wxr-1.1.xml')

const term = (taxonomy: string, slug: string): WxrTerm => ({ taxonomy, id: '', slug, name: slug, parent: '', description: '' })
const item = (type: string, ...terms: [string, string][]): WxrItem =>
  ({ type, terms: terms.map(([domain, slug]): WxrItemTerm => ({ domain, slug, name: slug })) }) as WxrItem

describe('reportOtherTaxonomies', () => {
  it('counts WordPress’s internal taxonomies as not imported by design and warns of the author’s own, leaving categories and tags alone', () => {
    const report = emptyReport('export.xml', false)
    const terms = [term('category', 'history'), term('post_tag', 'scribes'), term('nav_menu', 'main'), term('nav_menu', 'footer'), term('series', 'printing'), term('series', 'reading'), term('post_format', 'post-format-aside')]
    const items = [
      item('post', ['category', 'history'], ['post_format', 'post-format-aside'], ['series', 'printing']),
      item('post', ['post_format', 'post-format-video'], ['series', 'printing']),
      item('page', ['genre', 'memoir']),
      // A menu entry's own term is counted among the terms, not as a post's assignment.
      item('nav_menu_item', ['nav_menu', 'main']),
    ]
    reportOtherTaxonomies(report, terms, items)
    expect(report.internals).toEqual({ 'nav_menu terms': 2, 'post_format terms': 2, 'post_format term assignments': 2 })
    expect(report.warnings).toEqual([
      "The taxonomy series (2 terms, assigned 2 times to posts and pages) is not imported: the site's Series are not filled from it; add the posts to their series here.",
      'The taxonomy genre (1 term, assigned 1 time to posts and pages) has no counterpart here: its terms are not imported.',
    ])
  })

  it.skipIf(!validWxr11)('warns of the custom post_tax taxonomy of valid-wxr-1.1.xml', async () => {
    const wxr = await readWxr(validWxr11!)
    const report = emptyReport('valid-wxr-1.1.xml', false)
    reportOtherTaxonomies(report, wxr.terms, wxr.items)
    expect(report.internals).toEqual({})
    expect(report.warnings).toEqual(['The taxonomy post_tax (1 term, assigned 1 time to posts and pages) has no counterpart here: its terms are not imported.'])
  })
})
