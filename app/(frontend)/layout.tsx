import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getChannels, getSite, siteBaseUrl } from '@/lib/data/site'
import { feedAlternates } from '@/lib/feeds/feedAlternates'
import { siteDescription } from '@/lib/site/description'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    metadataBase: new URL(siteBaseUrl(site)),
    title: { default: site.title, template: `%s — ${site.title}` },
    description: siteDescription(site),
    alternates: { types: feedAlternates(site.title) },
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [site, channels] = await Promise.all([getSite(), getChannels()])
  return (
    <html lang={site.language ?? 'en'}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PreviewBanner />
        <SiteHeader site={site} channels={channels} />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  )
}
