import { IMAGE_MIME_TYPES } from '@/lib/uploads/imageTypes'
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/uploadLimit'

export type FetchedImage = { data: Buffer; mimetype: string; name: string; size: number; url: string }

// The largest first; maxresdefault is missing for many older or smaller videos.
const SIZES = ['maxresdefault.jpg', 'sddefault.jpg', 'hqdefault.jpg']
const TIMEOUT_MS = 5000

/**
 * Downloads a video's thumbnail from `baseUrl` (YouTube's image host in production), trying the
 * largest size first. Returns null with the reasons when none could be fetched: the caller keeps
 * saving and the author can upload one.
 */
export async function fetchYouTubeThumbnail(youtubeId: string, baseUrl: string): Promise<{ image: FetchedImage | null; failures: string[] }> {
  const failures: string[] = []
  for (const size of SIZES) {
    const url = `${baseUrl}/vi/${encodeURIComponent(youtubeId)}/${size}`
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' })
      const mimetype = (response.headers.get('content-type') ?? '').split(';')[0].trim()
      if (!response.ok) {
        failures.push(`${url}: HTTP ${response.status}`)
        continue
      }
      if (!IMAGE_MIME_TYPES.includes(mimetype)) {
        failures.push(`${url}: not an image (${mimetype || 'no content type'})`)
        continue
      }
      const data = Buffer.from(await response.arrayBuffer())
      if (data.length === 0 || data.length > MAX_UPLOAD_BYTES) {
        failures.push(`${url}: ${data.length} bytes`)
        continue
      }
      return { image: { data, mimetype, name: `youtube-${youtubeId}-${size}`, size: data.length, url }, failures }
    } catch (caught) {
      failures.push(`${url}: ${(caught as Error).message}`)
      // A network failure will not differ for the next size.
      break
    }
  }
  return { image: null, failures }
}
