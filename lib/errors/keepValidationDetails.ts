import type { AfterErrorHook } from 'payload'

type ErrorWithData = { name?: string; message?: string; data?: Record<string, unknown> }

/**
 * Payload's REST error formatter recognises validation errors with `instanceof`, which fails in
 * the Next.js server bundle (two copies of the error class), so API clients got "The following
 * field is invalid: Slug" without the reason. Put the per-field messages back.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const { name, message, data } = error as ErrorWithData
  if (name !== 'ValidationError' || !data || !result) return
  const [first] = (result as { errors?: ErrorWithData[] }).errors ?? []
  if (first?.data) return
  return { response: { ...result, errors: [{ name, data, message }] } }
}
