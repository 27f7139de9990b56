/** Years of publication from antiquity (negative: BCE) to next year; anything else is a typo. */
export const validateYear = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  const year = Number(value)
  const latest = new Date().getFullYear() + 1
  if (!Number.isInteger(year) || year < -3000 || year > latest) return `A year between -3000 and ${latest}, please (negative for BCE); got ${String(value)}.`
  if (year === 0) return 'There is no year 0: use 1 for 1 CE or -1 for 1 BCE.'
  return true
}
