'use client'

import { Banner, Button, CheckboxInput, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import type { ImportRun } from '@/payload-types'

import { sendExport } from './sendExport'
import { useImportRun } from './useImportRun'

type Props = { resumeRunId: number | null; resumeIsDryRun: boolean }

/**
 * The import, step by step: choose the export and upload it (its dry run starts at once), read the
 * dry run's report, press Import, follow the progress line, read the final report. The status line
 * is a polite live region, so screen readers hear the progress without losing their place.
 */
export function ImportWordPress({ resumeRunId, resumeIsDryRun }: Props) {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}/import-runs`
  const admin = config.routes.admin
  const [file, setFile] = useState<File | null>(null)
  const [fetchMedia, setFetchMedia] = useState(true)
  const [overwrite, setOverwrite] = useState(false)
  const [uploaded, setUploaded] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [dryRunId, setDryRunId] = useState<number | null>(resumeRunId !== null && resumeIsDryRun ? resumeRunId : null)
  const [importId, setImportId] = useState<number | null>(resumeRunId !== null && !resumeIsDryRun ? resumeRunId : null)
  const dryRun = useImportRun(api, dryRunId)
  const imported = useImportRun(api, importId)
  const reportHeading = useRef<HTMLHeadingElement>(null)
  const finished = (imported.run ?? dryRun.run)?.status
  // Once a report is there, it is where the reader continues.
  useEffect(() => {
    if (finished && finished !== 'running') reportHeading.current?.focus()
  }, [finished])

  const upload = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setRefusal('Choose the export file first (WordPress: Tools → Export → All content).')
    setBusy(true)
    setRefusal(null)
    const form = new FormData()
    form.append('fetchMedia', String(fetchMedia))
    form.append('overwrite', String(overwrite))
    form.append('file', file)
    const answer = await sendExport(`${api}/upload`, form, setUploaded)
    setBusy(false)
    setUploaded(null)
    if (answer.run) setDryRunId(answer.run.id)
    else setRefusal(answer.error)
  }
  const confirm = async () => {
    if (dryRunId === null) return
    setBusy(true)
    setRefusal(null)
    const answer = await sendExport(`${api}/${dryRunId}/confirm`, null, () => {})
    setBusy(false)
    if (answer.run) setImportId(answer.run.id)
    else setRefusal(answer.error)
  }
  const startOver = () => {
    setDryRunId(null)
    setImportId(null)
    setFile(null)
    setRefusal(null)
  }

  const status = statusLine(uploaded, file, dryRun.run, imported.run) ?? dryRun.error ?? imported.error ?? ''
  const choosing = dryRunId === null || dryRun.run?.status === 'failed'
  return (
    <div style={{ maxWidth: '60rem', display: 'grid', gap: 'calc(var(--base) * 1)' }}>
      <p>
        Export the blog in WordPress (Tools → Export → All content) and upload the file here. A dry run reads it first and reports what the
        import would create, update and skip; nothing is written until you press Import. The import is all or nothing.
      </p>
      {choosing && !importId && (
        <form onSubmit={upload} style={{ display: 'grid', gap: 'calc(var(--base) * 0.75)' }}>
          <div className="field-type">
            <label className="field-label" htmlFor="wordpress-export">
              WordPress export (.xml)
            </label>
            <input id="wordpress-export" name="file" type="file" accept=".xml,application/xml,text/xml" disabled={busy} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <CheckboxInput id="wordpress-fetch-media" name="fetchMedia" label="Download the images from the old site" checked={fetchMedia} onToggle={(event) => setFetchMedia(event.target.checked)} readOnly={busy} />
          <CheckboxInput id="wordpress-overwrite" name="overwrite" label="Overwrite posts and pages edited here since the last import" checked={overwrite} onToggle={(event) => setOverwrite(event.target.checked)} readOnly={busy} />
          <div>
            <Button type="submit" buttonStyle="primary" disabled={busy}>
              Upload and start the dry run
            </Button>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite" id="wordpress-import-status">
        {status}
      </p>
      {refusal && <Banner type="error">{refusal}</Banner>}
      {dryRun.run?.status === 'failed' && <Banner type="error">The dry run failed: {dryRun.run.error}</Banner>}
      {dryRun.run?.status === 'dry-run' && !importId && (
        <section aria-labelledby="dry-run-report">
          <h2 id="dry-run-report" ref={reportHeading} tabIndex={-1}>
            Dry run report
          </h2>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{dryRun.run.summary}</pre>
          <div style={{ display: 'flex', gap: 'var(--base)' }}>
            <Button buttonStyle="primary" onClick={confirm} disabled={busy}>
              Import
            </Button>
            <Button buttonStyle="secondary" onClick={startOver} disabled={busy}>
              Choose another file
            </Button>
          </div>
        </section>
      )}
      {imported.run && imported.run.status !== 'running' && (
        <section aria-labelledby="import-report">
          <h2 id="import-report" ref={reportHeading} tabIndex={-1}>
            {imported.run.status === 'succeeded' ? 'Import report' : 'The import failed and wrote nothing'}
          </h2>
          {imported.run.status === 'failed' && <Banner type="error">{imported.run.error}</Banner>}
          {imported.run.summary && <pre style={{ whiteSpace: 'pre-wrap' }}>{imported.run.summary}</pre>}
          <p>
            <a href={`${admin}/collections/import-runs/${imported.run.id}`}>Open this run in Import runs</a>, where its report is kept.
          </p>
          <div>
            <Button buttonStyle="secondary" onClick={startOver}>
              Import another export
            </Button>
          </div>
        </section>
      )}
    </div>
  )
}

/** The one line the live region says: the upload, then the run being followed. */
function statusLine(uploaded: number | null, file: File | null, dryRun: ImportRun | null, imported: ImportRun | null): string | null {
  if (uploaded !== null) return `Uploading ${file?.name ?? 'the export'}… ${Math.round(uploaded * 100)} %`
  if (imported) {
    if (imported.status === 'running') return `Importing: ${imported.progress ?? 'starting…'}`
    return imported.status === 'succeeded' ? `Imported ${imported.file}.` : `The import of ${imported.file} failed.`
  }
  if (dryRun) {
    if (dryRun.status === 'running') return `Dry run: ${dryRun.progress ?? 'starting…'}`
    return dryRun.status === 'dry-run' ? `The dry run of ${dryRun.file} is done: read its report, then import.` : `The dry run of ${dryRun.file} failed.`
  }
  return null
}
