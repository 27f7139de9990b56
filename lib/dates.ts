const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export const formatLongDate = (iso: string | null | undefined) => (iso ? LONG_DATE.format(new Date(iso)) : '')
