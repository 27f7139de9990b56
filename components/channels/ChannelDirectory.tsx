import Link from '@/components/links/SiteLink'

import { getChannels } from '@/lib/data/site'

/** Every channel with its description, its page here and its page on YouTube. */
export async function ChannelDirectory({ heading }: { heading?: string | null }) {
  const channels = await getChannels()
  if (channels.length === 0) return null
  return (
    <section className="channel-directory">
      {heading ? <h2>{heading}</h2> : null}
      <ul className="channel-directory__list">
        {channels.map((channel) => (
          <li key={channel.id}>
            <h3>
              <Link href={`/channels/${channel.slug}`}>{channel.name}</Link>
            </h3>
            {channel.description ? <p>{channel.description}</p> : null}
            <p>
              <a href={channel.url} rel="noopener noreferrer">
                {channel.name} on YouTube
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
