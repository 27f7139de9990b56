import Link from '@/components/links/SiteLink'

import type { Channel, Site } from '@/payload-types'

import { SearchForm } from './SearchForm'

export function SiteHeader({ site, channels }: { site: Site; channels: Channel[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">
          <Link href="/">{site.title}</Link>
        </p>
        {site.tagline ? <p className="site-tagline">{site.tagline}</p> : null}
        <nav aria-label="Site" className="site-nav">
          <ul>
            <li>
              <Link href="/archive">Archive</Link>
            </li>
            <li>
              <Link href="/videos">Videos</Link>
            </li>
            <li>
              <Link href="/sources">Sources</Link>
            </li>
            <li>
              <Link href="/about">About</Link>
            </li>
          </ul>
        </nav>
        <SearchForm />
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
