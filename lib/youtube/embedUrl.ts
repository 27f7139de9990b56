/** The privacy-enhanced player URL (youtube-nocookie.com); `start` in whole seconds. */
export function nocookieEmbedUrl(id: string, options: { start?: number; autoplay?: boolean } = {}): string {
  const params = new URLSearchParams()
  if (options.autoplay) params.set('autoplay', '1')
  if (options.start !== undefined) params.set('start', String(Math.max(0, Math.floor(options.start))))
  const query = params.toString()
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}${query ? `?${query}` : ''}`
}
