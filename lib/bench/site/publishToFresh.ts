import { BENCH_ADMIN } from './seedBenchSite'

export type FreshTimes = { home: number; post: number; feed: number }

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] })

/** Milliseconds from a publish answered by the API until `url` shows `text` (polled every 25 ms, at most 30 s). */
async function until(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    if ((await (await fetch(url)).text()).includes(text)) return performance.now() - since
    if (performance.now() - since > 30_000) throw new Error(`${url} did not show “${text}” within 30 s of the publish`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Publishes a new script through the REST API, with home, the feed and (then) its page cached, and times each becoming fresh. */
export async function publishToFresh(base: string): Promise<FreshTimes> {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) })
  if (!login.ok) throw new Error(`The bench admin could not log in (${login.status}): ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  for (const path of ['/', '/feed.xml', '/', '/feed.xml']) await (await fetch(`${base}${path}`)).arrayBuffer()
  const title = `Bench publish ${Date.now()}`
  const content = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph('Published by the bench.')] } }
  const created = await fetch(`${base}/api/posts`, { method: 'POST', headers: auth, body: JSON.stringify({ title, content, _status: 'published' }) })
  const publishedAt = performance.now()
  if (created.status !== 201) throw new Error(`Publishing answered ${created.status}: ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const home = await until(`${base}/`, title, publishedAt)
  const feed = await until(`${base}/feed.xml`, title, publishedAt)
  // The page itself: cached, then edited.
  for (let index = 0; index < 2; index++) await (await fetch(`${base}/posts/${doc.slug}`)).arrayBuffer()
  const edited = `${title} (edited)`
  const patched = await fetch(`${base}/api/posts/${doc.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: edited }) })
  const editedAt = performance.now()
  if (!patched.ok) throw new Error(`Editing answered ${patched.status}: ${await patched.text()}`)
  const post = await until(`${base}/posts/${doc.slug}`, edited, editedAt)
  await fetch(`${base}/api/posts/${doc.id}`, { method: 'DELETE', headers: auth })
  return { home, post, feed }
}
