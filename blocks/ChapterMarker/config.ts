import type { Block } from 'payload'

import { CHAPTER_MARKER_SLUG } from '@/lib/chapters/chapterMarker'
import { validateChapterTime } from '@/lib/chapters/validateChapterTime'

/**
 * An inline block the author drops into an h2/h3 heading of a script to say where that heading
 * starts in the video. The chapter list is derived from these markers.
 */
export const ChapterMarker: Block = {
  slug: CHAPTER_MARKER_SLUG,
  interfaceName: 'ChapterMarkerBlock',
  labels: { singular: 'Chapter time', plural: 'Chapter times' },
  admin: { components: { Label: '/blocks/ChapterMarker/Label#ChapterMarkerLabel' } },
  fields: [
    {
      name: 'time',
      type: 'text',
      required: true,
      validate: validateChapterTime,
      admin: { placeholder: '12:34', description: 'Where this heading starts in the video, as m:ss or h:mm:ss (the first chapter is 0:00).' },
    },
  ],
}
