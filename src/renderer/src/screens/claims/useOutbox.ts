import { useCallback } from 'react'
import { call } from '../../api'
import { useLoad } from '../../useLoad'
import { NO_FILTER } from './claimsRoute'
import { listInput } from './useClaimPages'

/** The outbox as main sees it: claims ready to queue, claims queued, and drafts held back. */
export function useOutbox() {
  const load = useCallback(async () => {
    const [ready, queued, held] = await Promise.all([
      call('claims.list', listInput({ ...NO_FILTER, status: ['ready'] }, 0)),
      call('claims.list', {
        ...listInput({ ...NO_FILTER, status: ['queued'] }, 0),
        unbatched: true,
      }),
      call('claims.list', { status: ['draft'], limit: 1 }),
    ])
    return { ready, queued, heldCount: held.count }
  }, [])
  return useLoad(load)
}
