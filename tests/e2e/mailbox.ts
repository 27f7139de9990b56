/**
 * A real SMTP server for the e2e run (the `smtp-server` package): the app sends its mail here
 * (SMTP_URL), and each message is kept as an .eml file that tests read back with mailparser.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { expect } from '@playwright/test'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export async function startMailbox(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true })
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        writeFileSync(path.join(dir, `${Date.now()}-${received++}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The mailbox the e2e server sends to (set in playwright.config.ts). */
export const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: the e2e mailbox is configured in playwright.config.ts')
  return dir
}

/** Waits for the `nth` message (1 = the first) to `address` and returns it parsed. */
export async function waitForMail(address: string, nth = 1): Promise<ParsedMail> {
  let found: ParsedMail[] = []
  await expect
    .poll(
      async () => {
        found = []
        for (const file of readdirSync(mailDir()).sort()) {
          const mail = await simpleParser(readFileSync(path.join(mailDir(), file)))
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
          if (to.some((entry) => entry.value.some((recipient) => recipient.address === address))) found.push(mail)
        }
        return found.length
      },
      { message: `mail number ${nth} to ${address}`, timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(nth)
  return found[nth - 1]
}
