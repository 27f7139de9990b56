'use client'

import type { PublishButtonClientProps } from 'payload'
import { PublishButton, useFormBackgroundProcessing } from '@payloadcms/ui'
import { type MouseEvent, useEffect, useRef } from 'react'

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }))
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Payload's Publish button, clicked only once what was typed has reached the document form.
 * richtext-lexical 3.90.1 hands the editor's content to the form in an idle callback (up to 500 ms
 * later on a busy device) and Payload's Publish sends what the form holds at the click, so a
 * Publish right after typing published the text without its last words; and a click while an
 * autosave is being sent is not taken. Here the click waits (after the editor's pending hand-over,
 * which was queued first, then a frame and React's commit, twice for the block fields it
 * triggers; then for the autosave to finish) and is then made again, this time let through.
 */
export function PublishWhenSettled(props: PublishButtonClientProps) {
  const autosaving = useFormBackgroundProcessing()
  const busy = useRef(autosaving)
  useEffect(() => {
    busy.current = autosaving
  }, [autosaving])
  const letThrough = useRef(false)

  const settleFirst = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest('button')
    if (!button) return
    if (letThrough.current) {
      letThrough.current = false
      return
    }
    event.preventDefault()
    event.stopPropagation()
    void (async () => {
      for (let round = 0; round < 2; round++) {
        await idle()
        await frame()
        await task()
      }
      while (busy.current) await new Promise((resolve) => setTimeout(resolve, 50))
      letThrough.current = true
      button.click()
    })()
  }

  return (
    <div onClickCapture={settleFirst} style={{ display: 'contents' }}>
      <PublishButton {...props} />
    </div>
  )
}
