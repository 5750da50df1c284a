import { ClaimBatches } from './ClaimBatches'
import { ClaimDetailView } from './ClaimDetailView'
import { ClaimList } from './ClaimList'
import { ClaimOutbox } from './ClaimOutbox'
import { ClaimPrintQueue } from './ClaimPrintQueue'
import { ClaimRejections } from './ClaimRejections'
import { useClaimsView } from './claimsRoute'

/** The Claims area: the list, the outbox and its batches, the print queue, and one claim at a time. */
export function Claims() {
  const view = useClaimsView()
  switch (view.kind) {
    case 'outbox':
      return <ClaimOutbox />
    case 'paper':
      return <ClaimPrintQueue />
    case 'batches':
      return <ClaimBatches />
    case 'rejections':
      return <ClaimRejections />
    case 'detail':
      return <ClaimDetailView key={view.claimId} claimId={view.claimId} focus={view.focus} />
    default:
      return <ClaimList filter={view.filter} />
  }
}
