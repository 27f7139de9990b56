/** A calendar year in UTC (as dates show) as a Payload date range on `publishedAt`. */
export const publishedInYear = (year: number) => ({
  publishedAt: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString(), less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() },
})
