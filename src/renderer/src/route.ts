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

export interface HashPlace {
  /** `#/patients/12?tab=insurance` → ['patients', '12']. */
  path: string[]
  /** What follows the `?`: which tab, which record, which field a link names. */
  query: URLSearchParams
}

export function readHash(hash: string): HashPlace {
  const text = hash.replace(/^#\/?/, '')
  const at = text.indexOf('?')
  const path = at < 0 ? text : text.slice(0, at)
  return {
    path: path.split('/'),
    query: new URLSearchParams(at < 0 ? '' : text.slice(at + 1)),
  }
}

/** An area's own reading of the hash, read again whenever it changes. */
export function useHashView<T>(read: (hash: string) => T): T {
  const [view, setView] = useState(() => read(window.location.hash))
  useEffect(() => {
    const onChange = () => setView(read(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [read])
  return view
}
