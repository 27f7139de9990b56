import sharp from 'sharp'

import type { BenchImage } from './generateWordPressExport'
import { seededRandom } from './seededRandom'

const GRID = { width: 16, height: 9 }

/** HSL (hue in degrees, s and l in [0, 1]) → RGB bytes. */
function hsl(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1))
  const m = lightness - chroma / 2
  const [r, g, b] = hue < 60 ? [chroma, x, 0] : hue < 120 ? [x, chroma, 0] : hue < 180 ? [0, chroma, x] : hue < 240 ? [0, x, chroma] : hue < 300 ? [x, 0, chroma] : [chroma, 0, x]
  return [r, g, b].map((value) => Math.round((value + m) * 255)) as [number, number, number]
}

/**
 * A real image file for the bench: a 16×9 grid of colours around the image's hue, enlarged with
 * a smooth kernel to its full size, so it decodes and resizes like a photograph of that size
 * (not a flat colour that codecs shortcut) while staying a few tens of kilobytes.
 */
export async function renderBenchImage(image: BenchImage): Promise<Buffer> {
  const random = seededRandom(image.hue * 7919 + image.width)
  const pixels = Buffer.alloc(GRID.width * GRID.height * 3)
  for (let index = 0; index < GRID.width * GRID.height; index++) {
    const [r, g, b] = hsl((image.hue + random.int(-40, 40) + 360) % 360, 0.3 + random.next() * 0.5, 0.2 + random.next() * 0.6)
    pixels.set([r, g, b], index * 3)
  }
  const enlarged = sharp(pixels, { raw: { ...GRID, channels: 3 } }).resize(image.width, image.height, { kernel: 'cubic', fit: 'fill' })
  return image.format === 'jpeg' ? enlarged.jpeg({ quality: 82 }).toBuffer() : enlarged.png({ compressionLevel: 6 }).toBuffer()
}
