import type { Field } from 'payload'

import { LOCATOR_LABELS, LOCATOR_MAX_LENGTH } from '@/lib/citations/locatorLabels'

/** The source and where in it: shared by inline citations and quotations. */
export const sourceAndLocatorFields = ({ required }: { required: boolean }): Field[] => [
  {
    name: 'source',
    type: 'relationship',
    relationTo: 'sources',
    required,
    admin: { description: 'Search by author or title, or add a new source with the + button.' },
  },
  {
    type: 'row',
    fields: [
      { name: 'label', label: 'Locator type', type: 'select', defaultValue: 'page', options: LOCATOR_LABELS, admin: { width: '40%' } },
      {
        name: 'locator',
        type: 'text',
        maxLength: LOCATOR_MAX_LENGTH,
        admin: { width: '60%', placeholder: '216 or 113–126', description: 'Short free text: a page, a range, a chapter, a time.' },
      },
    ],
  },
]
