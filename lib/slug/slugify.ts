/** URL slugs: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 120

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', '&': ' and ',
}

export function slugify(input: string): string {
  const lowered = input.toLowerCase().replace(/[ßæœøđðþłı&]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
  return lowered
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '')
}

/** Returns an error message, or true when the slug is acceptable. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > SLUG_MAX_LENGTH) return `A slug may be at most ${SLUG_MAX_LENGTH} characters.`
  if (!SLUG_PATTERN.test(value)) {
    return 'A slug may contain only lowercase letters a–z, digits and single hyphens between them (e.g. "my-first-script").'
  }
  return true
}
