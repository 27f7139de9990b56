import { documentReadOptions } from '@/lib/data/payload'

import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown only in draft preview (draft mode and a signed-in editor): says so, offers the way out, and follows saves from the admin. */
export async function PreviewBanner() {
  if (!(await documentReadOptions()).preview) return null
  return (
    <div className="preview-banner" role="status">
      You are previewing drafts.{' '}
      {/* A plain link: prefetching this route would leave preview by itself. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/preview/exit">Leave preview</a>
      <RefreshOnSave />
    </div>
  )
}
