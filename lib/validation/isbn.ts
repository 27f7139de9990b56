/** ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces are ignored. */
export function isValidIsbn(raw: string): boolean {
  const isbn = raw.replace(/[\s-]/g, '').toUpperCase()
  if (/^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn].reduce((total, char, index) => total + (char === 'X' ? 10 : Number(char)) * (10 - index), 0)
    return sum % 11 === 0
  }
  if (/^97[89]\d{10}$/.test(isbn)) {
    const sum = [...isbn].reduce((total, char, index) => total + Number(char) * (index % 2 === 0 ? 1 : 3), 0)
    return sum % 10 === 0
  }
  return false
}

export const validateIsbn = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.trim() === '') return true
  return isValidIsbn(value) ? true : `"${value}" is not a valid ISBN: check the digits (ISBN-10 or ISBN-13, hyphens allowed).`
}
