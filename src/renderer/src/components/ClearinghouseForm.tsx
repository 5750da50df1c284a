import {
  Alert,
  Button,
  Code,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { FormProvider } from 'react-hook-form'
import { z } from 'zod'
import { ClearinghouseConnection, type ConnectionTest } from '../../../shared/ops/clearinghouse'
import { ClearinghouseSettings } from '../../../shared/schemas/claim'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { FormAlert } from './FormAlert'
import { WholeNumberInput } from './WholeNumberInput'

const FormSchema = z.object({
  connection: ClearinghouseConnection,
  // Empty means "keep the stored one" (the fields are cleared after each save).
  password: z
    .string()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  privateKey: z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => v || undefined),
  ids: ClearinghouseSettings,
})

type View = Awaited<ReturnType<typeof loadView>>
export const loadView = () => call('clearinghouse.get', {})

const EMPTY: z.input<typeof ClearinghouseConnection> = {
  name: '',
  host: '',
  port: 22,
  username: '',
  auth: 'password',
  hostKey: null,
  uploadDir: '',
  downloadDir: '',
  archiveDir: null,
  schedule: { enabled: true, everyMinutes: 30, from: '07:00', until: '19:00' },
}

/**
 * What the form holds for a stored account: the optional GS codes present even when unset (a
 * missing key counts as a change, and a changed form cannot test the connection), secrets empty.
 */
function formValues(v: Pick<View, 'connection' | 'ids'>) {
  return {
    connection: v.connection ?? EMPTY,
    ids: { applicationSenderCode: undefined, applicationReceiverCode: undefined, ...v.ids },
    password: '',
    privateKey: '',
  }
}

const orNull = (v: string | null) => (v && v.trim() !== '' ? v : null)
const orUndefined = (v: string | undefined) => (v && v !== '' ? v : undefined)

/**
 * Settings → Clearinghouse: the SFTP account (the password or key is sent to main once and never
 * shown again), the 837 IDs from the enrollment letter, the schedule, and Test connection.
 */
export function ClearinghouseForm({ view, onSaved }: { view: View; onSaved: () => void }) {
  const [test, setTest] = useState<ConnectionTest | null>(null)
  const [testing, setTesting] = useState(false)
  const ch = useRecordForm(
    FormSchema,
    formValues(view),
    async (values, form) => {
      const next = await call('clearinghouse.save', values)
      // The secret is never shown again: its field is emptied, so the form is clean and
      // Test connection can run at once.
      form.reset(formValues(next))
      onSaved()
    },
    { focus: 'first-registered' },
  )
  const { register, formState, watch } = ch.form
  const e = formState.errors
  const auth = watch('connection.auth')

  const runTest = async (trustHostKey?: string) => {
    setTesting(true)
    try {
      setTest(await call('clearinghouse.test', trustHostKey ? { trustHostKey } : {}))
      if (trustHostKey) {
        // The confirmed key is stored: show it in its field, the form still unchanged.
        const values = ch.form.getValues()
        ch.form.reset({ ...values, connection: { ...values.connection, hostKey: trustHostKey } })
        onSaved()
      }
    } catch (err) {
      setTest({
        ok: false,
        kind: 'other',
        message: err instanceof Error ? err.message : String(err),
        fingerprint: null,
      })
    } finally {
      setTesting(false)
    }
  }

  return (
    <FormProvider {...ch.form}>
      <form {...ch.formProps} aria-label="Clearinghouse">
        <Stack gap="sm" maw={720}>
          <Title order={3}>Clearinghouse</Title>
          <TextInput
            label="Clearinghouse"
            description="e.g. Office Ally, Claim.MD, Availity"
            error={e.connection?.name?.message}
            {...register('connection.name')}
          />
          <Group align="flex-start">
            <TextInput
              label="SFTP server"
              spellCheck={false}
              error={e.connection?.host?.message}
              {...register('connection.host')}
            />
            <WholeNumberInput name="connection.port" label="Port" w={100} min={1} max={65535} />
            <TextInput
              label="User name"
              spellCheck={false}
              error={e.connection?.username?.message}
              {...register('connection.username')}
            />
          </Group>
          <NativeSelect
            label="Sign in with"
            data={[
              { value: 'password', label: 'Password' },
              { value: 'key', label: 'Private key' },
            ]}
            w={200}
            {...register('connection.auth')}
          />
          {auth === 'password' ? (
            <PasswordInput
              label="Password"
              description={
                view.hasPassword ? 'A password is stored; leave empty to keep it.' : undefined
              }
              autoComplete="new-password"
              error={e.password?.message}
              {...register('password')}
            />
          ) : (
            <Textarea
              label="Private key"
              description={
                view.hasPrivateKey
                  ? 'A key is stored; leave empty to keep it.'
                  : 'Paste the key file (-----BEGIN … PRIVATE KEY-----).'
              }
              autosize
              minRows={2}
              maxRows={6}
              spellCheck={false}
              error={e.privateKey?.message}
              {...register('privateKey')}
            />
          )}
          <TextInput
            label="Host key fingerprint"
            description="SHA256:… from the clearinghouse; leave empty and Test connection shows the server's for you to confirm."
            spellCheck={false}
            error={e.connection?.hostKey?.message}
            {...register('connection.hostKey', { setValueAs: orNull })}
          />
          <Group align="flex-start" grow>
            <TextInput
              label="Upload folder"
              spellCheck={false}
              error={e.connection?.uploadDir?.message}
              {...register('connection.uploadDir')}
            />
            <TextInput
              label="Download folder"
              spellCheck={false}
              error={e.connection?.downloadDir?.message}
              {...register('connection.downloadDir')}
            />
            <TextInput
              label="Archive folder"
              description="Only if the account may not delete files"
              spellCheck={false}
              error={e.connection?.archiveDir?.message}
              {...register('connection.archiveDir', { setValueAs: orNull })}
            />
          </Group>
          <Group align="flex-start">
            <Switch
              label="Sync on a schedule"
              mt={28}
              {...register('connection.schedule.enabled')}
            />
            <WholeNumberInput
              name="connection.schedule.everyMinutes"
              label="Every (minutes)"
              w={130}
              min={5}
              max={720}
            />
            <TextInput
              label="From"
              w={90}
              error={e.connection?.schedule?.from?.message}
              {...register('connection.schedule.from')}
            />
            <TextInput
              label="Until"
              w={90}
              error={e.connection?.schedule?.until?.message}
              {...register('connection.schedule.until')}
            />
          </Group>
          <Title order={4}>837 IDs (from the enrollment letter)</Title>
          <Group align="flex-start">
            <TextInput
              label="ISA05"
              w={70}
              error={e.ids?.senderQualifier?.message}
              {...register('ids.senderQualifier')}
            />
            <TextInput
              label="Sender ID (ISA06)"
              error={e.ids?.senderId?.message}
              {...register('ids.senderId')}
            />
            <TextInput
              label="ISA07"
              w={70}
              error={e.ids?.receiverQualifier?.message}
              {...register('ids.receiverQualifier')}
            />
            <TextInput
              label="Receiver ID (ISA08)"
              error={e.ids?.receiverId?.message}
              {...register('ids.receiverId')}
            />
          </Group>
          <Group align="flex-start">
            <TextInput
              label="GS02 (optional)"
              error={e.ids?.applicationSenderCode?.message}
              {...register('ids.applicationSenderCode', { setValueAs: orUndefined })}
            />
            <TextInput
              label="GS03 (optional)"
              error={e.ids?.applicationReceiverCode?.message}
              {...register('ids.applicationReceiverCode', { setValueAs: orUndefined })}
            />
            <NativeSelect
              label="Files are"
              data={[
                { value: 'T', label: 'Test (T)' },
                { value: 'P', label: 'Production (P)' },
              ]}
              {...register('ids.usage')}
            />
          </Group>
          <Group align="flex-start">
            <TextInput
              label="Submitter ID (1000A)"
              error={e.ids?.submitterId?.message}
              {...register('ids.submitterId')}
            />
            <TextInput
              label="Contact (1000A)"
              error={e.ids?.contactName?.message}
              {...register('ids.contactName')}
            />
            <TextInput
              label="Receiver name (1000B)"
              error={e.ids?.receiverName?.message}
              {...register('ids.receiverName')}
            />
          </Group>
          <FormAlert message={ch.api.alert} />
          {ch.saved && !formState.isDirty && (
            <Alert color="teal" variant="light" role="status">
              Clearinghouse settings saved.
            </Alert>
          )}
          {test && (
            <Alert
              color={test.ok ? 'teal' : test.kind === 'host_key_unknown' ? 'yellow' : 'red'}
              role="status"
              data-testid="clearinghouse-test-result"
              title={
                test.ok ? 'Connection works' : `Failed: ${test.kind?.replace(/_/g, ' ') ?? ''}`
              }
            >
              <Stack gap={6}>
                <Text size="sm">{test.message}</Text>
                {test.kind === 'host_key_unknown' && test.fingerprint && (
                  <Group>
                    <Code>{test.fingerprint}</Code>
                    <Button size="xs" onClick={() => void runTest(test.fingerprint!)}>
                      This is the clearinghouse&apos;s key — confirm
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              Save
            </Button>
            <Button
              variant="default"
              loading={testing}
              disabled={!view.connection || formState.isDirty}
              onClick={() => void runTest()}
            >
              Test connection
            </Button>
            {formState.isDirty && (
              <Text size="xs" c="dimmed">
                Save before testing
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  )
}
