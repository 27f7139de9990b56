import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

/** Each WordPress import (or dry run) with its report, kept so that it can be read later. */
export const ImportRuns: CollectionConfig<'import-runs'> = {
  slug: 'import-runs',
  labels: { singular: 'Import run', plural: 'Import runs' },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'file', defaultColumns: ['file', 'status', 'startedAt', 'finishedAt'], group: 'Settings', description: 'WordPress imports and their reports.' },
  defaultSort: '-startedAt',
  fields: [
    { name: 'file', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'running',
      options: [
        { label: 'Running', value: 'running' },
        { label: 'Imported', value: 'succeeded' },
        { label: 'Dry run', value: 'dry-run' },
        { label: 'Failed (nothing written)', value: 'failed' },
      ],
      admin: { readOnly: true },
    },
    { name: 'progress', type: 'text', admin: { readOnly: true } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'summary', type: 'textarea', admin: { readOnly: true, description: 'The report as the command line prints it.' } },
    { name: 'report', type: 'json', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
  ],
}
