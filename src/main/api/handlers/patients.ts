import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import { importPatients } from '../../patients/import'
import {
  getPatientDetail,
  removeCoverage,
  saveCoverage,
  updatePatient,
} from '../../patients/records'
import { registerPatient } from '../../patients/register'
import { searchPatients } from '../../patients/search'
import { defineHandlers } from '../router'

const stamp = (office: Office) => office.clock().toISOString()
const today = (office: Office) => localIsoDate(office.clock())

export const patientHandlers = defineHandlers({
  'patients.search': ({ text, limit }, { office }) =>
    searchPatients(office.store.db, text, limit, today(office)),
  'patients.get': ({ patientId }, { office }) => getPatientDetail(office.store.db, patientId),
  'patients.create': (input, { office }) =>
    registerPatient(office.store.db, input, stamp(office), today(office)),
  'patients.update': ({ patientId, patient }, { office }) => {
    updatePatient(office.store.db, patientId, patient, stamp(office))
    return getPatientDetail(office.store.db, patientId)
  },
  'coverages.save': ({ patientId, coverageId, coverage }, { office }) => {
    const { db } = office.store
    db.transaction(() => saveCoverage(db, patientId, coverageId, coverage, stamp(office)))()
    return getPatientDetail(db, patientId)
  },
  'coverages.remove': ({ patientId, coverageId }, { office }) => {
    removeCoverage(office.store.db, patientId, coverageId)
    return getPatientDetail(office.store.db, patientId)
  },
  'patients.import': (input, { office }) =>
    importPatients(office.store.db, input, stamp(office), today(office)),
})
