import Link from '@/components/links/SiteLink'

import type { Site } from '@/payload-types'

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <p>
        {site.title} · <Link href="/subscribe">Subscribe by RSS</Link> · published with Scriptorium
      </p>
    </footer>
  )
}
