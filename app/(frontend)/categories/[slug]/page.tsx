import { termRoute } from '@/components/terms/termRoute'

const route = termRoute('categories')

export const generateMetadata = route.generateMetadata
export default route.Page
