import { describe, expect, it } from 'vitest'

import { itemDates, wordpressDate } from '@/lib/import/wordpress/itemDates'
import { itemStatus } from '@/lib/import/wordpress/itemStatus'

describe('itemDates', () => {
  it('takes post_date_gmt, falls back to post_date, and never reads pubDate', () => {
    expect(itemDates({ dateGmt: '2008-06-16 21:47:17', date: '2008-06-16 14:47:17', modifiedGmt: '2010-01-02 03:04:05', modified: '' })).toEqual({
      publishedAt: '2008-06-16T21:47:17.000Z',
      modifiedAt: '2010-01-02T03:04:05.000Z',
    })
    expect(itemDates({ dateGmt: '0000-00-00 00:00:00', date: '2019-05-12 09:30:00', modifiedGmt: '0000-00-00 00:00:00', modified: '' })).toEqual({
      publishedAt: '2019-05-12T09:30:00.000Z',
      modifiedAt: '2019-05-12T09:30:00.000Z',
    })
  })

  it('treats unset and impossible dates as no date', () => {
    expect(wordpressDate('0000-00-00 00:00:00')).toBeNull()
    expect(wordpressDate('2019-02-31 10:00:00')).toBeNull()
    expect(wordpressDate('Mon, 16 Jun 20081 21:47:17 +0000')).toBeNull()
    expect(wordpressDate('')).toBeNull()
  })
})

describe('itemStatus', () => {
  it.each([
    [{ status: 'publish', password: '', title: 'A' }, { status: 'published', note: null }],
    [{ status: 'future', password: '', title: 'Scheduled' }, { status: 'scheduled', note: null }],
    [{ status: 'draft', password: '', title: 'Draft' }, { status: 'draft', note: null }],
    [{ status: 'pending', password: '', title: 'Pending' }, { status: 'draft', note: null }],
    [{ status: 'private', password: '', title: 'Private Post' }, { status: 'draft', note: '“Private Post” was private on WordPress: imported as a draft, not public.' }],
    [
      { status: 'publish', password: 'enter', title: 'Protected' },
      { status: 'draft', note: '“Protected” was password-protected on WordPress: imported as a draft, not public.' },
    ],
    [{ status: 'trash', password: '', title: '' }, { status: 'draft', note: 'An untitled item had the unknown status "trash": imported as a draft.' }],
  ])('%j', (item, expected) => {
    expect(itemStatus(item)).toEqual(expected)
  })
})
