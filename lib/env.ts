/**
 * Every environment variable Scriptorium reads, validated in one place.
 * README.md ("Configuration") and .env.example document the same list.
 */
import path from 'node:path'

export const MIN_SECRET_LENGTH = 32

const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Payload's signing secret; production refuses to run without a strong one. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET ?? ''
  if (secret.length >= MIN_SECRET_LENGTH) return secret
  // `next build` evaluates the config without serving anything; the secret is checked at start.
  if (isBuildPhase()) return 'build-phase-placeholder-secret-not-used-at-runtime'
  if (process.env.NODE_ENV === 'production' || secret.length > 0) {
    throw new ConfigError(
      `PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters (got ${secret.length}). ` +
        'Generate one with `openssl rand -hex 32` and set it in the environment or in .env.',
    )
  }
  throw new ConfigError(
    'PAYLOAD_SECRET is not set. `npm start` and `npm run dev` write a development secret into .env; ' +
      'otherwise set PAYLOAD_SECRET (at least 32 characters).',
  )
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (url) return url
  if (isBuildPhase()) return 'postgres://build-phase-placeholder@127.0.0.1:1/none'
  throw new ConfigError(
    'DATABASE_URL is not set. `npm start` / `npm run dev` start an embedded PostgreSQL for you; ' +
      'to use your own server set DATABASE_URL=postgres://user:password@host:5432/database.',
  )
}

/** Schema push is only for `npm run dev`, which uses its own database (see scripts/dev.ts). */
export const schemaPushEnabled = () => process.env.PAYLOAD_DB_PUSH === 'true'

export const projectRoot = () => process.env.SCRIPTORIUM_ROOT ?? process.cwd()

export const dataDir = () => path.resolve(projectRoot(), process.env.SCRIPTORIUM_DATA_DIR ?? '.data')

export const mediaDir = () => path.resolve(projectRoot(), process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'))

export function httpPort(): number {
  const raw = process.env.PORT ?? '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 1 and 65535 (got "${raw}").`)
  }
  return port
}

export function embeddedPostgresPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT ?? '54329'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new ConfigError(`EMBEDDED_PG_PORT must be an integer between 1024 and 65535 (got "${raw}").`)
  }
  return port
}

/**
 * The embedded PostgreSQL superuser's password: written into .env on first run (ensureDotEnv), so
 * no two installs share one and nothing on the machine can guess it.
 */
export function embeddedPostgresPassword(): string {
  const password = process.env.EMBEDDED_PG_PASSWORD
  if (!password) throw new ConfigError('EMBEDDED_PG_PASSWORD is not set. `npm start` writes one into .env on first run; set it there, or use your own server (DATABASE_URL).')
  return password
}

/**
 * The web server's V8 heap limit (MB). V8 otherwise sizes it from the machine's memory (~4 GB on
 * 24 GB) and collects so lazily that `npm run bench`'s feed rows (~1 MB responses, ~100 a second)
 * took the server to that limit and out of memory; at 1,024 MB it stayed under 1 GB and served more.
 */
export function serverHeapMB(): number {
  const raw = process.env.SCRIPTORIUM_SERVER_HEAP_MB ?? '1024'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 256) throw new ConfigError(`SCRIPTORIUM_SERVER_HEAP_MB must be a whole number of megabytes, at least 256 (got “${raw}”).`)
  return value
}

/** The first wait before a crashed PostgreSQL or web server is started again by `npm start` (then doubling, at most 30 s). */
export function restartDelayMs(): number {
  const raw = process.env.SCRIPTORIUM_RESTART_DELAY_MS ?? '1000'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 30_000) throw new ConfigError(`SCRIPTORIUM_RESTART_DELAY_MS must be a whole number of milliseconds from 0 to 30000 (got “${raw}”).`)
  return value
}

/** Public origin used for absolute URLs when the site settings do not give one. */
export const serverUrl = () => (process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '')

/** Set by `npm start` for its web server: seed the demo content into an empty database after migrating. */
export const seedIfEmptyOnStart = () => process.env.SCRIPTORIUM_SEED_IF_EMPTY === 'true'

/** Scheduled publishing runs in-process every minute unless turned off (tests run jobs explicitly). */
export const jobsAutoRunEnabled = () => process.env.SCRIPTORIUM_JOBS_AUTORUN !== 'false'

/**
 * Where video thumbnails are fetched from when a video is saved without one; `off` disables it.
 * Defaults to YouTube's image host; tests point it at a local server.
 */
export function youtubeThumbnailBaseUrl(): string | null {
  const raw = (process.env.YOUTUBE_THUMBNAIL_BASE_URL ?? 'https://i.ytimg.com').trim()
  if (raw === 'off' || raw === '') return null
  return raw.replace(/\/+$/, '')
}

/**
 * Outgoing mail (password resets): `SMTP_URL` such as smtp://user:password@mail.example.com:587
 * or smtps://…:465. Unset, mail is written to the server log instead of being sent.
 */
export function smtpUrl(): string | null {
  const raw = (process.env.SMTP_URL ?? '').trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`SMTP_URL is not a URL (got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"); use smtp://user:password@host:587 or smtps://user:password@host:465.`)
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//").`)
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL names no host; use smtp://user:password@host:587.')
  return raw
}

/** The sender of outgoing mail, `EMAIL_FROM`: "Name <address>" or a bare address. */
export function emailFrom(): { name: string; address: string } {
  const raw = (process.env.EMAIL_FROM ?? '').trim()
  if (!raw) return { name: 'Scriptorium', address: 'scriptorium@localhost' }
  const match = /^(?:"?([^"<]*?)"?\s*<([^<>\s]+)>|([^<>\s]+))$/.exec(raw)
  const address = match?.[2] ?? match?.[3]
  if (!address || !/^[^@\s]+@[^@\s]+$/.test(address)) {
    throw new ConfigError(`EMAIL_FROM must be an address or "Name <address>" (got "${raw}"), e.g. EMAIL_FROM="Scriptorium <blog@example.com>".`)
  }
  return { name: match?.[1]?.trim() || 'Scriptorium', address }
}
