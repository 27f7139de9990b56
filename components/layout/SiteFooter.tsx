import type { Site } from '@/payload-types'

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <p>
        {site.title} · published with Scriptorium
      </p>
    </footer>
  )
}
