import type { AfterErrorHook } from 'payload'

type ClientError = { message?: string; status?: number; data?: Record<string, unknown> }

/**
 * Payload's REST error formatter recognises its errors with `instanceof` and by class name, both
 * of which fail in the Next.js production bundle (classes are duplicated and minified). API
 * clients then got "The following field is invalid: Slug" without the reason, or "An unknown
 * error occurred." for a refused delete. For client errors (4xx) put the message and the
 * per-field details back; server errors stay opaque.
 */
export const keepClientErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { message, status, data } = error as ClientError
  if (!result || !status || status < 400 || status >= 500 || !message) return
  const [first] = (result as { errors?: ClientError[] }).errors ?? []
  if (first?.message === message && (first.data || !data)) return
  const validation = Array.isArray(data?.errors)
  return { response: { ...result, errors: [{ ...(validation ? { name: 'ValidationError' } : {}), message, ...(data ? { data } : {}) }] } }
}
