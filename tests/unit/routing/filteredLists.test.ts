import { describe, expect, it } from 'vitest'

import { filteredListPath } from '@/lib/routing/filteredLists'

const path = (address: string) => {
  const url = new URL(address, 'http://localhost')
  return filteredListPath(url.pathname, url.searchParams)
}

describe('filtered lists are served from a route with the filter in its path', () => {
  it('maps the sources and videos lists, filtered or not', () => {
    expect(path('/sources')).toBe('/sources/type/_all')
    expect(path('/sources?type=pamphlet')).toBe('/sources/type/pamphlet')
    expect(path('/sources?type=archive-document&page=2')).toBe('/sources/type/archive-document')
    expect(path('/videos')).toBe('/videos/channel/_all')
    expect(path('/videos?channel=scriptorium-reads')).toBe('/videos/channel/scriptorium-reads')
  })

  it('treats an unknown type or a channel that is not slug-shaped as no filter, and leaves other addresses alone', () => {
    expect(path('/videos?channel=../../admin')).toBe('/videos/channel/_all')
    expect(path('/sources?type=')).toBe('/sources/type/_all')
    expect(path('/sources?type=novel')).toBe('/sources/type/_all')
    expect(path('/sources?type=_all')).toBe('/sources/type/_all')
    expect(path('/sources/novum-organum')).toBeNull()
    expect(path('/videos/this-will-kill-that')).toBeNull()
  })
})
