import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { emailFrom, smtpUrl } from '@/lib/env'

/** SMTP_URL as nodemailer's connection options (smtps:// is TLS from the start, smtp:// upgrades with STARTTLS when offered). */
function smtpOptions(raw: string) {
  const url = new URL(raw)
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  }
}

/**
 * Mail through SMTP when SMTP_URL is set (@payloadcms/email-nodemailer); otherwise none, and
 * Payload writes each message to the server log instead, as it does without an adapter.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const url = smtpUrl()
  if (!url) return undefined
  const from = emailFrom()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transportOptions: smtpOptions(url),
    // A mail server that is down must not stop the site from starting; sending reports its own error.
    skipVerify: true,
  })
}
