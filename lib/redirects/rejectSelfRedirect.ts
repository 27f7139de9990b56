import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { internalDocPath } from '@/lib/richtext/siteHref'

type RedirectData = {
  from?: string | null
  to?: { type?: 'reference' | 'custom' | null; url?: string | null; reference?: { relationTo: 'posts' | 'pages'; value: unknown } | null } | null
}

/** A redirect from an address to itself would loop in every browser: refused with the reason on `from`. */
export const rejectSelfRedirect: CollectionBeforeChangeHook = async ({ data, req }) => {
  const { from, to } = data as RedirectData
  if (!from || !to) return data
  let target = to.type === 'custom' ? to.url : null
  if (to.type === 'reference' && to.reference?.value) {
    const id = typeof to.reference.value === 'object' ? (to.reference.value as { id: number }).id : (to.reference.value as number)
    const doc = await req.payload.findByID({ collection: to.reference.relationTo, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req, select: { slug: true } })
    target = doc ? internalDocPath({ relationTo: to.reference.relationTo, value: doc }) : null
  }
  if (target && target.replace(/\/+$/, '') === from) {
    throw new ValidationError({ errors: [{ path: 'from', message: `${from} is where this redirect leads: it would send readers round in a loop.` }] }, req.t)
  }
  return data
}
