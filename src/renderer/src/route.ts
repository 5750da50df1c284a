import { useEffect, useState } from 'react'

/** The screen is named in the URL hash (#/users), so Back and reload keep the place. */
export function useRoute(fallback: string): [string, (route: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '') || fallback
  const [route, setRoute] = useState(read)
  useEffect(() => {
    const onChange = () => setRoute(read())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  })
  return [route, (next) => void (window.location.hash = `#/${next}`)]
}
