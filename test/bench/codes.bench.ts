import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { importCodeFile, searchCodes } from '../../src/main/codes'
import { ftsExpression } from '../../src/main/codes/search'
import { newDatabaseKey, openDatabase } from '../../src/main/store/database'
import { measureRelevance, relevanceQueries } from '../support/code-relevance'
import { hasSharedData, sharedDataPath } from '../support/shared-data'

type Report = (name: string, value: number, unit: string) => void

const FY2026 = 'icd10cm_billable_FY2026_from_phecoder.tsv'
const HCPCS = 'hcpc_short.csv'
const DATE_OF_SERVICE = '2026-01-15'
const ROUNDS = 5

/*
 * What billers type into the code finder: full codes (dotted or not, any case), partial codes,
 * one to three words of a diagnosis, HCPCS supply and drug words, and words half-typed on the way.
 */
const QUERIES = [
  // Full codes as written on superbills and EOBs.
  ...['E11.9', 'I10', 'E78.5', 'J06.9', 'Z00.00', 'M54.50', 'R05.1', 'N39.0', 'F41.1', 'F32.A'],
  ...['K21.9', 'J45.909', 'E66.9', 'Z23', 'R10.9', 'I48.91', 'E03.9', 'G47.00', 'L03.115', 'J02.9'],
  ...[
    'M17.11',
    'S93.401A',
    'Z12.31',
    'E55.9',
    'R53.83',
    'J44.9',
    'Z79.4',
    'E11.65',
    'R73.03',
    'QA0.0101',
  ],
  ...['G0438', 'G0439', 'J3420', 'A4253', 'Q2035', 'J1885', 'G2211', 'E0601', 'L4361', 'A4259'],
  // The same, undotted and in lower case.
  ...['e119', 'i10', 'e785', 'j069', 'z0000', 'm5450', 'r051', 'n390', 'f411', 'k219'],
  ...['j45909', 'e669', 'r109', 'i4891', 'e039', 'g4700', 'l03115', 'j029', 'm1711', 's93401a'],
  ...['z1231', 'e559', 'r5383', 'j449', 'z794', 'qa00101', 'g0438', 'j3420', 'a4253', 'g2211'],
  // Partial codes, typed on the way to the full one.
  ...['E11.', 'E11.6', 'E11.62', 'I25', 'J45', 'M54', 'Z00', 'F41', 'G0', 'J34'],
  ...['A42', 'e78', 'm25.5', 's93.4', 'z12', 'r10', 'k21', 'i4', 'n18', 'f32'],
  ...['E1', 'M25.56', 'j4', 'Z13', 'G04', 'L03.1', 'J0', 'A4', 'S52', 'E66'],
  // Words of a diagnosis.
  ...[
    'hypertension',
    'type 2 diabetes',
    'hyperlipidemia',
    'low back pain',
    'urinary tract infection',
  ],
  ...['acute sinusitis', 'otitis media', 'strep throat', 'general adult exam', 'well child'],
  ...['depression', 'anxiety', 'insomnia', 'reflux', 'chest pain', 'shortness of breath', 'cough'],
  ...[
    'fever',
    'headache',
    'migraine',
    'knee pain',
    'shoulder pain',
    'ankle sprain',
    'vitamin d deficiency',
  ],
  ...['b12 deficiency', 'hypothyroidism', 'obesity', 'copd', 'asthma', 'allergic rhinitis'],
  ...[
    'conjunctivitis',
    'cellulitis',
    'acne',
    'eczema',
    'psoriasis',
    'rash',
    'dizziness',
    'fatigue',
  ],
  ...['constipation', 'diarrhea', 'nausea vomiting', 'abdominal pain', 'atrial fibrillation'],
  ...['heart failure', 'chronic kidney disease', 'anemia', 'osteoarthritis knee', 'gout'],
  ...['osteoporosis', 'nicotine dependence', 'alcohol abuse', 'attention deficit', 'dementia'],
  ...['covid', 'influenza', 'pneumonia', 'bronchitis', 'viral infection', 'diab foot ulc'],
  ...[
    'diab neuropathy',
    'hyperglycemia',
    'prediabetes',
    'screening mammogram',
    'colon cancer screening',
  ],
  ...['contraception', 'pregnancy', 'immunization', 'wrist fracture', 'fracture', 'sprain'],
  ...['sore throat', 'ear pain', 'sinus congestion', 'back strain', 'neck pain', 'sciatica'],
  ...[
    'tinea pedis',
    'onychomycosis',
    'warts',
    'seborrheic keratosis',
    'actinic keratosis',
    'lipoma',
  ],
  ...[
    'bmi 30',
    'morbid obesity',
    'sleep apnea',
    'restless legs',
    'carpal tunnel',
    'plantar fasciitis',
  ],
  ...[
    'hematuria',
    'dysuria',
    'frequency of micturition',
    'prostate hyperplasia',
    'erectile dysfunction',
  ],
  ...['menopause', 'amenorrhea', 'vaginitis', 'candidiasis', 'chlamydia', 'hepatitis c'],
  ...[
    'long term insulin',
    'anticoagulant',
    'family history colon',
    'personal history',
    'encounter screening',
  ],
  // HCPCS supplies, drugs and services.
  ...[
    'glucose test strips',
    'lancets',
    'insulin syringe',
    'walker',
    'cane',
    'crutches',
    'nebulizer',
  ],
  ...['cpap', 'wheelchair', 'knee orthosis', 'walking boot', 'wrist splint', 'gauze', 'dressing'],
  ...[
    'catheter',
    'oxygen',
    'flu vaccine',
    'vitamin b 12',
    'ketorolac',
    'ceftriaxone',
    'medroxyprogesterone',
  ],
  ...[
    'testosterone cypionate',
    'methylprednisolone',
    'dexamethasone',
    'albuterol',
    'annual wellness',
  ],
  ...[
    'depression screening',
    'alcohol misuse',
    'tobacco cessation',
    'originating site',
    'pap smear',
  ],
  ...['blood draw', 'venipuncture', 'ambulance', 'cast supplies', 'diabetic shoes'],
  // Words half typed.
  ...['hyp', 'diab', 'frac', 'pneu', 'asth', 'hypert', 'chol', 'thyr', 'depr', 'anx'],
  ...['lum', 'cerv', 'strep', 'glu', 'inj', 'vacc', 'derm', 'mig', 'osteo', 'arth'],
]

function freshStore(dir: string): Database.Database {
  return openDatabase(
    join(dir, `bench-${Math.random().toString(36).slice(2)}.db`),
    newDatabaseKey(),
    {
      create: true,
    },
  )
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/** Import of the full FY2026 ICD-10-CM list into a fresh encrypted store: the median of 3. */
function importMs(dir: string, bytes: Buffer): number {
  const samples = [0, 1, 2].map(() => {
    const db = freshStore(dir)
    try {
      const start = performance.now()
      const result = importCodeFile(db, { bytes, fileName: FY2026 })
      const elapsed = performance.now() - start
      if (result.outcome !== 'imported') throw new Error(`bench import failed: ${result.message}`)
      return elapsed
    } finally {
      db.close()
    }
  })
  return samples.sort((a, b) => a - b)[1] ?? Number.NaN
}

export async function run(report: Report): Promise<void> {
  if (!hasSharedData(FY2026, HCPCS)) {
    console.log(
      'codes bench skipped: ../shared/data with the FY2026 ICD-10-CM and HCPCS files is missing',
    )
    return
  }
  if (QUERIES.length < 200)
    throw new Error(`codes bench needs at least 200 queries, has ${QUERIES.length}`)
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-codes-'))
  try {
    const icd = readFileSync(sharedDataPath(FY2026))
    report('codes.import_icd10cm_ms', importMs(dir, icd), 'ms')

    const db = freshStore(dir)
    try {
      importCodeFile(db, { bytes: icd, fileName: FY2026 })
      importCodeFile(db, {
        bytes: readFileSync(sharedDataPath(HCPCS)),
        fileName: HCPCS,
        effective: '2025-10-01',
      })
      const raw = db.prepare(
        'SELECT rowid FROM codes_fts WHERE codes_fts MATCH ? ORDER BY rank LIMIT 20',
      )
      const ours = (text: string) => searchCodes(db, { text, date: DATE_OF_SERVICE, limit: 20 })
      const bare = (text: string) => {
        const match = ftsExpression(text)
        return match === null ? [] : raw.all(match)
      }
      for (const text of QUERIES) {
        ours(text)
        bare(text)
      }
      const oursMs: number[] = []
      let oursTotal = 0
      let bareTotal = 0
      const cpuStart = process.cpuUsage()
      for (let round = 0; round < ROUNDS; round++) {
        for (const text of QUERIES) {
          let start = performance.now()
          ours(text)
          const mine = performance.now() - start
          start = performance.now()
          bare(text)
          bareTotal += performance.now() - start
          oursMs.push(mine)
          oursTotal += mine
        }
      }
      const cpu = process.cpuUsage(cpuStart)
      oursMs.sort((a, b) => a - b)
      report('codes.search_p95_ms', percentile(oursMs, 95), 'ms')
      report('codes.search_vs_raw_fts_ratio', oursTotal / bareTotal, 'x')
      report('codes.search_p50_ms', percentile(oursMs, 50), 'ms')
      report('codes.search_max_ms', oursMs.at(-1) ?? Number.NaN, 'ms')
      // CPU time of the timed loop (ours and raw FTS), per query of ours+raw: less noisy than wall.
      report('codes.search_loop_cpu_ms', (cpu.user + cpu.system) / 1000, 'ms')
      report('codes.search_queries', QUERIES.length, 'queries')

      // test/fixtures/codes/relevance-queries.tsv: the share whose meant code is in the top three.
      const queries = relevanceQueries()
      const relevance = measureRelevance(db, DATE_OF_SERVICE, queries)
      for (const miss of relevance.misses) {
        console.log(
          `  relevance miss: "${miss.query}" → ${miss.expected}, got ${miss.got.join(' ')}`,
        )
      }
      report('codes.relevance_top3', relevance.top3, 'share')
      report('codes.relevance_queries', queries.length, 'queries')
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
