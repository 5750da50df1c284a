import { downloadFile } from '../claims/saveFile'

/** Hands a PDF main made to the person (opens or saves it, to print). */
export function downloadPdf(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))
  downloadFile(fileName, new Blob([bytes], { type: 'application/pdf' }))
}
