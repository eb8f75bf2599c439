/**
 * Saving an exported file from the page: the service's bytes (base64 in the contract) as a Blob,
 * offered through an `<a download>` with the service's file name. In a browser that is a download;
 * in Electron the download opens the system save dialog.
 */

export const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** How long the object URL lives: the browser reads it after the click, asynchronously. */
const REVOKE_AFTER_MS = 60_000;

export function saveBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
