import sharp from 'sharp'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Breaks a title into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * A 1280×720 PNG poster for a demo video: its title on a dark, ruled page. Drawn here so the demo
 * needs no image downloaded from anywhere.
 */
export async function demoPoster(title: string, label: string): Promise<Buffer> {
  const lines = wrap(title, 26)
  const text = lines
    .map((line, index) => `<text x="96" y="${300 + index * 84 - (lines.length - 1) * 42}" font-size="68" font-family="DejaVu Serif, serif" fill="#f5efe0">${escapeXml(line)}</text>`)
    .join('')
  const rules = Array.from({ length: 9 }, (_, index) => `<line x1="0" x2="1280" y1="${80 * index + 40}" y2="${80 * index + 40}" stroke="#2c3e50" stroke-width="2"/>`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<rect width="1280" height="720" fill="#1b2631"/>${rules}<rect x="64" y="64" width="8" height="592" fill="#c0392b"/>
<text x="96" y="128" font-size="32" font-family="DejaVu Sans, sans-serif" fill="#d5c8a8" letter-spacing="4">${escapeXml(label.toUpperCase())}</text>${text}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
