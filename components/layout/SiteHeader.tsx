import Link from 'next/link'

import type { Channel, Site } from '@/payload-types'

export function SiteHeader({ site, channels }: { site: Site; channels: Channel[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">
          <Link href="/">{site.title}</Link>
        </p>
        {site.tagline ? <p className="site-tagline">{site.tagline}</p> : null}
        {channels.length > 0 ? (
          <nav aria-label="Channels" className="channel-links">
            <ul>
              {channels.map((channel) => (
                <li key={channel.id}>
                  <Link href={`/channels/${channel.slug}`}>{channel.name}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  )
}
