'use client'

import { $isBlockNode } from '@payloadcms/richtext-lexical/client'
import { $getNodeByKey, $getRoot, SKIP_DOM_SELECTION_TAG } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect } from 'react'

/**
 * Writes a block's fields into its node in the editor as they are typed. richtext-lexical 3.90.1
 * gets there only after a 250 ms debounce, a server round trip (getFormState) and a timeout, so a
 * Publish clicked right after typing in a block field sent the document without it; written at
 * once, the field reaches the document form like text typed in the editor itself does. Payload's
 * own later update writes the same values (normalised by the server). Rendered by a `ui` field in
 * the block (fields/blockFieldsToNode.ts); it shows nothing.
 */
export function BlockFieldsToNode() {
  const [editor] = useLexicalComposerContext()
  const [fields] = useAllFormFields()
  useEffect(() => {
    const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
    if (typeof values.id !== 'string') return
    const found = editor.getEditorState().read(() => {
      const node = $dfs($getRoot()).find(({ node: each }) => $isBlockNode(each) && each.getFields().id === values.id)?.node
      return node && $isBlockNode(node) ? { key: node.getKey(), fields: node.getFields() } : null
    })
    if (!found) return
    const next = { ...found.fields, ...values, blockType: found.fields.blockType }
    if (JSON.stringify(next) === JSON.stringify(found.fields)) return
    // Without a form-state rebuild, as Payload's own update does (a rebuild would reset the block's fields).
    editor.update(
      () => {
        const node = $getNodeByKey(found.key)
        if ($isBlockNode(node)) node.setFields(next, true)
      },
      { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
    )
  }, [editor, fields])
  return null
}
