import { describe, expect, it } from 'vitest'

import { ARCHIVE_PAGE_SIZE, archiveFirstPageRedirect, archivePagePath, archiveYearParam } from '@/lib/routing/archiveYear'

describe('archive addresses', () => {
  it('reads /archive, a year and a later page of a year', () => {
    expect(archiveYearParam(undefined)).toEqual({ year: null, page: 1 })
    expect(archiveYearParam([])).toEqual({ year: null, page: 1 })
    expect(archiveYearParam(['2019'])).toEqual({ year: 2019, page: 1 })
    expect(archiveYearParam(['2019', 'page', '2'])).toEqual({ year: 2019, page: 2 })
    expect(archiveYearParam(['2019', 'page', '37'])).toEqual({ year: 2019, page: 37 })
  })

  it('sends a year’s page 1 to the year’s own address, and nothing else', () => {
    expect(archiveFirstPageRedirect('/archive/2019/page/1')).toBe('/archive/2019')
    for (const path of ['/archive/2019', '/archive/2019/page/2', '/archive/2019/page/10', '/archive/2019/page/1/', '/page/1', '/archive/20x9/page/1']) expect(archiveFirstPageRedirect(path), path).toBeNull()
  })

  it('answers anything else as no archive address', () => {
    for (const rest of [['2019', 'page', '1'], ['20x1'], ['0999'], ['2019', '01'], ['2019', 'page'], ['2019', 'page', '0'], ['2019', 'page', '02'], ['2019', 'page', '2', 'x'], ['2019', 'pages', '2'], ['page', '2']]) {
      expect(archiveYearParam(rest), rest.join('/')).toBeUndefined()
    }
  })

  it('writes a page’s address back, page 1 as the year', () => {
    expect(archivePagePath(2019, 1)).toBe('/archive/2019')
    expect(archivePagePath(2019, 2)).toBe('/archive/2019/page/2')
    expect(ARCHIVE_PAGE_SIZE).toBe(100)
  })
})
