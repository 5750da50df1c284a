import { Fragment } from 'react'
import { formatDate } from '../../../shared/usFormat'
import { localIsoDate } from '../../../shared/validators/isoDate'
interface Props {
  practiceName: string
  recoveryKey: string
  createdOn: Date
}

/** The page that comes out of the printer: only this is visible when printing. */
export function RecoveryKeySheet({ practiceName, recoveryKey, createdOn }: Props) {
  return (
    <section className="print-only recovery-sheet" aria-hidden="true">
      <h1>ClaimDesk recovery key</h1>
      <p>
        <strong>Practice:</strong> {practiceName}
        <br />
        <strong>Created:</strong> {formatDate(localIsoDate(createdOn))}
      </p>
      <p className="recovery-sheet-key">
        <KeyGroups recoveryKey={recoveryKey} />
      </p>
      <ul>
        <li>
          This key opens the practice's encrypted data if every administrator password is lost.
        </li>
        <li>
          Keep this sheet locked away (a safe or a locked drawer), not next to the computer. Anyone
          holding it and the data folder can read all patient data.
        </li>
        <li>
          To use it: on the sign-in screen choose "Forgot password? Use the recovery key" and type
          it exactly as printed.
        </li>
        <li>ClaimDesk cannot show this key again.</li>
      </ul>
    </section>
  )
}

/**
 * Each group of the key stays whole on one line: a line may break only after a dash, so what is
 * copied off the screen by hand is never a group split in two.
 */
export function KeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-')
  return groups.map((group, i) => (
    <Fragment key={i}>
      <span className="key-group">
        {group}
        {i < groups.length - 1 ? '-' : ''}
      </span>
      {i < groups.length - 1 && <wbr />}
    </Fragment>
  ))
}
