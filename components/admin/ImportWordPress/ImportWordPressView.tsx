import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/access/hasRole'

import { ImportWordPress } from './ImportWordPress.client'

/**
 * /admin/import-wordpress: upload a WordPress export, read its dry run's report, confirm the
 * import, follow it. Admins only (the endpoints refuse anyone else as well). An import already
 * under way when the page opens is followed again.
 */
export async function ImportWordPressView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const isAdmin = hasRole(req.user, 'admin')
  const running = isAdmin
    ? (await req.payload.find({ collection: 'import-runs', where: { and: [{ status: { equals: 'running' } }, { upload: { exists: true } }] }, sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    : undefined
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // A copy: React 19 refuses the frozen original here (as Payload's own views note).
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <SetStepNav nav={[{ label: 'Import from WordPress' }]} />
      <Gutter>
        <h1>Import from WordPress</h1>
        {isAdmin ? (
          <ImportWordPress resumeRunId={running?.id ?? null} resumeIsDryRun={running ? !running.dryRunOf : true} />
        ) : (
          <p role="alert">Only admins can import from WordPress.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
