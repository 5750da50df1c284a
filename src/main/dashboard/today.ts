/**
 * What needs the biller today, counted where the rules live: rejections to fix, denials to work,
 * follow-ups due, claims running out of timely filing, visits not billed, claims waiting to go,
 * remittances nobody matched, and whether the clearinghouse is reachable. Each item is left out
 * for a role that could not act on it (main refuses those calls anyway).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { AttentionItem } from '../../shared/ops/dashboard'
import type { SyncStatus } from '../../shared/ops/clearinghouse'
import type { Permission } from '../../shared/permissions'
import { rejections } from '../acknowledgments/worklist'
import { paperQueue } from '../claims/paper'
import { daysBetween, followUpQueue } from '../followup/queue'
import { listUnmatched } from '../remits/unmatched'
import { allRows, firstRow, storeQuery } from '../store/sync-query'

/** A visit not coded this many days after it happened is late (charge lag). */
export const CODING_LAG_DAYS = 3

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export function attentionToday(
  db: Database.Database,
  today: string,
  may: (permission: Permission) => boolean,
  sync: SyncStatus | null,
): AttentionItem[] {
  const items: AttentionItem[] = []
  const add = (item: AttentionItem) => items.push(item)

  if (may('claims.read')) {
    const rejected = rejections(db)
    add({
      id: 'rejections',
      label: 'Rejected claims to fix',
      count: rejected.length,
      amountCents: rejected.reduce((s, r) => s + r.totalCents, 0),
      detail: rejected.length
        ? 'Rejected by the clearinghouse or the payer: fix and resend'
        : 'None waiting',
      href: '#/claims/rejections',
      tone: rejected.length ? 'red' : 'gray',
    })
  }

  if (may('followup.work')) {
    const open = followUpQueue(db, today)
    const denials = open.filter((i) => i.reason === 'denial')
    const due = open.filter((i) => i.followUpDate === null || i.followUpDate <= today)
    const filing = open.filter((i) => i.timelyFilingWarning === 'soon')
    add({
      id: 'denials',
      label: 'Denials to work',
      count: denials.length,
      amountCents: denials.reduce((s, i) => s + i.amountCents, 0),
      detail: denials.length ? 'Appeal, correct, bill the patient or write off' : 'None open',
      href: '#/followup',
      tone: denials.length ? 'orange' : 'gray',
    })
    add({
      id: 'followups',
      label: 'Follow-ups due today',
      count: due.length,
      amountCents: due.reduce((s, i) => s + i.amountCents, 0),
      detail: due.length
        ? `${plural(open.length, 'item')} open in all; these are due or never scheduled`
        : 'Nothing due today',
      href: '#/followup',
      tone: due.length ? 'blue' : 'gray',
    })
    add({
      id: 'timely-filing',
      label: 'Timely filing ends within 30 days',
      count: filing.length,
      amountCents: filing.reduce((s, i) => s + i.amountCents, 0),
      detail: filing.length ? 'Work these first: after the limit the payer owes nothing' : 'None',
      href: '#/followup',
      tone: filing.length ? 'red' : 'gray',
    })
  }

  if (may('visits.read')) {
    const coded = countVisits(db, 'coded')
    const late = lateDrafts(db, today)
    add({
      id: 'unbilled',
      label: 'Visits coded, not billed',
      count: coded,
      amountCents: null,
      detail: coded ? 'Bill them from Claims (Alt+C)' : 'Every coded visit is billed',
      href: '#/claims',
      tone: coded ? 'blue' : 'gray',
    })
    add({
      id: 'uncoded',
      label: `Visits not coded after ${CODING_LAG_DAYS} days`,
      count: late,
      amountCents: null,
      detail: late ? 'Charges wait until the visit is coded' : 'None late',
      href: '#/coding',
      tone: late ? 'orange' : 'gray',
    })
  }

  if (may('claims.submit')) {
    const ready = countClaims(db, 'ready')
    const paper = paperQueue(db)
    add({
      id: 'ready',
      label: 'Claims ready to send',
      count: ready,
      amountCents: null,
      detail: ready ? 'Queue them in the Outbox' : 'None waiting',
      href: '#/claims/outbox',
      tone: ready ? 'blue' : 'gray',
    })
    add({
      id: 'paper',
      label: 'Paper claims to print',
      count: paper.length,
      amountCents: paper.reduce((s, p) => s + p.claim.totalCents, 0),
      detail: paper.length ? 'Print the CMS-1500s and mail them' : 'None waiting',
      href: '#/claims/paper',
      tone: paper.length ? 'blue' : 'gray',
    })
  }

  if (may('payments.post')) {
    const unmatched = listUnmatched(db)
    add({
      id: 'unmatched',
      label: 'Remittances not matched to a claim',
      count: unmatched.length,
      amountCents: unmatched.reduce((s, u) => s + u.paidCents, 0),
      detail: unmatched.length ? 'Assign each to its claim so the money posts' : 'None',
      href: '#/remits',
      tone: unmatched.length ? 'orange' : 'gray',
    })
  }

  if (sync && may('inbox.read')) {
    const trouble = sync.state === 'offline' || sync.state === 'stopped' || sync.state === 'error'
    add({
      id: 'sync',
      label: 'Clearinghouse',
      count: sync.waitingBatches,
      amountCents: null,
      detail: sync.message,
      href: '#/inbox',
      tone: trouble ? 'red' : sync.state === 'ok' ? 'gray' : 'orange',
    })
  }
  return items
}

function countVisits(db: Database.Database, status: 'coded'): number {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('visits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', status),
  )
  return Number(row?.n ?? 0)
}

function lateDrafts(db: Database.Database, today: string): number {
  return allRows(
    db,
    storeQuery.selectFrom('visits').select('date_of_service').where('status', '=', 'draft'),
  ).filter((v) => daysBetween(v.date_of_service, today) > CODING_LAG_DAYS).length
}

function countClaims(db: Database.Database, status: 'ready'): number {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', status),
  )
  return Number(row?.n ?? 0)
}
