import type { Media } from '@/payload-types'

type Props = { media: Media; sizes: string; className?: string; priority?: boolean }

/** An image from Media with every generated width in srcset and its intrinsic size (no layout shift). */
export function ResponsiveImage({ media, sizes, className, priority = false }: Props) {
  if (!media.url) return null
  const candidates = [media.sizes?.card, media.sizes?.hero, { url: media.url, width: media.width }]
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .filter((size, index, all) => all.findIndex((other) => other.width === size.width) === index)
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Media already stores the sized copies; no optimiser round trip
    <img
      className={className}
      src={media.sizes?.hero?.url ?? media.url}
      srcSet={candidates.map((size) => `${size.url} ${size.width}w`).join(', ') || undefined}
      sizes={sizes}
      alt={media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
