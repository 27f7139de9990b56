import type { TextField } from 'payload'

/**
 * The item's id in the WordPress export it came from (`wp:post_id`, `wp:term_id`): re-running an
 * import updates the document that has it instead of adding a copy (lib/import/wordpress).
 */
export const wordpressIdField: TextField = {
  name: 'wordpressId',
  label: 'WordPress id',
  type: 'text',
  index: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Set by the WordPress import; it updates this document when run again.' },
}

/**
 * The item's `guid` in the export: WordPress never changes it, not even when the blog moves to
 * another domain, so an export taken after such a move still finds the documents it wrote.
 */
export const wordpressGuidField: TextField = {
  name: 'wordpressGuid',
  label: 'WordPress guid',
  type: 'text',
  index: true,
  admin: { position: 'sidebar', readOnly: true, hidden: true },
}
