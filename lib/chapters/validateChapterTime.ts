import { parseClockTime } from '@/lib/youtube/parseTimestamp'

/** Field validation for a chapter marker's time: m:ss or h:mm:ss. */
export function validateChapterTime(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) return 'Enter the time this chapter starts, e.g. 0:00 or 12:34.'
  return parseClockTime(value) === null ? `"${value}" is not a time; write it as m:ss or h:mm:ss, e.g. 12:34 or 1:02:03.` : true
}
