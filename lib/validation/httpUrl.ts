/** Only http(s) URLs are stored as links; anything else is a clear error. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Enter a URL.'
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
    return `Only http:// and https:// links are allowed (got "${url.protocol}").`
  } catch {
    return `"${value}" is not a valid URL; it must start with https:// or http://.`
  }
}
