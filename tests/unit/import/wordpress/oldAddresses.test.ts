import { describe, expect, it } from 'vitest'

import { oldAddresses, termAddresses } from '@/lib/import/wordpress/oldAddresses'
import { readWxr } from '@/lib/import/wordpress/readWxr'

import { sharedFixturePath } from '../../../helpers/sharedFixtures'

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

  it('reads the addresses of a real export (small-export.xml: ?p= links, a child page)', async () => {
    const file = sharedFixturePath('wxr/small-export.xml')
    if (!file) return
    const wxr = await readWxr(file)
    const byId = new Map(wxr.items.map((entry) => [entry.id, entry]))
    const origins = [wxr.site.baseBlogUrl]
    expect(oldAddresses(byId.get('1')!, byId, origins)).toEqual(['/?p=1', '/2011/01/18/hello-world', '/2011/01/hello-world', '/hello-world'])
    expect(oldAddresses(byId.get('4')!, byId, origins)).toEqual(['/?page_id=4', '/parent-page/child-page'])
  })
})

describe('termAddresses', () => {
  it('gives categories their nested archive path and tags theirs', () => {
    expect(termAddresses('category', ['bar', 'foo-bar'])).toEqual(['/category/bar/foo-bar'])
    expect(termAddresses('post_tag', ['printing'])).toEqual(['/tag/printing'])
  })
})
