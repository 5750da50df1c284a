import type { Migration } from './migration'

/**
 * Visits (encounters) as coded: the validated visit lives in `data` (src/shared/schemas/visit.ts);
 * the columns beside it serve the lists. Favorites are the practice's common codes.
 */
export const visits: Migration = {
  version: 4,
  name: 'visits',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        date_of_service TEXT NOT NULL,
        rendering_provider_id INTEGER NOT NULL REFERENCES providers (id),
        location_id INTEGER NOT NULL REFERENCES locations (id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'coded', 'billed')),
        total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_by_patient ON visits (patient_id, date_of_service);
      CREATE INDEX visits_by_status ON visits (status, date_of_service);
      CREATE INDEX visits_by_date ON visits (date_of_service);

      CREATE TABLE favorites (
        code_set TEXT NOT NULL CHECK (code_set IN ('icd10cm', 'procedure')),
        code TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (code_set, code)
      ) STRICT;
    `)
  },
}
