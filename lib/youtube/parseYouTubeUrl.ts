import { parseTimestamp } from './parseTimestamp'

/**
 * Strict parser for the YouTube video URL field: the forms a person copies from YouTube
 * (watch, youtu.be, embed, nocookie embed, shorts, live, mobile), with an optional start time.
 * Legacy and third-party forms are refused so the stored id is never a guess.
 * Cases: ../shared/fixtures/youtube-urls.json.
 */
export type YouTubeVideoRef = { id: string; start: number | null }
export type ParseResult = ({ ok: true } & YouTubeVideoRef) | { ok: false; reason: string }

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/
const WATCH_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com'])
const EMBED_HOSTS = new Set([...WATCH_HOSTS, 'youtube-nocookie.com', 'www.youtube-nocookie.com'])
// Path segments that are 11 characters long but never a video id.
const NOT_IDS = new Set(['videoseries'])

const fail = (reason: string): ParseResult => ({ ok: false, reason })

function startFrom(url: URL): number | null {
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''))
  for (const value of [url.searchParams.get('t'), url.searchParams.get('start'), fragment.get('t'), fragment.get('start')]) {
    if (value !== null) return parseTimestamp(value)
  }
  return null
}

function idFromUrl(url: URL): string | null | undefined {
  const host = url.hostname.toLowerCase()
  const segments = url.pathname.split('/').filter(Boolean)
  if (host === 'youtu.be') return segments.length === 1 ? segments[0] : undefined
  if (WATCH_HOSTS.has(host) && url.pathname === '/watch') return url.searchParams.get('v')
  if (WATCH_HOSTS.has(host) && segments.length === 2 && (segments[0] === 'shorts' || segments[0] === 'live')) {
    return segments[1]
  }
  if (EMBED_HOSTS.has(host) && segments.length === 2 && segments[0] === 'embed') return segments[1]
  return undefined
}

export function parseYouTubeUrl(input: string): ParseResult {
  const text = input.trim()
  if (!text) return fail('Enter the video’s YouTube URL.')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return fail('This is not a URL. Paste the video’s address, e.g. https://www.youtube.com/watch?v=dQw4w9WgXcQ')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('The URL must start with https://')
  const id = idFromUrl(url)
  if (id === undefined) {
    return fail(
      'This is not a YouTube video URL. Use a link such as https://www.youtube.com/watch?v=…, https://youtu.be/…, /shorts/…, /live/… or /embed/… (not a channel, playlist or search page).',
    )
  }
  if (id === null || !VIDEO_ID.test(id) || NOT_IDS.has(id)) {
    return fail('The URL does not contain a valid YouTube video id (11 letters, digits, "-" or "_").')
  }
  return { ok: true, id, start: startFrom(url) }
}

export const youTubeWatchUrl = ({ id, start }: YouTubeVideoRef) =>
  `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`
