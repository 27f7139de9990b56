import type { ImportRun } from '@/payload-types'

import { refusal } from './refusal'

/** 409: one import at a time (two would contend for the same rows, and the reports would mix). */
export const busyRefusal = (running: ImportRun) =>
  refusal(409, `Another import is running (${running.file}, import run ${running.id}, since ${running.startedAt ?? 'a moment ago'}); wait until it has finished.`)
