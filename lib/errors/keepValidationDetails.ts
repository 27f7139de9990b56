import type { AfterErrorHook } from 'payload'

type ErrorWithData = { name?: string; message?: string; data?: Record<string, unknown> }

/**
 * Payload's REST error formatter recognises validation errors with `instanceof`, which fails in
 * the Next.js production bundle (the class is renamed and duplicated), so API clients got "The
 * following field is invalid: Slug" without the reason. Put the per-field messages back; the
 * error is recognised by its shape, since even its name is minified.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const { message, data } = error as ErrorWithData
  if (!Array.isArray(data?.errors) || (error as { status?: number }).status !== 400 || !result) return
  const [first] = (result as { errors?: ErrorWithData[] }).errors ?? []
  if (first?.data) return
  return { response: { ...result, errors: [{ name: 'ValidationError', data, message }] } }
}
