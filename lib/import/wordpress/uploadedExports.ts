import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import busboy from 'busboy'

import { dataDir } from '@/lib/env'

/** Largest WordPress export the admin accepts (exports of big blogs run to hundreds of MiB). */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024

/** An upload the server refuses, with the HTTP status and the reason to show. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'UploadRefused'
  }
}

export type UploadedExport = { file: string; stored: string; size: number; fields: Record<string, string> }

/** Where uploaded exports wait for their import: a folder of the data directory. */
export const uploadedExportsDir = () => path.join(dataDir(), 'wordpress-imports')

/**
 * A stored export is `<random folder>/<the uploaded file's name>` (the report names the file as the
 * admin knows it). Only that shape is accepted, so a stored value can never point elsewhere.
 */
function storedParts(stored: string): [string, string] {
  const [folder, name, ...rest] = stored.split('/')
  if (!folder || !name || rest.length || folder !== path.basename(folder) || name !== path.basename(name) || folder.startsWith('.')) {
    throw new Error(`"${stored}" is not the name of an uploaded export.`)
  }
  return [folder, name]
}

export const uploadedExportPath = (stored: string) => path.join(uploadedExportsDir(), ...storedParts(stored))

export const removeUploadedExport = (stored: string) => rm(path.join(uploadedExportsDir(), storedParts(stored)[0]), { recursive: true, force: true })

/** The uploaded file's own name, made safe as a file name. */
const safeFileName = (name: string) => path.basename(name.replace(/\\/g, '/')).replace(/[\0-\x1f]/g, '').replace(/^\.+/, '') || 'export.xml'

/**
 * Streams a multipart upload's `file` part to the exports folder (never held in memory) under a
 * random name, with the form's other fields. Refuses a request that is not multipart, has no
 * file, has more than one, or one larger than MAX_EXPORT_BYTES; nothing is left on disk then.
 */
export async function saveUploadedExport(headers: Headers, body: ReadableStream<Uint8Array> | null | undefined): Promise<UploadedExport> {
  const type = headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/form-data') || !body) throw new UploadRefused(400, 'Send the export as a file in a multipart/form-data form (field "file").')
  const length = Number(headers.get('content-length') ?? 0)
  if (length > MAX_EXPORT_BYTES + 1024 * 1024) throw new UploadRefused(413, tooLarge(length))

  const folder = randomUUID()
  await mkdir(path.join(uploadedExportsDir(), folder), { recursive: true })
  let stored = ''
  const fields: Record<string, string> = {}
  let file: string | null = null
  let size = 0
  let refusal: UploadRefused | null = null
  const removeFolder = () => rm(path.join(uploadedExportsDir(), folder), { recursive: true, force: true })
  const writes: Promise<void>[] = []

  const parser = busboy({ headers: Object.fromEntries(headers), limits: { files: 1, fileSize: MAX_EXPORT_BYTES, fields: 20, fieldSize: 1024 } })
  parser.on('field', (name, value) => (fields[name] = value))
  parser.on('filesLimit', () => (refusal ??= new UploadRefused(400, 'Upload one export at a time.')))
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || file !== null) {
      stream.resume()
      return
    }
    file = safeFileName(info.filename || '')
    stored = `${folder}/${file}`
    stream.on('data', (chunk: Buffer) => (size += chunk.length))
    stream.on('limit', () => (refusal ??= new UploadRefused(413, tooLarge(null))))
    writes.push(pipeline(stream, createWriteStream(uploadedExportPath(stored))))
  })
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), parser)
    await Promise.all(writes)
  } catch (error) {
    await removeFolder()
    throw new UploadRefused(400, `The upload could not be read: ${(error as Error).message}`)
  }
  if (refusal || file === null || size === 0) {
    await removeFolder()
    throw refusal ?? new UploadRefused(400, file === null ? 'Choose a WordPress export (.xml) to upload: the form had no file.' : `${file} is empty.`)
  }
  return { file, stored, size, fields }
}

const tooLarge = (bytes: number | null) =>
  `The export is ${bytes === null ? 'larger than' : `${(bytes / 1024 / 1024).toFixed(1)} MiB;`} ${MAX_EXPORT_BYTES / 1024 / 1024} MiB is the most the admin accepts. Import it on the server with npm run import:wordpress instead.`
