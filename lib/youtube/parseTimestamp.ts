/**
 * Parses a YouTube start time: "90", "90s", "1m30", "1m30s", "1h2m3s".
 * Returns seconds, or null when the value is not a time.
 */
const HMS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/

export function parseTimestamp(raw: string | null | undefined): number | null {
  if (!raw) return null
  const match = HMS.exec(raw.trim().toLowerCase())
  if (!match || (!match[1] && !match[2] && !match[3])) return null
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0))
  return hours * 3600 + minutes * 60 + seconds
}

const CLOCK = /^(?:(\d+):([0-5]\d)|(\d+)):([0-5]\d)$/

/**
 * Parses a clock time as YouTube writes chapters: "0:00", "12:34", "1:02:03".
 * Returns seconds, or null when the value is not such a time.
 */
export function parseClockTime(raw: string | null | undefined): number | null {
  const match = CLOCK.exec((raw ?? '').trim())
  if (!match) return null
  const [, hours, minutesAfterHours, minutesAlone, seconds] = match
  if (hours !== undefined) return Number(hours) * 3600 + Number(minutesAfterHours) * 60 + Number(seconds)
  return Number(minutesAlone) * 60 + Number(seconds)
}

/** "1:02:03" / "12:34" for chapter lists and durations. */
export function formatTimestamp(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
