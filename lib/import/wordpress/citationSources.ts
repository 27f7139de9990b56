import type { CitationLine } from './parseCitationLine'

/** Finds or creates the source an author and title name; its id. */
export type SourceResolver = (author: string, title: string) => Promise<number>

/** The source of each citation of one post, asked in reading order (quotations and inline citations alike). */
export type CitationSources = { sourceOf: (citation: CitationLine) => Promise<number | null> }

/**
 * A citation that names its author and title has that source (found or created); a bare
 * `(p. 319)` has the source of the citation before it, whichever kind that was; null when none came before.
 */
export function citationSources(resolveSource: SourceResolver): CitationSources {
  let previous: number | null = null
  return {
    async sourceOf(citation) {
      if (citation.author && citation.title) previous = await resolveSource(citation.author, citation.title)
      return previous
    },
  }
}
