/**
 * WordPress serves one upload under many addresses: resized copies (`photo-1024x768.jpg`), query
 * sizes on WordPress.com (`photo.jpg?w=640&h=480`) and the Photon CDN (`i0.wp.com/host/path`).
 * All of them are the same image: the original's address is the key that deduplicates Media.
 */
const SIZE_SUFFIX = /-\d{1,5}x\d{1,5}(?=\.[a-z0-9]{2,5}$)/i
const SCALED_SUFFIX = /-scaled(?=\.[a-z0-9]{2,5}$)/i
const PHOTON_HOST = /^i[0-3]\.wp\.com$/i
// Query parameters that only choose a size or crop on WordPress.com and Photon.
const SIZE_PARAMS = ['w', 'h', 'resize', 'fit', 'crop', 'ssl', 'zoom', 'quality', 'strip']

/** The original upload's URL for any of its WordPress addresses; other URLs come back normalised only. */
export function originalMediaUrl(input: string): string {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return input.trim()
  }
  if (PHOTON_HOST.test(url.hostname)) {
    const [host, ...rest] = url.pathname.replace(/^\/+/, '').split('/')
    url = new URL(`https://${host}/${rest.join('/')}${url.search}`)
  }
  const isWordPressUpload = /\/wp-content\/uploads\//.test(url.pathname) || /\.files\.wordpress\.com$|\.wordpress\.com$|\.wp\.com$/i.test(url.hostname)
  if (!isWordPressUpload) return url.href
  url.pathname = url.pathname.replace(SIZE_SUFFIX, '').replace(SCALED_SUFFIX, '')
  for (const param of SIZE_PARAMS) url.searchParams.delete(param)
  url.hash = ''
  return url.href
}
