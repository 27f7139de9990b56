import { describe, expect, it } from 'vitest'

import { nextServerEnv } from '@/lib/runtime/serveNext'

describe('the web server’s environment', () => {
  it('bounds the heap, keeping options already set', () => {
    expect(nextServerEnv({ NODE_OPTIONS: '--enable-source-maps' }, 3100, 1024)).toMatchObject({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=1024', PORT: '3100' })
    expect(nextServerEnv({}, 3000, 2048).NODE_OPTIONS).toBe('--max-old-space-size=2048')
  })

  it('leaves a heap limit the operator set alone, and runs the job queue', () => {
    const env = nextServerEnv({ NODE_OPTIONS: '--max-old-space-size=4096', SCRIPTORIUM_JOBS_AUTORUN: 'false' }, 3000, 1024)
    expect(env.NODE_OPTIONS).toBe('--max-old-space-size=4096')
    expect(env.SCRIPTORIUM_JOBS_AUTORUN).toBeUndefined()
    expect(nextServerEnv({}, 3000, null).NODE_OPTIONS).toBeUndefined()
  })
})
