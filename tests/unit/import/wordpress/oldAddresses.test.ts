import { describe, expect, it } from 'vitest'

import { categoryPath, oldAddresses, termAddresses } from '@/lib/import/wordpress/oldAddresses'
import { readWxr } from '@/lib/import/wordpress/readWxr'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

// Found by tests/helpers/sharedFixtures from its own location: null (the test skips, with a warning)
// when ../shared is absent, an error under CI.
const smallExport = sharedFixturePath('wxr/small-export.xml')

const item = (fields: Partial<Parameters<typeof oldAddresses>[0]>) => ({ id: '', type: 'post', slug: '', date: '', link: '', parent: '0', ...fields })

describe('oldAddresses', () => {
  it('gives a post its link, its ?p= form and the date-based permalinks', () => {
    const post = item({ id: '41', slug: 'how-print-frightened-the-scribes', date: '2019-05-12 09:30:00', link: 'https://essays.example.com/2019/05/12/how-print-frightened-the-scribes/' })
    expect(oldAddresses(post, new Map(), ['https://essays.example.com'])).toEqual([
      '/2019/05/12/how-print-frightened-the-scribes',
      '/?p=41',
      '/2019/05/how-print-frightened-the-scribes',
      '/how-print-frightened-the-scribes',
    ])
  })

  it('gives a page its path through its parents and its ?page_id= form; a link to another host is not its address', () => {
    const parent = item({ id: '6', type: 'page', slug: 'about' })
    const child = item({ id: '4', type: 'page', slug: 'channels', parent: '6', link: 'https://elsewhere.example/about/channels/' })
    expect(oldAddresses(child, new Map([['6', parent]]), ['https://essays.example.com'])).toEqual(['/?page_id=4', '/about/channels'])
  })

  it.skipIf(!smallExport)('reads the addresses of a real export (small-export.xml: ?p= links, a child page)', async () => {
    const wxr = await readWxr(smallExport!)
    const byId = new Map(wxr.items.map((entry) => [entry.id, entry]))
    const origins = [wxr.site.baseBlogUrl]
    expect(oldAddresses(byId.get('1')!, byId, origins)).toEqual(['/?p=1', '/2011/01/18/hello-world', '/2011/01/hello-world', '/hello-world'])
    expect(oldAddresses(byId.get('4')!, byId, origins)).toEqual(['/?page_id=4', '/parent-page/child-page'])
  })
})

describe('oldAddresses of an attachment', () => {
  it('gives its attachment page, ?attachment_id= and ?p= forms', () => {
    const attachment = item({ id: '30', type: 'attachment', slug: 'press', link: 'https://essays.example.com/2019/05/12/how-print-frightened-the-scribes/press/' })
    expect(oldAddresses(attachment, new Map(), ['https://essays.example.com'])).toEqual(['/2019/05/12/how-print-frightened-the-scribes/press', '/?p=30', '/?attachment_id=30'])
  })
})

describe('termAddresses', () => {
  it('gives categories their nested archive path, the child’s own and ?cat=; tags theirs and ?tag=', () => {
    expect(termAddresses('category', ['bar', 'foo-bar'], '12')).toEqual(['/category/bar/foo-bar', '/category/foo-bar', '/?cat=12'])
    expect(termAddresses('category', ['history'])).toEqual(['/category/history'])
    expect(termAddresses('post_tag', ['printing'])).toEqual(['/tag/printing', '/?tag=printing'])
  })
})

describe('categoryPath', () => {
  const terms = [
    { taxonomy: 'category', slug: 'child', parent: 'parent' },
    { taxonomy: 'category', slug: 'parent', parent: 'grandparent' },
    { taxonomy: 'category', slug: 'grandparent', parent: '' },
    // WordPress 4.4+ lists each category again as a wp:term, naming the parent by id: not a slug.
    { taxonomy: 'category', slug: 'child', parent: '7' },
    { taxonomy: 'post_tag', slug: 'parent', parent: '' },
  ]
  it('walks a category’s parents by slug', () => {
    expect(categoryPath('child', terms)).toEqual(['grandparent', 'parent', 'child'])
    expect(categoryPath('grandparent', terms)).toEqual(['grandparent'])
  })
  it('stops at a loop in the export', () => {
    expect(categoryPath('a', [{ taxonomy: 'category', slug: 'a', parent: 'b' }, { taxonomy: 'category', slug: 'b', parent: 'a' }])).toEqual(['b', 'a'])
  })
})
