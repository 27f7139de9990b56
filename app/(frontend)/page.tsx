import { LatestPosts } from '@/components/posts/LatestPosts'

export default function HomePage() {
  return <LatestPosts page={1} />
}
