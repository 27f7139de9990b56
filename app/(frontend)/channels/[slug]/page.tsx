import { termRoute } from '@/components/terms/termRoute'

const route = termRoute('channels')

export const generateMetadata = route.generateMetadata
export default route.Page
