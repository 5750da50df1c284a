import { useUnsavedChanges } from '../../forms/unsaved'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form'
import type { VisitDetail, VisitStatus } from '../../../../shared/ops/visits'
import { Visit, type VisitInput } from '../../../../shared/schemas/visit'
import { displayIcd10cm, normalizeIcd10cm } from '../../../../shared/validators/icd10cm'
import { call } from '../../api'
import { FormAlert } from '../../components/FormAlert'
import { useFocusField } from '../../focusField'
import { useApiErrors } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { nameSavedVisit } from './codingRoute'
import type { CodeChoice } from './CodeTypeahead'
import { DiagnosisList } from './DiagnosisList'
import { Favorites, FAVORITE_KEYS } from './Favorites'
import { ServiceLines } from './ServiceLines'
import { Totals } from './Totals'
import type { CodingSetup, FavoriteRow } from './useCodingSetup'
import { useFavorites } from './useFavorites'
import { useVisitProblems } from './useVisitProblems'
import { useCodeDescriptions } from './useCodeDescriptions'
import { useVisitKeys } from './useVisitKeys'
import { VisitHeader } from './VisitHeader'
import {
  blankVisit,
  letterOf,
  lineCents,
  moved,
  movedPositions,
  newLine,
  remapPointers,
  removedPositions,
  visitValues,
  type VisitValues,
} from './visitForm'

interface Props {
  setup: CodingSetup
  detail: VisitDetail | null
  patientId: number | null
  patientShown: string
  /** The field a claim finding names, to put the cursor on once the form is drawn. */
  focus: string | null
  onSaved: (visitId: number) => void
}

interface Saved {
  visitId: number | undefined
  status: VisitStatus | 'new'
  /** The form's values as last saved, to tell whether anything changed since. */
  snapshot: string
}

function firstDefaults(setup: CodingSetup, patientId: number | null): VisitValues {
  const providers = setup.providers.filter((p) => p.active)
  const locations = setup.locations.filter((l) => l.active)
  const location = locations.length === 1 ? locations[0]! : null
  return blankVisit({
    patientId,
    providerId: providers.length === 1 ? providers[0]!.id : null,
    location: location && { id: location.id, placeOfService: location.placeOfService },
  })
}

/** How long a save's problems may take to be drawn for the cursor to go to the first. */
const PROBLEM_FOCUS_MS = 1500

/** The charge entry form: header, diagnoses, service lines, favorites and totals, all by keyboard. */
export function VisitForm({ setup, detail, patientId, patientShown, focus, onSaved }: Props) {
  const defaults = useMemo(
    () => (detail ? visitValues(detail.visit) : firstDefaults(setup, patientId)),
    // The form starts from what the screen opened with; later answers come through save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const canWrite = may(useSession().session, 'visits.write')
  const form = useForm<VisitInput, unknown, Visit>({
    resolver: zodResolver(Visit),
    defaultValues: defaults,
    shouldFocusError: false,
  })
  const { control, setValue, getValues, formState } = form
  const lines = useFieldArray({ control, name: 'lines' })
  // Each watch computes a fresh value: the form's own arrays change in place, which React would
  // not notice.
  const diagnoses = useWatch({ control, name: 'diagnoses', compute: (d) => [...(d ?? [])] })
  const lineValues = useWatch({
    control,
    name: 'lines',
    compute: (ls) => (ls ?? []).map((l) => ({ ...l })),
  })
  const date = useWatch({ control, name: 'dateOfService' }) || undefined
  const current = useWatch({ control, compute: (v) => JSON.stringify(v) })
  const api = useApiErrors(form, 'visit.')
  const formRef = useRef<HTMLFormElement>(null)
  const addDx = useRef<HTMLInputElement>(null)
  const addLine = useRef<HTMLInputElement>(null)
  const patientRef = useRef<HTMLInputElement>(null)

  const [saved, setSaved] = useState<Saved>(() => ({
    visitId: detail?.visitId,
    status: detail?.status ?? 'new',
    snapshot: JSON.stringify(defaults),
  }))
  const [shown, setShown] = useState(patientShown)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const working = useRef(false)
  // Once billed, the codes and lines are the claim's; the header (prior authorization, place
  // of service, referring provider) can still be fixed while the claim is unsent, and main
  // scrubs the claim again on save.
  useUnsavedChanges(canWrite && current !== saved.snapshot)
  const billed = saved.status === 'billed'
  const readOnly = billed || !canWrite
  const lineIds = lines.fields.map((f) => f.id)
  const problems = useVisitProblems(formState.errors, lineIds)
  const favorites = useFavorites(setup.favorites, setNotice)
  const codes = useCodeDescriptions(
    diagnoses,
    lineValues.map((l) => l.code ?? ''),
    date,
  )
  const revalidate = formState.isSubmitted

  /**
   * The cursor goes to the first field with a message, in reading order, its text selected: in
   * the first render that draws one after it is asked for (the schema's messages and main's
   * problems may be drawn a render apart on a busy machine), and not after a moment has passed.
   */
  const problemFocus = useRef(0)
  const [, askRender] = useState(0)
  const focusFirstProblem = () => {
    problemFocus.current = Date.now()
    askRender((n) => n + 1)
  }
  useLayoutEffect(() => {
    if (Date.now() - problemFocus.current > PROBLEM_FOCUS_MS) return
    const first = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [data-problem-focus]',
    )
    const target = first?.querySelector<HTMLElement>('[data-problem-focus]') ?? first
    if (!target) return
    problemFocus.current = 0
    target.focus()
    if (target instanceof HTMLInputElement) target.select()
  })

  /** The line's box to put the cursor in once the line is drawn (a new line, the next after one removed). */
  const [lineFocus, setLineFocus] = useState<{ index: number; part: string } | null>(null)
  function focusLinePart(index: number, part: string) {
    if (index < (getValues('lines') ?? []).length) setLineFocus({ index, part })
    else addLine.current?.focus()
  }

  /** Changes the diagnoses; with `positions`, every line's pointers follow their diagnosis. */
  function setDiagnoses(next: string[], positions?: readonly (number | null)[]) {
    setValue('diagnoses', next, { shouldDirty: true, shouldValidate: revalidate })
    if (!positions) return
    getValues('lines')?.forEach((line, i) => {
      setValue(`lines.${i}.pointers`, remapPointers(line.pointers ?? [], positions), {
        shouldValidate: revalidate,
      })
    })
  }

  function addDiagnosis(choice: CodeChoice) {
    const code = normalizeIcd10cm(choice.code)
    const list = getValues('diagnoses') ?? []
    const at = list.indexOf(code)
    if (at >= 0) {
      setNotice(`${displayIcd10cm(code)} is already diagnosis ${letterOf(at)}.`)
      return
    }
    codes.rememberDiagnosis({ ...choice, code })
    setDiagnoses([...list, code])
    setNotice(null)
    problems.dropOverall('diagnoses')
  }

  function addServiceLine(choice: CodeChoice) {
    codes.rememberProcedure(choice)
    const pointers = (getValues('diagnoses') ?? []).length ? [1] : []
    lines.append(newLine(choice.code, setup.fees.get(choice.code), pointers), {
      shouldFocus: false,
    })
    problems.dropOverall('lines')
    focusLinePart((getValues('lines') ?? []).length - 1, 'modifiers')
  }

  function applyFavorite(f: FavoriteRow | undefined) {
    if (readOnly || !f) return
    const choice: CodeChoice = {
      code: f.code,
      display: f.code,
      description: f.description,
      billable: true,
      source: 'list',
    }
    if (f.set === 'icd10cm') addDiagnosis(choice)
    else addServiceLine(choice)
  }

  const submit = (mark: boolean) => {
    if (working.current || !canWrite || (mark && billed)) return
    working.current = true
    api.clear()
    setNotice(null)
    void form
      .handleSubmit(
        async (visit) => {
          // What is sent; typing on while main answers stays "changed".
          const sent = JSON.stringify(getValues())
          const ids = lines.fields.map((f) => f.id)
          setBusy(true)
          try {
            const detail = await call('visits.save', { visitId: saved.visitId, visit })
            if (saved.visitId === undefined) {
              nameSavedVisit(detail.visitId)
              onSaved(detail.visitId)
            }
            const answer = mark
              ? await call('visits.markCoded', { visitId: detail.visitId })
              : { coded: false, problems: [], detail }
            setSaved({ visitId: detail.visitId, status: answer.detail.status, snapshot: sent })
            problems.take(answer.problems, visit.diagnoses, ids)
            if (answer.problems.length > 0) focusFirstProblem()
            else setNotice(savedNotice(mark, answer.detail.status))
          } catch (error) {
            api.report(error)
          } finally {
            setBusy(false)
          }
        },
        () => focusFirstProblem(),
      )()
      .finally(() => (working.current = false))
  }

  // Where the work starts: whose visit, then when; an opened visit goes straight to its codes
  // (or to the field a claim finding names).
  useFocusField(focus)
  useEffect(() => {
    if (readOnly || focus) return
    if (detail) addDx.current?.focus()
    else if (patientId === null) patientRef.current?.focus()
    else formRef.current?.querySelector<HTMLInputElement>('input[name="dateOfService"]')?.focus()
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useVisitKeys({
    onSave: () => submit(false),
    onMarkCoded: () => submit(true),
    onFavorite: (n) => n <= FAVORITE_KEYS && applyFavorite(favorites.favorites[n - 1]),
    onAddDiagnosis: () => addDx.current?.focus(),
    onAddLine: () => addLine.current?.focus(),
  })

  const priced = lineValues.map(lineCents)
  const total = priced.reduce<number>((sum, c) => sum + (c ?? 0), 0)

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        aria-label="Visit coding"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit(false)
        }}
        className="coding-form"
      >
        <VisitHeader
          setup={setup}
          patientShown={shown}
          patientRef={patientRef}
          readOnly={!canWrite}
          billed={billed}
          onPatient={(_id, label) => setShown(label)}
        />
        <div className="coding-body">
          <div className="coding-main">
            <DiagnosisList
              diagnoses={diagnoses}
              known={codes.diagnosisInfo}
              problems={problems.dx}
              overall={problems.overall('diagnoses')}
              errorAt={problems.diagnosisError}
              favorites={favorites.diagnoses}
              date={date}
              readOnly={readOnly}
              addRef={addDx}
              onAdd={addDiagnosis}
              onMove={(from, to) =>
                setDiagnoses(moved(diagnoses, from, to), movedPositions(diagnoses.length, from, to))
              }
              onRemove={(index) => {
                problems.dropDiagnosis(diagnoses[index])
                setDiagnoses(
                  diagnoses.filter((_, i) => i !== index),
                  removedPositions(diagnoses.length, index),
                )
              }}
              onReplace={(index, s) => {
                const code = normalizeIcd10cm(s.code)
                problems.dropDiagnosis(diagnoses[index])
                codes.rememberDiagnosis({ code, description: s.description, billable: true })
                setDiagnoses(diagnoses.map((c, i) => (i === index ? code : c)))
              }}
              onToggleFavorite={(code) => favorites.toggle('icd10cm', code)}
            />
            <ServiceLines
              ids={lineIds}
              focus={lineFocus}
              onFocused={() => setLineFocus(null)}
              codes={lineValues.map((l) => l.code ?? '')}
              descriptions={codes.procedureInfo}
              messagesOf={problems.lineMessages}
              overall={problems.overall('lines')}
              favorites={favorites.procedures}
              fees={setup.fees}
              date={date}
              readOnly={readOnly}
              addRef={addLine}
              onAdd={(c) => addServiceLine(c)}
              onCode={(index, c) => {
                codes.rememberProcedure(c)
                problems.dropLinePart(index, 'code')
              }}
              onEdited={problems.dropLinePart}
              onMove={(from, to, part) => {
                lines.move(from, to)
                setLineFocus({ index: to, part })
              }}
              onRemove={(index) => {
                // The box the cursor is in leaves first: its blur, arriving after the line is
                // gone, would write its value back and bring the line back empty (the charge
                // box did this: Alt+Del there cleared the charge instead of removing the line).
                if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
                lines.remove(index)
                focusLinePart(index, 'code')
              }}
              onToggleFavorite={(code) => favorites.toggle('procedure', code)}
            />
            {problems.others.map((p) => (
              <FormAlert key={p.key} message={p.problem.message} />
            ))}
            <FormAlert message={api.alert} />
          </div>
          <Favorites
            favorites={favorites.favorites}
            readOnly={readOnly}
            onUse={applyFavorite}
            onRemove={(f) => favorites.toggle(f.set, f.code)}
          />
        </div>
        <Totals
          lineCount={lineValues.length}
          totalCents={total}
          unpriced={priced.filter((c) => c === null).length}
          status={saved.status}
          changed={current !== saved.snapshot}
          notice={notice}
          busy={busy}
          readOnly={!canWrite}
          onSave={() => submit(false)}
          onMarkCoded={() => submit(true)}
        />
      </form>
    </FormProvider>
  )
}

function savedNotice(mark: boolean, status: VisitStatus): string {
  if (status === 'billed') return "Saved. The visit's unsent claims were scrubbed again."
  return mark ? 'Coded: every code checked for the date of service.' : 'Draft saved.'
}
