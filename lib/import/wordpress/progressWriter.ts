export type ProgressWriter = { push: (line: string) => void; flush: () => Promise<void> }

/**
 * Writes progress lines at most once per `intervalMs`, one write at a time, always the newest
 * line (lines pushed in between are skipped); `flush` waits for the write in flight and writes
 * the last line if it has not been written yet. A failed write is reported to `onError` and the
 * next line is tried as usual: progress is a courtesy, the import does not stop for it.
 */
export function progressWriter(write: (line: string) => Promise<void>, onError: (error: unknown) => void, intervalMs = 500): ProgressWriter {
  let pending: string | null = null
  let writing: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastWrite = -Infinity
  let flushing = false

  const writeNow = () => {
    timer = null
    if (pending === null) return
    const line = pending
    pending = null
    lastWrite = Date.now()
    writing = write(line)
      .catch(onError)
      .finally(() => {
        writing = null
        schedule()
      })
  }
  const schedule = () => {
    if (flushing || writing || timer || pending === null) return
    timer = setTimeout(writeNow, Math.max(0, lastWrite + intervalMs - Date.now()))
  }
  return {
    push: (line) => {
      pending = line
      schedule()
    },
    flush: async () => {
      flushing = true
      if (timer) clearTimeout(timer)
      timer = null
      while (writing || pending !== null) {
        if (writing) await writing
        else writeNow()
      }
      flushing = false
    },
  }
}
