import { defineHandlers } from '../router'

export const appHandlers = defineHandlers({
  'app.info': (_input, { office }) => ({
    name: 'ClaimDesk' as const,
    version: office.version,
    dataDir: office.dataDir,
    store: office.storeStatus(),
  }),
})
