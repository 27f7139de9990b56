/**
 * Applies the fixes in this folder to installed packages (run by `npm install` as `postinstall`).
 * Each fix names the exact package version it was written for and the exact text it replaces; a
 * different version or text stops the install with the reason, so an upgrade is never silently
 * left unpatched. Applying twice changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import payloadUiFormStateRace from './payloadUiFormStateRace.mjs'

const PATCHES = [payloadUiFormStateRace]
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function occurrences(text, part) {
  let count = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++
  return count
}

for (const patch of PATCHES) {
  const packageDir = path.join(root, 'node_modules', patch.package)
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  if (version !== patch.version) {
    throw new Error(`patch ${patch.name} is for ${patch.package} ${patch.version}, but ${version} is installed: check whether the fix is still needed and update patches/`)
  }
  let changed = 0
  for (const [file, replacements] of Object.entries(patch.files)) {
    const full = path.join(packageDir, file)
    let text = readFileSync(full, 'utf8')
    for (const [from, to] of replacements) {
      if (text.includes(to)) continue
      const found = occurrences(text, from)
      if (found !== 1) throw new Error(`patch ${patch.name}: expected the text to replace once in ${patch.package}/${file}, found it ${found} times:\n${from.slice(0, 200)}`)
      text = text.replace(from, () => to)
      changed++
    }
    writeFileSync(full, text)
  }
  console.log(`patch ${patch.name}: ${changed === 0 ? 'already applied' : `applied (${changed} replacements)`}`)
}
