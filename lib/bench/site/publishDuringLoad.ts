import { BENCH_ADMIN } from './seedBenchSite'

export type PublishRecord = { title: string; slug: string; msToVisible: number | null; missingOn: string[] }

export type PublishReport = { published: PublishRecord[]; refused: string[] }

const VISIBLE_WITHIN_MS = 10_000
const POLL_MS = 50

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] })

/** Milliseconds from `since` until every path shows `text` (each polled), or the paths that never did within VISIBLE_WITHIN_MS. */
async function whenVisible(base: string, paths: string[], text: string, since: number): Promise<{ ms: number | null; missingOn: string[] }> {
  const missing = new Set(paths)
  while (missing.size && performance.now() - since < VISIBLE_WITHIN_MS) {
    for (const path of [...missing]) {
      const response = await fetch(`${base}${path}`).catch(() => null)
      if (response?.ok && (await response.text()).includes(text)) missing.delete(path)
    }
    if (missing.size) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return { ms: missing.size ? null : performance.now() - since, missingOn: [...missing] }
}

/**
 * Publishes a new script through the REST API every `everyMs` until `untilMs` (performance.now),
 * as an editor would while readers load the site, and follows each one: how long until home, the
 * RSS feed and its own page all show it (at most 10 s). The follow-ups run beside the publishing.
 */
export async function publishDuringLoad(base: string, { everyMs, untilMs }: { everyMs: number; untilMs: number }): Promise<PublishReport> {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) })
  if (!login.ok) throw new Error(`The bench admin could not log in (${login.status}): ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const stamp = Date.now().toString(36)
  const follows: Promise<PublishRecord>[] = []
  const refused: string[] = []
  for (let turn = 1; performance.now() < untilMs; turn++) {
    const next = performance.now() + everyMs
    const title = `Load publish ${turn} ${stamp}`
    const content = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(`Published under load, number ${turn}.`)] } }
    const created = await fetch(`${base}/api/posts`, { method: 'POST', headers: auth, body: JSON.stringify({ title, content, _status: 'published' }) })
    const publishedAt = performance.now()
    if (created.status !== 201) refused.push(`${title}: ${created.status} ${(await created.text()).slice(0, 200)}`)
    else {
      const { doc } = (await created.json()) as { doc: { slug: string } }
      follows.push(whenVisible(base, ['/', '/feed.xml', `/posts/${doc.slug}`], title, publishedAt).then(({ ms, missingOn }) => ({ title, slug: doc.slug, msToVisible: ms, missingOn })))
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())))
  }
  return { published: await Promise.all(follows), refused }
}
