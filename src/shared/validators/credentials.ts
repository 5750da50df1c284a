import { requiredField } from './field'

/** Suggestions for the provider form's picker; other credentials may be typed. */
export const COMMON_CREDENTIALS: readonly string[] =
  'MD DO NP PA-C APRN CNM CRNA DPM DC OD DDS DMD PT DPT OT SLP RD PhD PsyD LCSW LPC LMFT'.split(' ')

/** Printed after the provider's name on statements and CMS-1500 box 31, e.g. "MD, FACP". */
export function credentialsError(value: string): string | null {
  const text = value.trim()
  if (text === '') return "Enter the provider's credentials, like MD, DO, NP or PA-C"
  if (text.length > 30 || !/^[A-Za-z][A-Za-z.-]*(,? [A-Za-z][A-Za-z.-]*)*$/.test(text)) {
    return `Credentials "${text}" should be letters like MD, DO, NP or PA-C, separated by commas (30 characters at most)`
  }
  return null
}

export const Credentials = requiredField(credentialsError)
