import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

import { confirmImport } from './endpoints/confirmImport'
import { uploadExport } from './endpoints/uploadExport'

// Written by the importer only: the REST API may read these but never set them.
const serverOnly = { create: () => false, update: () => false }

/** Each WordPress import (or dry run) with its report, kept so that it can be read later. */
export const ImportRuns: CollectionConfig<'import-runs'> = {
  slug: 'import-runs',
  labels: { singular: 'Import run', plural: 'Import runs' },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'file', defaultColumns: ['file', 'status', 'startedAt', 'finishedAt'], group: 'Settings', description: 'WordPress imports and their reports.' },
  defaultSort: '-startedAt',
  endpoints: [uploadExport, confirmImport],
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
    // Every warning is in it: Payload's default 40,000 characters is a few hundred (an export whose images are all out of reach).
    { name: 'summary', type: 'textarea', maxLength: 10_000_000, admin: { readOnly: true, description: 'The report as the command line prints it.' } },
    { name: 'report', type: 'json', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'overwrite', type: 'checkbox', label: 'Overwrote posts edited here', access: serverOnly, admin: { readOnly: true } },
        { name: 'fetchMedia', type: 'checkbox', label: 'Downloaded images', access: serverOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'dryRunOf',
      type: 'relationship',
      relationTo: 'import-runs',
      label: 'Confirmed dry run',
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', description: 'The dry run this import was confirmed from (admin imports).' },
    },
    // The export uploaded in the admin, under the data directory until the real import ends.
    { name: 'upload', type: 'text', access: serverOnly, admin: { hidden: true } },
    {
      name: 'runner',
      type: 'group',
      label: 'Running in',
      access: serverOnly,
      admin: { position: 'sidebar', description: 'The process that ran the import; a run left “running” by a process that is gone is marked failed.' },
      fields: [
        { name: 'host', type: 'text', admin: { readOnly: true } },
        { name: 'pid', type: 'number', admin: { readOnly: true } },
        { name: 'job', type: 'number', label: 'Job id', admin: { readOnly: true } },
        { name: 'heartbeatAt', type: 'date', label: 'Last heartbeat', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyy HH:mm:ss' } } },
      ],
    },
  ],
}
