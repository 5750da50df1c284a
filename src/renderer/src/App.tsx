import { Alert, Button, Center, Loader } from '@mantine/core'
import { useMemo, useState } from 'react'
import { AuthLayout } from './components/AuthLayout'
import { Shell } from './components/Shell'
import { ChangePassword } from './screens/ChangePassword'
import { Login } from './screens/Login'
import { Recover } from './screens/Recover'
import { RecoveryKey } from './screens/RecoveryKey'
import { Setup, type SetupDone } from './screens/Setup'
import { Unlock } from './screens/Unlock'
import { SessionContext, type SessionState } from './session'
import { useSessionGate } from './useSessionGate'

/**
 * The session gate: which one screen may show, decided by what main says about the store and
 * the session. Locked means the unlock screen and nothing else — no navigation, no data.
 */
export function App() {
  const gate = useSessionGate()
  const { info, session, failure, accept, refresh, lock, logout, notice } = gate
  const [fresh, setFresh] = useState<SetupDone | null>(null)
  const [recovering, setRecovering] = useState(false)

  const state = useMemo<SessionState | null>(
    () => (info && session ? { info, session, accept, refresh, lock, logout } : null),
    [info, session, accept, refresh, lock, logout],
  )
  const version = info?.version

  if (fresh) {
    return (
      <RecoveryKey
        practiceName={fresh.practiceName}
        recoveryKey={fresh.recoveryKey}
        onContinue={() => {
          accept(fresh.session)
          setFresh(null)
        }}
      />
    )
  }
  if (!info || !session) {
    if (!failure) {
      return (
        <Center h="100%">
          <Loader aria-label="Connecting to ClaimDesk" />
        </Center>
      )
    }
    return (
      <AuthLayout title="ClaimDesk cannot start">
        <Alert color="red" role="alert">
          {failure}
        </Alert>
        <Button onClick={() => void refresh()} autoFocus>
          Try again
        </Button>
      </AuthLayout>
    )
  }
  if (info.store === 'absent') return <Setup version={version} onDone={setFresh} />
  if (!session.signedIn || !session.user) {
    const signedIn = (next: typeof session) => {
      setRecovering(false)
      accept(next)
    }
    return recovering ? (
      <Recover version={version} onSignedIn={signedIn} onBack={() => setRecovering(false)} />
    ) : (
      <Login
        version={version}
        notice={notice}
        onSignedIn={signedIn}
        onRecover={() => setRecovering(true)}
      />
    )
  }
  if (session.locked) {
    return (
      <Unlock
        session={session}
        version={version}
        onUnlocked={accept}
        onSignOut={() => void logout()}
      />
    )
  }
  if (session.user.mustChangePassword) {
    return (
      <ChangePassword
        required
        version={version}
        onChanged={accept}
        onSignOut={() => void logout()}
      />
    )
  }
  return (
    <SessionContext.Provider value={state}>
      <Shell />
    </SessionContext.Provider>
  )
}
