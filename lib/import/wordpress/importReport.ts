/** What an import did, per type, and everything it could not carry over. */
export const REPORT_TYPES = ['posts', 'pages', 'categories', 'tags', 'series', 'authors', 'media', 'sources', 'videos', 'channels', 'redirects'] as const
export type ReportType = (typeof REPORT_TYPES)[number]
export type Tally = { created: number; updated: number; skipped: number }

export type ImportReport = {
  file: string
  dryRun: boolean
  counts: Record<ReportType, Tally>
  /** Items and rows not imported by design (comments, menus, cached embeds…), counted by kind. */
  internals: Record<string, number>
  warnings: string[]
}

export function emptyReport(file: string, dryRun: boolean): ImportReport {
  return {
    file,
    dryRun,
    counts: Object.fromEntries(REPORT_TYPES.map((type) => [type, { created: 0, updated: 0, skipped: 0 }])) as Record<ReportType, Tally>,
    internals: {},
    warnings: [],
  }
}

export const tally = (report: ImportReport, type: ReportType, outcome: keyof Tally) => void report.counts[type][outcome]++
export const countInternal = (report: ImportReport, kind: string, by = 1) => void (report.internals[kind] = (report.internals[kind] ?? 0) + by)

/** The report as the command prints it and the import run keeps it. */
export function formatReport(report: ImportReport): string {
  const lines = [`${report.dryRun ? 'Dry run (nothing was written)' : 'Imported'}: ${report.file}`, '', 'type          created  updated  skipped']
  for (const type of REPORT_TYPES) {
    const { created, updated, skipped } = report.counts[type]
    lines.push(`${type.padEnd(12)} ${String(created).padStart(8)} ${String(updated).padStart(8)} ${String(skipped).padStart(8)}`)
  }
  const internals = Object.entries(report.internals).sort(([a], [b]) => a.localeCompare(b))
  if (internals.length) lines.push('', `Not imported by design: ${internals.map(([kind, count]) => `${count} ${kind}`).join(', ')}`)
  lines.push('', report.warnings.length ? `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:` : 'No warnings.')
  for (const warning of report.warnings) lines.push(`- ${warning}`)
  return lines.join('\n')
}
