import { gzipSync } from 'node:zlib'

export type PageWeight = {
  htmlKB: number
  htmlGzipKB: number
  /** The article element alone (the script's text as HTML). */
  articleKB: number
  /** Next's inline RSC payload (`self.__next_f.push` scripts) that hydration reads. */
  inlinePayloadKB: number
  cssGzipKB: number
  jsGzipKB: number
  requests: number
  thirdPartyRequests: number
  /** The scripts the page loads, by address (to tell one page's own from what every page loads). */
  scripts: string[]
}

/**
 * The JavaScript one page loads beyond what another (home: no client component of its own) loads
 * too, gzipped: the framework runtime is common to both, so this is the page's own client code.
 */
export async function pageOnlyJsGzipKB(base: string, page: PageWeight, framework: PageWeight): Promise<number> {
  let total = 0
  for (const url of page.scripts.filter((script) => !framework.scripts.includes(script))) total += gzipLength(Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer()))
  return kb(total)
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const gzipLength = (data: Buffer | string) => gzipSync(data).length

/** What one page view downloads before any interaction: the HTML and the CSS and JS it names. */
export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(`${base}${path}`)).text()
  const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? ''
  const inline = [...html.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((match) => match[1]).join('')
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1])
  // A noModule script (Next's legacy polyfills, ~39 KB gzip) is fetched only by browsers without ES modules, never by the ones Lighthouse and readers use.
  const js = [...new Set([...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)].filter((match) => !/\bnomodule\b/i.test(match[2])).map((match) => match[1]))]
  const size = async (urls: string[]) => {
    let total = 0
    for (const url of urls) total += gzipLength(Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer()))
    return total
  }
  const all = [...css, ...js]
  const origin = new URL(base).origin
  return {
    htmlKB: kb(Buffer.byteLength(html)),
    htmlGzipKB: kb(gzipLength(html)),
    articleKB: kb(Buffer.byteLength(article)),
    inlinePayloadKB: kb(Buffer.byteLength(inline)),
    cssGzipKB: kb(await size(css)),
    jsGzipKB: kb(await size(js)),
    requests: 1 + all.length,
    thirdPartyRequests: all.filter((url) => new URL(url, base).origin !== origin).length,
    scripts: js,
  }
}
