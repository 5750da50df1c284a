import { Office } from '../office'
import { handlers } from './handlers'
import { createRouter, type Router } from './router'

export interface OfficeRuntime {
  office: Office
  router: Router
}

/** The office and its router, as the app, the web server and the CLI all start them. */
export function openOffice(dataDir: string): OfficeRuntime {
  const office = new Office(dataDir)
  const router = createRouter(handlers, office, {
    checkOutputs: process.env.NODE_ENV !== 'production',
  })
  return { office, router }
}
