import type { WxrItem } from './wxrTypes'

export type ImportStatus = { status: 'published' | 'draft' | 'scheduled'; note: string | null }

/**
 * WordPress statuses as Scriptorium's: `publish` → published, `future` → scheduled for its date,
 * `draft`/`pending` → draft; `private` and password-protected items become drafts with a note,
 * never public (Scriptorium has no private or password-protected posts).
 */
export function itemStatus(item: Pick<WxrItem, 'status' | 'password' | 'title'>): ImportStatus {
  const label = item.title ? `“${item.title}”` : 'An untitled item'
  if (item.password) return { status: 'draft', note: `${label} was password-protected on WordPress: imported as a draft, not public.` }
  switch (item.status) {
    case 'publish':
      return { status: 'published', note: null }
    case 'future':
      return { status: 'scheduled', note: null }
    case 'draft':
    case 'pending':
    case 'auto-draft':
      return { status: 'draft', note: null }
    case 'private':
      return { status: 'draft', note: `${label} was private on WordPress: imported as a draft, not public.` }
    default:
      return { status: 'draft', note: `${label} had the unknown status "${item.status}": imported as a draft.` }
  }
}
