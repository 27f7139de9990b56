/** A plain GET form to /search: works without JavaScript. */
export function SearchForm({ id = 'site-search', defaultValue }: { id?: string; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        Search the scripts
      </label>
      <input id={id} type="search" name="q" placeholder="Search the scripts" defaultValue={defaultValue} maxLength={200} />
      <button type="submit">Search</button>
    </form>
  )
}
