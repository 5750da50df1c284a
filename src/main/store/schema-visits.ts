import type { Generated } from 'kysely'

export interface VisitsTable {
  id: Generated<number>
  patient_id: number
  date_of_service: string
  rendering_provider_id: number
  location_id: number
  status: 'draft' | 'coded' | 'billed'
  total_cents: number
  /** The visit as src/shared/schemas/visit.ts defines it, as JSON. */
  data: string
  created_at: string
  updated_at: string
}

export interface FavoritesTable {
  code_set: 'icd10cm' | 'procedure'
  code: string
  label: string
}

export interface VisitTables {
  visits: VisitsTable
  favorites: FavoritesTable
}
