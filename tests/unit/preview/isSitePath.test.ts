import { describe, expect, it } from 'vitest'

import { isSitePath } from '@/lib/preview/previewSecret'

describe('isSitePath (where preview may send a browser)', () => {
  it.each(['/', '/posts/ceci-tuera-cela', '/about?x=1#notes', '/posts/caf%C3%A9'])('takes the site path %s', (path) => {
    expect(isSitePath(path)).toBe(true)
  })

  it.each([
    ['another site, scheme-relative', '//evil.example'],
    ['another site, backslash read as a slash', '/\\evil.example'],
    ['another site, in full', 'https://evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['a tab before the host', '/\t/evil.example'],
    ['a relative path', 'posts/x'],
    ['nothing', ''],
    ['no value', null],
  ])('refuses %s (%j)', (_what, path) => {
    expect(isSitePath(path)).toBe(false)
  })
})
