import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The Node flags `npm run import:wordpress` runs the import with (package.json), so that the
 * bench's import process runs as the command does: `node <flags> --import tsx scripts/importWordPress.ts`.
 */
export function importNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const script = scripts['import:wordpress'] ?? ''
  const command = script
    .split('&&')
    .map((part) => /^\s*node\s+(.*?)\s*--import tsx scripts\/importWordPress\.ts\b/.exec(part))
    .find(Boolean)
  if (!command) throw new Error(`package.json's import:wordpress script does not run scripts/importWordPress.ts with node: ${script}`)
  return command[1].split(/\s+/).filter(Boolean)
}
