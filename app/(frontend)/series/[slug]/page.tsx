import { termRoute } from '@/components/terms/termRoute'

const route = termRoute('series')

export const generateMetadata = route.generateMetadata
export default route.Page
