import { startSftpServer, sftpUnavailable, type SftpServer } from '../support/sftp-server'
import { expect, test } from './fixtures'
import { openNewPractice, shoot } from './support'

const why = sftpUnavailable()

test.describe('Settings → Clearinghouse against a real OpenSSH server', () => {
  test.skip(why !== null, `No real sshd for this test: ${why}`)
  let server: SftpServer
  test.beforeAll(async () => {
    server = await startSftpServer()
  })
  test.afterAll(async () => {
    await server?.remove()
  })

  test('fills the form, tests the connection, confirms the host key shown and connects', async ({
    page,
    app,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await openNewPractice(page, app.entryUrl)
    const upload = server.folder('e2e/upload')
    const download = server.folder('e2e/download')

    await page.goto(`${app.url}#/settings`)
    const form = page.getByRole('form', { name: 'Clearinghouse' })
    await expect(form.getByRole('heading', { name: 'Clearinghouse' })).toBeVisible()
    const test_ = form.getByRole('button', { name: 'Test connection' })
    await expect(test_).toBeDisabled()
    await form.getByLabel('Clearinghouse', { exact: true }).fill('Example Clearinghouse (FAKE)')
    await form.getByLabel('SFTP server').fill(server.host)
    await form.getByLabel('Port').fill(String(server.port))
    await form.getByLabel('User name').fill(server.user)
    await form.getByRole('textbox', { name: 'Password' }).fill(server.password)
    // No fingerprint yet: the first connection shows the server's for the user to confirm.
    await form.getByLabel('Upload folder').fill(upload)
    await form.getByLabel('Download folder').fill(download)
    await expect(form.getByText('Save before testing')).toBeVisible()
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(form.getByText('Clearinghouse settings saved.')).toBeVisible()
    // The password is never shown again.
    await expect(form.getByText('A password is stored; leave empty to keep it.')).toBeVisible()
    await expect(form.getByRole('textbox', { name: 'Password' })).toHaveValue('')

    await test_.click()
    const result = form.getByTestId('clearinghouse-test-result')
    await expect(result).toContainText('Failed: host key unknown')
    await expect(result.locator('code')).toHaveText(server.fingerprint)
    await shoot(page, 'clearinghouse-host-key')
    await result.getByRole('button', { name: /This is the clearinghouse.s key — confirm/ }).click()
    await expect(result).toContainText('Connection works')
    await expect(form.getByLabel('Host key fingerprint')).toHaveValue(server.fingerprint)
    await shoot(page, 'clearinghouse-connected')

    // Testing again needs no confirmation: the key is kept.
    await test_.click()
    await expect(result).toContainText('Connection works')
  })
})
