import { useCallback, useEffect, useState } from 'react'
import type { OpInput } from '../../../../shared/api'
import type { ClaimSummary } from '../../../../shared/schemas/claim'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import type { ClaimFilter } from './claimsRoute'

const PAGE = 500

export interface ClaimPages {
  rows: ClaimSummary[]
  /** Of every claim the filter matches, with their total: main counts, not this page. */
  count: number
  totalCents: number
  /** The visits behind them, and their charges counted once (a secondary bills them again). */
  visitCount: number
  chargesCents: number
  loaded: boolean
  error: string | null
  reload: () => Promise<void>
  more: () => Promise<void>
}

export function listInput(filter: ClaimFilter, offset: number): OpInput<'claims.list'> {
  return {
    status: filter.status.length > 0 ? filter.status : undefined,
    payerId: filter.payerId ?? undefined,
    providerId: filter.providerId ?? undefined,
    age: filter.age ? { from: 'service', bucket: filter.age } : undefined,
    serviceFrom: filter.from ?? undefined,
    serviceTo: filter.to ?? undefined,
    offset,
    limit: PAGE,
  }
}

/** claims.list a page at a time (500 claims), newest date of service first. */
export function useClaimPages(filter: ClaimFilter): ClaimPages {
  const [rows, setRows] = useState<ClaimSummary[]>([])
  const [count, setCount] = useState(0)
  const [totalCents, setTotal] = useState(0)
  const [once, setOnce] = useState({ visitCount: 0, chargesCents: 0 })
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const key = JSON.stringify(filter)

  const fetchPage = useCallback(
    async (offset: number) => {
      const page = await call('claims.list', listInput(JSON.parse(key) as ClaimFilter, offset))
      setRows((old) => (offset === 0 ? page.rows : [...old, ...page.rows]))
      setCount(page.count)
      setTotal(page.totalCents)
      setOnce({ visitCount: page.visitCount, chargesCents: page.chargesCents })
      setError(null)
      setLoaded(true)
    },
    [key],
  )
  const guarded = useCallback(
    async (offset: number) => {
      try {
        await fetchPage(offset)
      } catch (e) {
        setError(messageOf(e))
        setLoaded(true)
      }
    },
    [fetchPage],
  )

  useEffect(() => {
    let live = true
    call('claims.list', listInput(JSON.parse(key) as ClaimFilter, 0)).then(
      (page) => {
        if (!live) return
        setRows(page.rows)
        setCount(page.count)
        setTotal(page.totalCents)
        setOnce({ visitCount: page.visitCount, chargesCents: page.chargesCents })
        setError(null)
        setLoaded(true)
      },
      (e: unknown) => {
        if (!live) return
        setError(messageOf(e))
        setLoaded(true)
      },
    )
    return () => {
      live = false
    }
  }, [key])

  return {
    rows,
    count,
    totalCents,
    ...once,
    loaded,
    error,
    reload: () => guarded(0),
    more: () => guarded(rows.length),
  }
}
