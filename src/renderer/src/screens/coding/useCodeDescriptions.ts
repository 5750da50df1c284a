import { useCallback, useEffect, useRef, useState } from 'react'
import { isoDateError } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import type { CodeChoice } from './CodeTypeahead'
import type { Known } from './DiagnosisList'

const HCPCS = /^[A-Z]\d{4}$/

/**
 * What each code on the screen means, for the person reading it: taken from the choice picked,
 * or asked of main (`codes.lookup`) for codes the visit was opened with. Nothing here judges a
 * code; main does that when the visit is marked coded.
 */
export function useCodeDescriptions(
  diagnoses: readonly string[],
  procedures: readonly string[],
  date: string | undefined,
) {
  const [diagnosisInfo, setDiagnosisInfo] = useState<ReadonlyMap<string, Known>>(new Map())
  const [procedureInfo, setProcedureInfo] = useState<ReadonlyMap<string, string>>(new Map())
  const asked = useRef(new Set<string>())

  const rememberDiagnosis = useCallback(
    (choice: Pick<CodeChoice, 'code' | 'description' | 'billable'>) => {
      setDiagnosisInfo((m) =>
        new Map(m).set(choice.code, { description: choice.description, billable: choice.billable }),
      )
    },
    [],
  )
  const rememberProcedure = useCallback((choice: Pick<CodeChoice, 'code' | 'description'>) => {
    if (choice.description === '') return
    setProcedureInfo((m) => new Map(m).set(choice.code, choice.description))
  }, [])

  const dxKey = diagnoses.join(',')
  const pxKey = procedures.join(',')
  useEffect(() => {
    if (!date || isoDateError(date) !== null) return
    // Answers land even if the list changed meanwhile: each code is asked for once.
    for (const code of dxKey.split(',').filter(Boolean)) {
      const key = `icd10cm:${code}`
      if (diagnosisInfo.has(code) || asked.current.has(key)) continue
      asked.current.add(key)
      call('codes.lookup', { set: 'icd10cm', code, date }).then(
        (r) => r.entry && rememberDiagnosis({ ...r.entry, code }),
        () => undefined,
      )
    }
    for (const code of pxKey.split(',').filter(Boolean)) {
      const set = HCPCS.test(code) ? 'hcpcs' : 'cpt'
      const key = `${set}:${code}`
      if (procedureInfo.has(code) || asked.current.has(key)) continue
      asked.current.add(key)
      call('codes.lookup', { set, code, date }).then(
        (r) => r.entry && rememberProcedure({ code, description: r.entry.description }),
        () => undefined,
      )
    }
  }, [dxKey, pxKey, date, diagnosisInfo, procedureInfo, rememberDiagnosis, rememberProcedure])

  return { diagnosisInfo, procedureInfo, rememberDiagnosis, rememberProcedure }
}
