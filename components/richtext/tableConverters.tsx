import type { DefaultNodeTypes } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

type TableNodes = Extract<DefaultNodeTypes, { type: 'table' | 'tablerow' | 'tablecell' }>

/**
 * Tables as plain semantic HTML: Payload's own converters write inline borders and paddings
 * (styles the site keeps in its stylesheet, and inline styles a strict CSP would refuse). The
 * wrapper scrolls sideways on a narrow screen and can be focused to do so by keyboard.
 */
export const tableConverters: JSXConverters<TableNodes> = {
  table: ({ node, nodesToJSX }) => (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table>
        <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
      </table>
    </div>
  ),
  tablerow: ({ node, nodesToJSX }) => <tr>{nodesToJSX({ nodes: node.children })}</tr>,
  tablecell: ({ node, nodesToJSX }) => {
    const Cell = node.headerState > 0 ? 'th' : 'td'
    return (
      <Cell colSpan={node.colSpan && node.colSpan > 1 ? node.colSpan : undefined} rowSpan={node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined}>
        {nodesToJSX({ nodes: node.children })}
      </Cell>
    )
  },
}
