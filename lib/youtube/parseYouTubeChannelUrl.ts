/**
 * Channel URLs in the four forms YouTube uses: /channel/UC…, /@handle, /c/name, /user/name.
 * Saved in a canonical https://www.youtube.com/… form without query or fragment, which drops
 * tracking parameters such as src_vid, feature, annotation_id and si.
 */
export type ChannelParseResult = { ok: true; url: string } | { ok: false; reason: string }

const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com'])
const FORMS: RegExp[] = [
  /^\/channel\/(UC[A-Za-z0-9_-]{22})\/?$/,
  /^\/(@[\p{L}\p{N}._-]{3,100})\/?$/u,
  /^\/c\/([^/]{1,100})\/?$/,
  /^\/user\/([A-Za-z0-9]{1,100})\/?$/,
]
const PREFIX = ['/channel/', '/', '/c/', '/user/']

export function parseYouTubeChannelUrl(input: string): ChannelParseResult {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return { ok: false, reason: 'This is not a URL. Paste the channel’s address, e.g. https://www.youtube.com/@handle' }
  }
  if (!['https:', 'http:'].includes(url.protocol) || !HOSTS.has(url.hostname.toLowerCase())) {
    return { ok: false, reason: 'The channel URL must be on youtube.com.' }
  }
  const path = decodeURIComponent(url.pathname)
  for (const [index, form] of FORMS.entries()) {
    const match = form.exec(path)
    if (match) return { ok: true, url: `https://www.youtube.com${PREFIX[index]}${encodeURI(match[1])}` }
  }
  return {
    ok: false,
    reason: 'Use a channel URL in one of the forms youtube.com/channel/UC…, youtube.com/@handle, youtube.com/c/name or youtube.com/user/name.',
  }
}
