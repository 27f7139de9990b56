import { describe, expect, it } from 'vitest'

import { SITEMAP_FILE_SIZE, sitemapFileCount, sitemapFileNumber, splitSitemap } from '@/lib/seo/sitemapFiles'
import { sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemapXml'

const entry = (n: number, lastModified?: string) => ({ url: `https://essays.example.com/posts/script-${n}`, ...(lastModified ? { lastModified } : {}) })

describe('a sitemap split into files', () => {
  it('stays one file while its addresses fit', () => {
    const entries = [entry(1, '2026-01-01T00:00:00.000Z'), entry(2)]
    expect(splitSitemap(entries, 2)).toEqual({ kind: 'urlset', entries })
  })

  it('becomes an index of files of the given size, each dated by its newest address', () => {
    const entries = [entry(1, '2026-03-01T10:00:00.000Z'), entry(2, '2026-05-02T00:00:00.000Z'), entry(3), entry(4, '2025-12-31T23:59:59.000Z'), entry(5)]
    expect(splitSitemap(entries, 2)).toEqual({
      kind: 'index',
      files: [
        { path: '/sitemaps/1.xml', lastModified: '2026-05-02T00:00:00.000Z' },
        { path: '/sitemaps/2.xml', lastModified: '2025-12-31T23:59:59.000Z' },
        { path: '/sitemaps/3.xml' },
      ],
      parts: [[entries[0], entries[1]], [entries[2], entries[3]], [entries[4]]],
    })
  })

  it('holds 2,000 addresses a file (the protocol allows 50,000)', () => {
    expect(SITEMAP_FILE_SIZE).toBe(2000)
    expect(splitSitemap(Array.from({ length: 4001 }, (_, n) => entry(n)))).toMatchObject({ kind: 'index', files: [{ path: '/sitemaps/1.xml' }, { path: '/sitemaps/2.xml' }, { path: '/sitemaps/3.xml' }] })
  })

  it('counts its numbered files: none while it fits in one', () => {
    expect([1, 2000, 2001, 4000, 4001].map((entries) => sitemapFileCount(entries))).toEqual([0, 0, 2, 2, 3])
  })

  it('reads a file number only from "<n>.xml", n from 1', () => {
    expect(['1.xml', '12.xml', '0.xml', '01.xml', '1.xml.gz', '1', 'x.xml', '-1.xml', '1234567.xml'].map(sitemapFileNumber)).toEqual([1, 12, null, null, null, null, null, null, null])
  })
})

describe('sitemap XML', () => {
  it('lists addresses with their last change, escaped', () => {
    expect(urlsetXml([{ url: 'https://essays.example.com/posts/a?x=1&y=<2>', lastModified: '2026-01-01T00:00:00.000Z' }, { url: 'https://essays.example.com/' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url>\n<loc>https://essays.example.com/posts/a?x=1&amp;y=&lt;2&gt;</loc>\n<lastmod>2026-01-01T00:00:00.000Z</lastmod>\n</url>\n' +
        '<url>\n<loc>https://essays.example.com/</loc>\n</url>\n</urlset>\n',
    )
  })

  it('an index lists the files', () => {
    expect(sitemapIndexXml([{ url: 'https://essays.example.com/sitemaps/1.xml', lastModified: '2026-05-02T00:00:00.000Z' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap>\n<loc>https://essays.example.com/sitemaps/1.xml</loc>\n<lastmod>2026-05-02T00:00:00.000Z</lastmod>\n</sitemap>\n</sitemapindex>\n',
    )
  })
})
