/** Seconds as an ISO 8601 duration, e.g. 1934 → "PT32M14S" (schema.org `duration`). */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60]
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`
}
