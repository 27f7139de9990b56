import type { Media } from '@/payload-types'

type Props = {
  media: Media
  sizes: string
  className?: string
  /** The image that leads the page (its largest paint): loaded at once, ahead of the rest. */
  priority?: boolean
  /** Overrides the media's alt text: '' where the image only decorates something named beside it. */
  alt?: string
}

/** An image as wide as the page's column at most: the hero, images in the text, the video's poster. */
export const COLUMN_IMAGE_SIZES = '(max-width: 50rem) 100vw, 50rem'

type Candidate = { url: string; width: number; mimeType: string }

const srcSet = (candidates: Candidate[]) => candidates.map((size) => `${size.url} ${size.width}w`).join(', ') || undefined

/**
 * An image from Media with every generated width in srcset and its intrinsic size (no layout
 * shift). The WebP sizes (collections/Media) are offered in a <source> for browsers that take
 * WebP; the <img> keeps the sizes in the original's format (and images uploaded before the WebP
 * sizes existed) as the fallback.
 */
export function ResponsiveImage({ media, sizes, className, priority = false, alt }: Props) {
  if (!media.url) return null
  const candidates = [media.sizes?.card, media.sizes?.hero, { url: media.url, width: media.width, mimeType: media.mimeType }]
    .filter((size): size is Candidate => Boolean(size?.url && size.width && size.mimeType))
  const original = candidates.filter((size, index, all) => size.mimeType !== 'image/webp' && all.findIndex((other) => other.width === size.width && other.mimeType === size.mimeType) === index)
  const webp = candidates.filter((size) => size.mimeType === 'image/webp')
  // The original stays the widest choice where it is wider than every WebP size (a 1200-px original
  // has only the 768-px card: a 2× screen would otherwise get that).
  const widestWebp = Math.max(0, ...webp.map((size) => size.width))
  const webpChoices = [...webp, ...original.filter((size) => size.url === media.url && size.width > widestWebp)]
  // Images from before the WebP sizes: the hero, not the heavier original, is the default.
  const fallback = original.find((size) => size.url === media.sizes?.hero?.url)?.url ?? media.url
  const image = (
    // eslint-disable-next-line @next/next/no-img-element -- Media already stores the sized copies; no optimiser round trip
    <img
      className={className}
      src={fallback}
      srcSet={srcSet(original)}
      sizes={sizes}
      alt={alt ?? media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
  if (webp.length === 0) return image
  return (
    <picture>
      <source type="image/webp" srcSet={srcSet(webpChoices)} sizes={sizes} />
      {image}
    </picture>
  )
}
