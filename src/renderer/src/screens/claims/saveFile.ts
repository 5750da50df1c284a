import { call } from '../../api'

/**
 * Hands a file to the person: a download named as main named it (in the desktop app Electron
 * asks where to save it). The object URL is let go once the download has started.
 */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A PDF that main sent as base64, as a file to save or open. */
export function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))
  return new Blob([bytes], { type: 'application/pdf' })
}

/** Said wherever an 837 or a printed form is saved: those files cannot be encrypted. */
export const PLAINTEXT_NOTE =
  'This file is not encrypted (claim files and printed forms cannot be): keep it in a private folder and delete it once sent.'

/**
 * The 837P of a batch, from its stored copy, saved under the batch's file name. Saving it to
 * carry to the clearinghouse by hand sends it: its claims become submitted (a batch already
 * uploaded by the sync stays as it is).
 */
export async function saveBatchFile(batchId: number): Promise<string> {
  const file = await call('claims.batchFile', { batchId })
  downloadFile(file.fileName, new Blob([file.content], { type: 'text/plain' }))
  await call('claims.batchExported', { batchId, file: file.fileName })
  return file.fileName
}
