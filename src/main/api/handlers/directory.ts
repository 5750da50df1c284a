import { getPractice, updatePractice } from '../../registration/practice'
import { listFees, removeFee, saveFee } from '../../registration/fees'
import {
  listDirectory,
  saveDirectoryRow,
  setDirectoryActive,
  type DirectoryKind,
  type RecordOf,
} from '../../registration/directory'
import type { Office } from '../../office'
import { checkLocationPlaceOfService } from '../../registration/location'
import { localIsoDate } from '../../../shared/validators/isoDate'
import { defineHandlers } from '../router'

/** list / save / setActive for one kind of directory record. */
function directoryHandlers<K extends DirectoryKind>(kind: K) {
  const now = (office: Office) => office.clock().toISOString()
  return {
    list: ({ includeInactive }: { includeInactive: boolean }, { office }: { office: Office }) =>
      listDirectory(office.store.db, kind, includeInactive),
    save: (
      { id, record }: { id?: number | undefined; record: RecordOf<K> },
      { office }: { office: Office },
    ) => saveDirectoryRow(office.store.db, kind, id, record, now(office)),
    setActive: ({ id, active }: { id: number; active: boolean }, { office }: { office: Office }) =>
      setDirectoryActive(office.store.db, kind, id, active, now(office)),
  }
}

const providers = directoryHandlers('providers')
const locations = directoryHandlers('locations')
const referrers = directoryHandlers('referrers')
const payers = directoryHandlers('payers')

export const directoryHandlerMap = defineHandlers({
  'practice.get': (_input, { office }) => getPractice(office.store.db),
  'practice.update': (profile, { office }) => updatePractice(office.store.db, profile),
  'providers.list': providers.list,
  'providers.save': providers.save,
  'providers.setActive': providers.setActive,
  'locations.list': locations.list,
  'locations.save': (input, context) => {
    const { db } = context.office.store
    return db.transaction(() => {
      checkLocationPlaceOfService(db, input.record, localIsoDate(context.office.clock()))
      return locations.save(input, context)
    })()
  },
  'locations.setActive': locations.setActive,
  'referrers.list': referrers.list,
  'referrers.save': referrers.save,
  'referrers.setActive': referrers.setActive,
  'payers.list': payers.list,
  'payers.save': payers.save,
  'payers.setActive': payers.setActive,
  'fees.list': (_input, { office }) => listFees(office.store.db),
  'fees.save': (entry, { office }) => saveFee(office.store.db, entry, office.clock().toISOString()),
  'fees.remove': ({ code }, { office }) => {
    removeFee(office.store.db, code)
    return {}
  },
})
