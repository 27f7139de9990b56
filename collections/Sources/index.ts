import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { slugField } from '@/fields/slugField'
import { validateDoi } from '@/lib/validation/doi'
import { validateHttpUrl } from '@/lib/validation/httpUrl'
import { validateIsbn } from '@/lib/validation/isbn'
import { validateYear } from '@/lib/validation/year'

import { countCitingPosts, findPossibleDuplicates } from './hooks/citationFacts'
import { refuseDeleteWhenCited } from './hooks/refuseDeleteWhenCited'
import { setSourceKeys } from './hooks/setSourceKeys'
import { sourceTypeOptions } from './sourceTypes'

export const Sources: CollectionConfig<'sources'> = {
  slug: 'sources',
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  admin: {
    useAsTitle: 'citationLabel',
    defaultColumns: ['citationLabel', 'type', 'issued.year', 'citationCount', 'updatedAt'],
    listSearchableFields: ['citationLabel', 'title', 'containerTitle'],
    description: 'Books, articles, documents and recordings that scripts quote and cite.',
  },
  defaultSort: 'title',
  fields: [
    { name: 'type', type: 'select', required: true, defaultValue: 'book', options: sourceTypeOptions },
    {
      name: 'authors',
      type: 'array',
      labels: { singular: 'Author', plural: 'Authors' },
      admin: { description: 'Family and given names, or a literal name for an organisation.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'family', type: 'text' },
            { name: 'given', type: 'text' },
            { name: 'literal', type: 'text', admin: { description: 'e.g. "Central Committee of the CPSU"' } },
          ],
        },
      ],
      validate: (rows: unknown) => {
        const list = Array.isArray(rows) ? (rows as { family?: string | null; literal?: string | null }[]) : []
        const bad = list.findIndex((row) => !row?.family?.trim() && !row?.literal?.trim())
        return bad === -1 ? true : `Author ${bad + 1} needs a family name or a literal name.`
      },
    },
    { name: 'title', type: 'text', required: true },
    { name: 'containerTitle', type: 'text', admin: { description: 'The book, journal or site this appears in.' } },
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'text' },
        { name: 'place', type: 'text', admin: { description: 'Place of publication.' } },
      ],
    },
    {
      name: 'issued',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', validate: validateYear },
            { name: 'month', type: 'number', min: 1, max: 12 },
            { name: 'day', type: 'number', min: 1, max: 31 },
          ],
        },
      ],
    },
    { name: 'pages', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'url', type: 'text', validate: validateHttpUrl },
        { name: 'archiveUrl', type: 'text', validate: validateHttpUrl, admin: { description: 'A Wayback Machine or archive copy.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'isbn', label: 'ISBN', type: 'text', validate: validateIsbn },
        { name: 'doi', label: 'DOI', type: 'text', validate: validateDoi },
        { name: 'language', type: 'text', admin: { description: 'e.g. en, ru, de' } },
      ],
    },
    { name: 'note', type: 'textarea', admin: { description: 'Your own assessment, e.g. "out of date; only the quoted evidence is used".' } },
    slugField(),
    {
      // "Bacon — Novum Organum (1620)": what pickers show and search.
      name: 'citationLabel',
      label: 'Source',
      type: 'text',
      index: true,
      admin: { readOnly: true, hidden: true },
    },
    { name: 'dedupeKey', type: 'text', index: true, admin: { hidden: true, readOnly: true } },
    {
      name: 'citationCount',
      label: 'Cited in (posts)',
      type: 'number',
      virtual: true,
      hooks: { afterRead: [countCitingPosts] },
      admin: { readOnly: true, position: 'sidebar', description: 'Posts citing this source or listing it in their SOURCES.' },
    },
    {
      name: 'possibleDuplicates',
      type: 'array',
      virtual: true,
      hooks: { afterRead: [findPossibleDuplicates] },
      admin: { hidden: true },
      fields: [
        { name: 'sourceId', type: 'number' },
        { name: 'title', type: 'text' },
      ],
    },
    {
      name: 'duplicateWarning',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/DuplicateSourceWarning#DuplicateSourceWarning' } },
    },
  ],
  hooks: {
    beforeChange: [setSourceKeys],
    beforeDelete: [refuseDeleteWhenCited],
  },
}
