import { seedDemoContent } from '@/lib/seed/seedDemoContent'

import { migratedPayload } from './migratedPayload'

type Options = {
  /** `always` (npm run seed) or `never` (npm run migrate); `npm start`'s server seeds an empty database itself. */
  seed: 'always' | 'never'
}

/**
 * Applies pending committed migrations, then seeds demo content as asked.
 * For `npm run migrate` and `npm run seed`, which boot Payload in their own process.
 */
export async function prepareDatabase({ seed }: Options) {
  const payload = await migratedPayload()
  if (seed === 'always') await seedDemoContent(payload)
}
