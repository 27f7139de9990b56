import type { UIField } from 'payload'

/**
 * Added to the fields of every block (not inline block) in a rich text: keeps the block's node in
 * step with its fields as they are typed, so that Publish right after typing keeps them
 * (components/admin/BlockFieldsToNode.tsx says why).
 */
export const blockFieldsToNode: UIField = {
  name: 'fieldsToEditor',
  type: 'ui',
  admin: { components: { Field: '/components/admin/BlockFieldsToNode#BlockFieldsToNode' } },
}
