import { asEditor, youtubeDescriptionEndpoint } from '@/lib/data/youtubeDescriptionEndpoint'

export const videoYouTubeDescription = youtubeDescriptionEndpoint(
  async (req, id) => {
    const { docs } = await req.payload.find({ ...asEditor(req), collection: 'posts', where: { video: { equals: id } }, limit: 1 })
    return docs[0] ?? null
  },
  'No script is linked to this video yet: choose this video in a post’s sidebar to generate its description.',
)
