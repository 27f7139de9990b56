'use client'

import { useEffect, useRef } from 'react'

import { nocookieEmbedUrl } from '@/lib/youtube/embedUrl'


/**
 * Replaces the poster link with the player when the reader activates it. Chapter links for the
 * same video (`a[data-video-id][data-start]`, see ChapterLink) play it from their second, as do
 * `scriptorium:play-video` events on the embed.
 */
export function VideoEmbedActivator({ youtubeId, title }: { youtubeId: string; title: string }) {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const container = marker.current?.closest<HTMLElement>('.video-embed')
    const poster = container?.querySelector<HTMLAnchorElement>('.video-embed__poster')
    if (!container || !poster) return
    const play = (start: number) => {
      const iframe = document.createElement('iframe')
      iframe.src = nocookieEmbedUrl(youtubeId, { autoplay: true, start })
      iframe.title = title
      iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
      iframe.allowFullscreen = true
      iframe.className = 'video-embed__player'
      container.querySelector('.video-embed__player')?.remove()
      poster.hidden = true
      container.appendChild(iframe)
      iframe.focus()
    }
    const onClick = (event: MouseEvent) => {
      event.preventDefault()
      play(Number(container.dataset.start ?? 0))
    }
    // Links are activated by Enter already; Space is added because the poster acts as a button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === ' ') {
        event.preventDefault()
        play(Number(container.dataset.start ?? 0))
      }
    }
    const onChapter = (event: Event) => play((event as CustomEvent<{ start: number }>).detail.start)
    const onChapterLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-video-id][data-start]')
      if (!link || link.dataset.videoId !== youtubeId || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
      event.preventDefault()
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
      container.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' })
      play(Number(link.dataset.start))
    }
    poster.setAttribute('role', 'button')
    poster.addEventListener('click', onClick)
    poster.addEventListener('keydown', onKey)
    container.addEventListener('scriptorium:play-video', onChapter)
    document.addEventListener('click', onChapterLink)
    return () => {
      document.removeEventListener('click', onChapterLink)
      poster.removeEventListener('click', onClick)
      poster.removeEventListener('keydown', onKey)
      container.removeEventListener('scriptorium:play-video', onChapter)
    }
  }, [youtubeId, title])
  return <span ref={marker} hidden />
}
