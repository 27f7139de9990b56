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
