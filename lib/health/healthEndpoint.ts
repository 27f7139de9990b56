import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { migrations } from '@/migrations/index'

import { checkHealth } from './checkHealth'

/** GET /api/health: 200 when this instance can serve, 503 with the reason and a retry hint when not; never cached. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await checkHealth((req.payload.db as unknown as PostgresAdapter).pool, migrations.map((migration) => migration.name))
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
    if (health.status !== 'ok') headers['Retry-After'] = '5'
    return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers })
  },
}
