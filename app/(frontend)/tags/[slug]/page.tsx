import { termRoute } from '@/components/terms/termRoute'

const route = termRoute('tags')

export const generateMetadata = route.generateMetadata
export default route.Page
