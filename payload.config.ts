import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from './collections/Categories'
import { Channels } from './collections/Channels'
import { ImportRuns } from './collections/ImportRuns'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Series } from './collections/Series'
import { Sources } from './collections/Sources'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { Videos } from './collections/Videos'
import { Site } from './globals/Site'
import { logIdleConnectionErrors } from './lib/db/idleConnectionErrors'
import { addPostSearchColumn } from './lib/db/postSearchColumn'
import { readingFeatures } from './lib/richtext/editorFeatures'
import { applyTargets } from './lib/cache/cacheTargets'
import { revalidationPlugin } from './lib/cache/revalidationPlugin'
import { revalidateEndpoint } from './lib/cache/serverRevalidation'
import { siteRedirects } from './lib/redirects/redirectsPlugin'
import { siteSeo } from './lib/seo/seoPlugin'
import { emailAdapter } from './lib/email/emailAdapter'
import { keepClientErrorDetails } from './lib/errors/keepClientErrorDetails'
import { importWordPressTask } from './lib/import/wordpress/importTask'
import { databaseUrl, jobsAutoRunEnabled, payloadSecret, schemaPushEnabled, serverUrl } from './lib/env'
import { trustedOrigins } from './lib/security/trustedOrigins'
import { MAX_UPLOAD_BYTES } from './lib/uploads/uploadLimit'
import { migrations } from './migrations'
import { healthEndpoint } from './lib/health/healthEndpoint'
import { databasePoolOptions } from './lib/db/poolOptions'
import { reachabilityPg } from './lib/db/reachabilityPool'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Scriptorium' },
    // Not Gravatar: every admin page would send each editor's e-mail hash to a third party (and the
    // admin's policy allows images from this site only).
    avatar: 'default',
    components: {
      // Admins only: the view and the link check the role themselves.
      views: { importWordPress: { Component: '/components/admin/ImportWordPress/ImportWordPressView#ImportWordPressView', path: '/import-wordpress' } },
      afterNavLinks: ['/components/admin/ImportWordPress/ImportWordPressNavLink#ImportWordPressNavLink'],
    },
  },
  collections: [Posts, Pages, Sources, Videos, Channels, Categories, Tags, Series, Media, Users, ImportRuns],
  globals: [Site],
  // The revalidation plugin comes last so that it also sees the collections the others add.
  plugins: [siteSeo, siteRedirects, revalidationPlugin],
  email: emailAdapter(),
  editor: lexicalEditor({ features: () => readingFeatures() }),
  secret: payloadSecret(),
  onInit: async (payload) => logIdleConnectionErrors(payload),
  // The sign-in cookie is accepted only from this site's own pages (lib/security/foreignOrigin.ts
  // answers the others with the reason). serverURL only when SERVER_URL gives the public address:
  // without it the admin calls its API relative to wherever it is opened.
  csrf: trustedOrigins(),
  serverURL: process.env.SERVER_URL ? serverUrl() : undefined,
  db: postgresAdapter({
    pool: databasePoolOptions(databaseUrl()),
    // pg with a pool that reports whether connections open: a page that fails while the database
    // is down answers 503 with Retry-After (lib/http/unavailableWhileDatabaseDown.ts).
    pg: reachabilityPg,
    // Schema changes go through committed migrations; push is only for `npm run dev`'s own database.
    push: schemaPushEnabled(),
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [addPostSearchColumn],
  }),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  jobs: {
    // Runs scheduled publish/unpublish jobs once a minute inside the server process.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    // WordPress imports from the admin run on their own queue, started when queued (lib/import/wordpress/importQueue.ts).
    tasks: [importWordPressTask],
    shouldAutoRun: () => jobsAutoRunEnabled(),
  },
  hooks: { afterError: [keepClientErrorDetails] },
  // Revalidation from writers outside a request (the job runner, commands): lib/cache/serverRevalidation.ts.
  endpoints: [revalidateEndpoint((targets, req) => applyTargets(targets, req, { revalidatedByServer: true })), healthEndpoint],
  telemetry: false,
})
