// citation-js ships no type declarations; these cover the parts Scriptorium uses.
declare module '@citation-js/core' {
  export type CslName = { family?: string; given?: string; literal?: string }
  export type CslItem = {
    id: string
    type: string
    title?: string
    author?: CslName[]
    issued?: { 'date-parts': (number | string)[][] }
    [field: string]: unknown
  }
  export type CitationItem = { id: string; locator?: string; label?: string; prefix?: string; suffix?: string }
  export type Citation = { citationID?: string; citationItems: CitationItem[]; properties: { noteIndex: number } }
  export type CiteprocEngine = {
    updateItems(ids: string[]): void
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false
    rebuildProcessorState(citations: Citation[], format: string, uncitedItemIDs: string[]): [string, number, string][]
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>)
    static async(data: unknown): Promise<Cite>
    data: CslItem[]
    format(format: string, options?: Record<string, unknown>): string
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean }
        engine(data: CslItem[], style: string, lang: string, format: string): CiteprocEngine
      }
    }
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
