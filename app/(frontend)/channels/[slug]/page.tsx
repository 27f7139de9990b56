import { termRoute } from '@/components/terms/termRoute'

const route = termRoute('channels')

// Rendered on first request and cached until a change drops it (lib/cache/invalidationPolicy.ts);
// the interval bounds staleness where no hook can announce a change (a scheduled publish).
export const revalidate = 60
export const dynamicParams = true
export function generateStaticParams(): { slug: string }[] {
  return []
}

export const generateMetadata = route.generateMetadata
export default route.Page
