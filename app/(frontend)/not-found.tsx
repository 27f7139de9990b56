import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. It may have moved or never been published. Go to the <Link href="/">latest scripts</Link>.
      </p>
    </section>
  )
}
