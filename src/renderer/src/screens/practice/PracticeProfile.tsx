import { Alert, Loader } from '@mantine/core'
import { call } from '../../api'
import { PracticeForm } from '../../components/PracticeForm'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'

const loadPractice = () => call('practice.get', {})

/** The billing provider: legal name, NPI, EIN, taxonomy and addresses. */
export function PracticeProfile() {
  const { session } = useSession()
  const practice = useLoad(loadPractice)
  if (practice.error) {
    return (
      <Alert color="red" role="alert">
        {practice.error}
      </Alert>
    )
  }
  if (!practice.data) return <Loader size="sm" aria-label="Loading the practice" />
  return (
    <PracticeForm
      name={practice.data.name}
      profile={practice.data.profile}
      canEdit={may(session, 'practice.manage')}
    />
  )
}
