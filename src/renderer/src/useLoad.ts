import { useCallback, useEffect, useState } from 'react'
import { messageOf } from './forms/useApiErrors'

export interface Loaded<T> {
  data: T | null
  error: string | null
  loading: boolean
  reload: () => Promise<void>
  setData: (data: T) => void
}

/** Asks main once on mount (and on `reload`); `load` must be stable (useCallback or module-level). */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await load())
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setLoading(false)
    }
  }, [load])

  useEffect(() => {
    let live = true
    load().then(
      (value) => {
        if (!live) return
        setData(value)
        setLoading(false)
      },
      (e: unknown) => {
        if (!live) return
        setError(messageOf(e))
        setLoading(false)
      },
    )
    return () => {
      live = false
    }
  }, [load])

  return { data, error, loading, reload, setData }
}
