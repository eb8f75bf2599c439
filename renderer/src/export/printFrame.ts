/**
 * Printing the paginated print HTML: it goes into a hidden iframe of its own and that frame's window
 * prints — the system print dialog in Electron, the browser's otherwise. Only the print document is
 * printed, never the app around it. The sandbox adds `allow-modals` (print() is refused without it)
 * and still no scripts.
 */
import { loadHtmlInFrame, PRINT_FRAME_SANDBOX } from '../preview/frameLoad';

const FRAME_ID = 'bd-print-frame';

export async function printInFrame(pagedHtml: string, doc: Document = document): Promise<void> {
  // The last print's frame stays until the next print: afterprint does not fire everywhere.
  doc.getElementById(FRAME_ID)?.remove();
  const frame = doc.createElement('iframe');
  frame.id = FRAME_ID;
  frame.setAttribute('sandbox', `${PRINT_FRAME_SANDBOX} allow-modals`);
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = '打印';
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  await loadHtmlInFrame(frame, pagedHtml, doc.body);
  const win = frame.contentWindow;
  if (!win) throw new Error('无法打开打印页面');
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}
