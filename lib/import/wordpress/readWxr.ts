import { createReadStream } from 'node:fs'
import path from 'node:path'

import { SaxesParser, type SaxesTagNS } from 'saxes'

import { qualifiedName, wxrNamespaceVersion } from './wxrNames'
import type { WxrAuthor, WxrExport, WxrItem, WxrTerm } from './wxrTypes'
import { WxrError } from './wxrError'

const AUTHOR_FIELDS: Record<string, keyof WxrAuthor> = {
  'wp:author_id': 'id',
  'wp:author_login': 'login',
  'wp:author_email': 'email',
  'wp:author_display_name': 'displayName',
  'wp:author_first_name': 'firstName',
  'wp:author_last_name': 'lastName',
}
const TERM_FIELDS: Record<string, keyof WxrTerm> = {
  'wp:term_id': 'id',
  'wp:category_nicename': 'slug',
  'wp:cat_name': 'name',
  'wp:category_parent': 'parent',
  'wp:category_description': 'description',
  'wp:tag_slug': 'slug',
  'wp:tag_name': 'name',
  'wp:tag_description': 'description',
  'wp:term_taxonomy': 'taxonomy',
  'wp:term_slug': 'slug',
  'wp:term_name': 'name',
  'wp:term_parent': 'parent',
  'wp:term_description': 'description',
}
type TextField = Exclude<keyof WxrItem, 'sticky' | 'terms' | 'meta' | 'comments'>
const ITEM_FIELDS: Record<string, TextField> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  pubDate: 'pubDate',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_type': 'type',
  'wp:status': 'status',
  'wp:post_name': 'slug',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_modified': 'modified',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_parent': 'parent',
  'wp:menu_order': 'menuOrder',
  'wp:post_password': 'password',
  'wp:attachment_url': 'attachmentUrl',
}
const SITE_FIELDS: Record<string, keyof WxrExport['site'] | 'wxrVersion'> = {
  title: 'title',
  link: 'link',
  description: 'description',
  language: 'language',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:wxr_version': 'wxrVersion',
}
const TAXONOMY_OF: Record<string, string> = { 'wp:category': 'category', 'wp:tag': 'post_tag', 'wp:term': '' }

const emptyItem = (): WxrItem => ({
  id: '', type: '', status: '', title: '', link: '', guid: '', pubDate: '', creator: '', content: '', excerpt: '', slug: '', date: '', dateGmt: '',
  modified: '', modifiedGmt: '', parent: '', menuOrder: '', password: '', sticky: false, attachmentUrl: '', terms: [], meta: [], comments: 0,
})

type Frame = { name: string; text: string; attributes: Record<string, string> }

/**
 * Reads a WXR export as a stream (a 100 MB file is never held as one string or a DOM) with saxes,
 * a strict XML parser: a file that is not well-formed is refused with the line and column where
 * parsing stopped, and one that is not a WordPress export (no <rss>, no wp:wxr_version 1.0–1.2) is
 * refused too. Comments, menus and other internals are read only as far as counting needs.
 */
export async function readWxr(file: string): Promise<WxrExport> {
  const name = path.basename(file)
  const parser = new SaxesParser({ xmlns: true, fileName: name })
  const result: WxrExport = { wxrVersion: '', site: { title: '', link: '', description: '', language: '', baseSiteUrl: '', baseBlogUrl: '' }, authors: [], terms: [], items: [] }
  const stack: Frame[] = []
  let author: Partial<WxrAuthor> | null = null
  let term: WxrTerm | null = null
  let item: WxrItem | null = null
  let meta: { key: string; value: string } | null = null
  let namespaceVersion: string | null = null
  let failure: Error | null = null

  parser.on('error', (error) => {
    failure ??= new WxrError(`${name} is not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, parser.line, parser.column)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length === 0 && tag.local !== 'rss') failure ??= new WxrError(`${name} is not a WordPress export: its root element is <${tag.name}>, not <rss>.`, parser.line, parser.column)
    for (const [, uri] of Object.entries(tag.ns ?? {})) namespaceVersion ??= wxrNamespaceVersion(uri)
    const qualified = qualifiedName(tag.uri, tag.local)
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value]))
    const parent = stack.at(-1)?.name
    if (parent === 'channel') {
      if (qualified === 'item') item = emptyItem()
      else if (qualified === 'wp:author') author = {}
      else if (qualified in TAXONOMY_OF) term = { taxonomy: TAXONOMY_OF[qualified], id: '', slug: '', name: '', parent: '', description: '' }
    }
    if (parent === 'item' && qualified === 'wp:postmeta') meta = { key: '', value: '' }
    if (parent === 'item' && qualified === 'wp:comment' && item) item.comments++
    stack.push({ name: qualified, text: '', attributes })
  })
  const append = (text: string) => {
    const frame = stack.at(-1)
    // Only the fields below channel level are kept; a comment's own fields are not.
    if (frame && stack.length >= 3 && !stack.some((entry) => entry.name === 'wp:comment')) frame.text += text
  }
  parser.on('text', append)
  parser.on('cdata', append)
  parser.on('closetag', () => {
    const frame = stack.pop()!
    const parent = stack.at(-1)?.name
    const grandparent = stack.at(-2)?.name
    if (parent === 'channel') {
      if (frame.name === 'item' && item) {
        result.items.push(item)
        item = null
      } else if (frame.name === 'wp:author' && author) {
        result.authors.push({ id: '', login: '', email: '', displayName: '', firstName: '', lastName: '', ...author })
        author = null
      } else if (frame.name in TAXONOMY_OF && term) {
        result.terms.push(term)
        term = null
      } else if (frame.name in SITE_FIELDS) {
        const field = SITE_FIELDS[frame.name]
        if (field === 'wxrVersion') result.wxrVersion = frame.text.trim()
        else result.site[field] = frame.text
      }
    } else if (parent === 'wp:author' && author && frame.name in AUTHOR_FIELDS) author[AUTHOR_FIELDS[frame.name]] = frame.text
    else if (grandparent === 'channel' && term && frame.name in TERM_FIELDS) term[TERM_FIELDS[frame.name]] = frame.text
    else if (parent === 'item' && item) {
      if (frame.name in ITEM_FIELDS) item[ITEM_FIELDS[frame.name]] = frame.text
      else if (frame.name === 'wp:is_sticky') item.sticky = frame.text.trim() === '1'
      else if (frame.name === 'category') item.terms.push({ domain: frame.attributes.domain ?? 'category', slug: frame.attributes.nicename ?? '', name: frame.text })
      else if (frame.name === 'wp:postmeta' && meta) {
        item.meta.push(meta)
        meta = null
      }
    } else if (parent === 'wp:postmeta' && meta) {
      if (frame.name === 'wp:meta_key') meta.key = frame.text
      if (frame.name === 'wp:meta_value') meta.value = frame.text
    }
  })

  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    if (failure) break
    parser.write(chunk as string)
  }
  if (!failure) parser.close()
  if (failure) throw failure
  if (!/^1\.[0-2]$/.test(result.wxrVersion)) {
    throw new WxrError(
      result.wxrVersion
        ? `${name} is not a WordPress export this importer reads: wp:wxr_version is "${result.wxrVersion}" (1.0, 1.1 or 1.2 expected).`
        : `${name} is not a WordPress export: it has no wp:wxr_version (export it again from Tools → Export in WordPress).`,
    )
  }
  if (!namespaceVersion) throw new WxrError(`${name} is not a WordPress export: it declares no wordpress.org/export namespace.`)
  return result
}
