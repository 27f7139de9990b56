import { createReadStream } from 'node:fs'

import { SaxesParser, type SaxesTagNS } from 'saxes'

import { WxrError } from './wxrError'
import { qualifiedName, wxrNamespaceVersion } from './wxrNames'

// The root, its namespaces and wp:wxr_version all come before the first item.
const HEAD_BYTES = 1024 * 1024

/**
 * Checks the start of an uploaded file the way readWxr.ts checks a whole export, so that the admin
 * refuses a file that is plainly not a WordPress export at once, with the reason: not well-formed
 * XML, another root than <rss>, no wordpress.org/export namespace, a WXR version other than
 * 1.0–1.2. It stops at the first item (or after 1 MiB): the dry run reads the rest.
 */
export async function checkWxrHead(file: string, name: string): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, fileName: name })
  let failure: Error | null = null
  let done = false
  let sawRoot = false
  let namespaceVersion: string | null = null
  let inVersion = false
  let version = ''
  parser.on('error', (error) => {
    failure ??= new WxrError(`${name} is not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, parser.line, parser.column)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (!sawRoot && tag.local !== 'rss') failure ??= new WxrError(`${name} is not a WordPress export: its root element is <${tag.name}>, not <rss>.`, parser.line, parser.column)
    sawRoot = true
    for (const uri of Object.values(tag.ns ?? {})) namespaceVersion ??= wxrNamespaceVersion(uri)
    const qualified = qualifiedName(tag.uri, tag.local)
    if (qualified === 'item') done = true
    inVersion = qualified === 'wp:wxr_version'
  })
  parser.on('text', (text) => {
    if (inVersion) version += text
  })
  parser.on('closetag', () => {
    if (inVersion) done = true
    inVersion = false
  })

  let read = 0
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    parser.write(chunk as string)
    read += (chunk as string).length
    if (failure || done || read >= HEAD_BYTES) break
  }
  if (!failure && !done && read < HEAD_BYTES) parser.close()
  if (failure) throw failure
  if (!sawRoot) throw new WxrError(`${name} is not a WordPress export: it holds no XML element.`)
  if (!namespaceVersion) throw new WxrError(`${name} is not a WordPress export: it declares no wordpress.org/export namespace.`)
  if (version.trim() && !/^1\.[0-2]$/.test(version.trim())) {
    throw new WxrError(`${name} is not a WordPress export this importer reads: wp:wxr_version is "${version.trim()}" (1.0, 1.1 or 1.2 expected).`)
  }
}
