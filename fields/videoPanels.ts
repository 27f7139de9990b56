import type { UIField } from 'payload'

/** Sidebar panel with the generated YouTube description and a copy button (admin only, not stored). */
export const youtubeDescriptionField: UIField = {
  name: 'youtubeDescription',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/YouTubeDescriptionField#YouTubeDescriptionField' },
  },
}

/** Sidebar panel listing the script's chapters with YouTube's rules checked live (admin only, not stored). */
export const chapterChecklistField: UIField = {
  name: 'chapterChecklist',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/ChapterChecklist#ChapterChecklist' },
  },
}
