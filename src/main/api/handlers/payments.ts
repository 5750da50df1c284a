import type Database from 'better-sqlite3-multiple-ciphers'
import { localIsoDate } from '../../../shared/validators/isoDate'
import { DomainError } from '../../errors'
import { patientBalance } from '../../ledger/balances'
import type { PostedBy } from '../../ledger/entries'
import { patientByAccount, patientLedger } from '../../ledger/patientLedger'
import type { Office } from '../../office'
import { applyCredit } from '../../payments/apply'
import { createDeposit, depositDetail, listDeposits } from '../../payments/deposit'
import { listPayments } from '../../payments/list'
import { postPatientPayment } from '../../payments/patientPayment'
import { creditCents } from '../../payments/places'
import { refundCredit } from '../../payments/refund'
import { transferPayment, transferResponsibility } from '../../payments/transfer'
import { voidPayment } from '../../payments/void'
import { writeOff } from '../../payments/writeOff'
import { firstRow, storeQuery } from '../../store/sync-query'
import { defineHandlers } from '../router'
import type { Session } from '../session'

function by(office: Office, session: Session): PostedBy {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

const today = (office: Office) => localIsoDate(office.clock())

/** What the patient owes and holds as credit, after a posting. */
function standing(db: Database.Database, patientId: number) {
  return {
    patientId,
    patientBalanceCents: patientBalance(db, patientId).patientCents,
    creditCents: creditCents(db, patientId),
  }
}

export const paymentHandlers = defineHandlers({
  'payments.collect': (input, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const posted = postPatientPayment(
        db,
        { ...input, receivedDate: input.receivedDate ?? today(office) },
        by(office, session),
      )
      return {
        ...standing(db, input.patientId),
        paymentId: posted.paymentId,
        appliedCents: posted.appliedCents,
        allocations: posted.allocations,
      }
    })()
  },
  'payments.list': (filter, { office }) => {
    const rows = listPayments(office.store.db, filter)
    return {
      rows,
      totalCents: rows.filter((r) => !r.voided).reduce((s, r) => s + r.amountCents, 0),
    }
  },
  'payments.void': ({ paymentId, reason }, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const done = voidPayment(
        db,
        { paymentId, reason, effectiveDate: today(office) },
        by(office, session),
      )
      if (done.patientId === null) throw new DomainError('conflict', 'Not a patient payment.')
      return { ...standing(db, done.patientId), paymentId, reversedLines: done.reversedIds.length }
    })()
  },
  'payments.refund': ({ date, ...input }, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const done = refundCredit(
        db,
        { ...input, effectiveDate: date ?? today(office) },
        by(office, session),
      )
      return { ...standing(db, input.patientId), refundedCents: done.refundedCents }
    })()
  },
  'payments.writeOff': ({ date, ...input }, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const done = writeOff(
        db,
        { ...input, effectiveDate: date ?? today(office) },
        by(office, session),
      )
      return { ...standing(db, input.patientId), writtenOffCents: done.writtenOffCents }
    })()
  },
  'payments.transfer': (input, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const effectiveDate = input.date ?? today(office)
      const ids =
        input.kind === 'payment'
          ? transferPayment(db, { ...input, effectiveDate }, by(office, session))
          : transferResponsibility(db, { ...input, effectiveDate }, by(office, session))
      return { ...standing(db, input.patientId), lines: ids.length }
    })()
  },
  'payments.applyCredit': (input, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const done = applyCredit(db, { ...input, effectiveDate: today(office) }, by(office, session))
      return { ...standing(db, input.patientId), appliedCents: done.appliedCents }
    })()
  },
  'deposits.create': (input, { office, session }) => {
    const { db } = office.store
    return db.transaction(() => {
      const id = createDeposit(
        db,
        { ...input, depositDate: input.depositDate ?? today(office) },
        by(office, session),
      )
      return depositDetail(db, id)
    })()
  },
  'deposits.list': (filter, { office }) => ({ rows: listDeposits(office.store.db, filter) }),
  'deposits.get': ({ depositId }, { office }) => depositDetail(office.store.db, depositId),
  'ledger.patient': (input, { office }) => {
    const { db } = office.store
    const patientId = 'patientId' in input ? input.patientId : patientByAccount(db, input.accountNo)
    return patientLedger(db, patientId)
  },
  'ledger.visit': ({ visitId }, { office }) => {
    const { db } = office.store
    const visit = firstRow(
      db,
      storeQuery.selectFrom('visits').select('patient_id').where('id', '=', visitId),
    )
    if (!visit) throw new DomainError('not_found', `There is no visit #${visitId}.`)
    return patientLedger(db, visit.patient_id, visitId)
  },
})
