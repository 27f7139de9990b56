/**
 * The archive route's catch-all segments: `[]` is `/archive` (the newest year), `['2019']` is
 * that year's page; anything else is not an archive address (undefined → 404).
 */
export function archiveYearParam(rest: string[] | undefined): number | null | undefined {
  if (!rest?.length) return null
  if (rest.length === 1 && /^[1-9]\d{3}$/.test(rest[0])) return Number(rest[0])
  return undefined
}
