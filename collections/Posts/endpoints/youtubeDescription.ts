import { asEditor, youtubeDescriptionEndpoint } from '@/lib/data/youtubeDescriptionEndpoint'

export const postYouTubeDescription = youtubeDescriptionEndpoint(
  (req, id) => req.payload.findByID({ ...asEditor(req), collection: 'posts', id, disableErrors: true }),
  'There is no post with this id.',
)
