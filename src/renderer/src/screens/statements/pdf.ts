import { downloadFile } from '../claims/saveFile'

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))

/** Hands a PDF main made to the person (opens or saves it, to print). */
export function downloadPdf(fileName: string, base64: string): void {
  downloadFile(fileName, new Blob([bytesOf(base64)], { type: 'application/pdf' }))
}

/**
 * Opens the print dialog for a PDF main made: the desktop shell's (window.shell, from the
 * preload) in the app. The browser build has no shell: the PDF opens in a new tab, in the
 * browser's PDF viewer, whose Print button is the dialog (a page cannot print another tab's
 * PDF, and the page's content policy keeps PDFs out of its own frames); if pop-ups are blocked,
 * it is saved instead. Returns how it went, for the notice.
 */
export async function printPdf(
  fileName: string,
  base64: string,
): Promise<'dialog' | 'tab' | 'saved'> {
  const bytes = bytesOf(base64)
  if (window.shell) {
    await window.shell.printPdf(bytes)
    return 'dialog'
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
  const tab = window.open(url, '_blank')
  // The tab holds the document; the URL can go once it has surely loaded.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  if (tab) return 'tab'
  downloadPdf(fileName, base64)
  return 'saved'
}
