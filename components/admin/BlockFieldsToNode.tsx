'use client'

import { $isBlockNode } from '@payloadcms/richtext-lexical/client'
import { $getNodeByKey, $getRoot, type LexicalEditor, type LexicalNode, SKIP_DOM_SELECTION_TAG } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef } from 'react'

type Values = Record<string, unknown>

/** This component's own writes, which its update listener need not look at again. */
const OWN_UPDATE = 'scriptorium-block-fields'

/**
 * Makes the block's node in the editor hold what the block's fields hold, when they differ.
 * Only the fields the form has are compared, so Payload's own additions to the node stay.
 */
function writeFieldsIntoNode(editor: LexicalEditor, values: Values, knownKey: { current: string | null }): void {
  if (typeof values.id !== 'string') return
  const found = editor.getEditorState().read(() => {
    const isThisBlock = (node: LexicalNode | null) => $isBlockNode(node) && node.getFields().id === values.id
    // The node's key, found once (a walk over every node of a long script on each keystroke would add up).
    let node = knownKey.current ? $getNodeByKey(knownKey.current) : null
    if (!isThisBlock(node)) node = $dfs($getRoot()).find(({ node: each }) => isThisBlock(each))?.node ?? null
    return node && $isBlockNode(node) ? { key: node.getKey(), fields: node.getFields() as Values } : null
  })
  if (!found) return
  knownKey.current = found.key
  const differs = Object.keys(values).some((name) => JSON.stringify(values[name]) !== JSON.stringify(found.fields[name]))
  if (!differs) return
  const next = { ...found.fields, ...values, blockType: found.fields.blockType }
  editor.update(
    () => {
      const node = $getNodeByKey(found.key)
      // Without a form-state rebuild, as Payload's own update does (a rebuild would reset the block's fields).
      if ($isBlockNode(node)) node.setFields(next as Parameters<typeof node.setFields>[0], true)
    },
    { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, OWN_UPDATE] },
  )
}

/**
 * Keeps a block's node in the editor in step with its fields as they are typed. richtext-lexical
 * 3.90.1 writes a block's fields into its node only after a 250 ms debounce, a server round trip
 * (getFormState) and a timeout, and then writes the whole field set from the moment its request
 * began: a Publish clicked right after typing sent the document without what was typed, or with a
 * source chosen a moment earlier taken out again (found in the citation editor e2e test). So the
 * fields are written at once, and again after any editor update that left the node behind them;
 * they reach the document form as text typed in the editor does. Rendered by a `ui` field in the
 * block (fields/blockFieldsToNode.ts); it shows nothing.
 */
export function BlockFieldsToNode() {
  const [editor] = useLexicalComposerContext()
  const [fields] = useAllFormFields()
  const latest = useRef<Values | null>(null)
  const nodeKey = useRef<string | null>(null)

  useEffect(() => {
    latest.current = reduceFieldsToValues(fields, true) as Values
    writeFieldsIntoNode(editor, latest.current, nodeKey)
  }, [editor, fields])

  useEffect(
    () =>
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has(OWN_UPDATE) || !latest.current) return
        const values = latest.current
        // After the update that may have put older fields into the node, never inside it.
        queueMicrotask(() => writeFieldsIntoNode(editor, values, nodeKey))
      }),
    [editor],
  )
  return null
}
