/**
 * The Electron host's print surface: a hidden, sandboxed BrowserWindow that shows print HTML on the
 * app's origin (app://briefdesk/__print/<id>.html, so the fonts under app://briefdesk/fonts/ load),
 * lets the print serializer measure it, and prints it to PDF. The services drive it through
 * `surfacePdfRenderer` (electron/services/export/pdfRenderer.ts).
 *
 * The window has no preload, so the page has no `briefdesk` API; and the IPC door only answers the
 * main window's web contents (shell/ipc.ts), so even a page here that tried could not call us.
 */
import type { PrintSurface } from '../services/export/pdfRenderer';
import type { PrintDocuments } from './printDocuments';
import { isolatedWebPreferences, type IsolatedWebPreferences } from './window';

export interface PrintToPdfOptions {
  preferCSSPageSize: boolean;
  printBackground: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface PrintWebContentsLike {
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  once(event: 'render-process-gone', listener: () => void): unknown;
}

export interface PrintWindowLike {
  readonly webContents: PrintWebContentsLike;
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrintWindowOptions {
  show: false;
  width: number;
  height: number;
  webPreferences: IsolatedWebPreferences & {
    // A hidden window is a background page to Chromium; its timers and loading must not be slowed.
    backgroundThrottling: false;
  };
}

export interface PrintSurfaceDeps<W extends PrintWindowLike> {
  BrowserWindow: new (options: PrintWindowOptions) => W;
  documents: PrintDocuments;
}

/** Web fonts load when text first asks for them; measuring before they are ready measures a fallback. */
const FONTS_READY = 'document.fonts.ready.then(() => document.fonts.status)';

/**
 * printToPDF's options: the document's own @page size and margins, its red masthead and rules. The
 * default margins are zero, as in the Chromium path the layout check measures (Playwright's page.pdf),
 * rather than Electron's 1 cm, so that nothing but the document's @page rules places the text.
 */
export const PRINT_TO_PDF_OPTIONS: PrintToPdfOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};

export async function openHiddenWindowSurface<W extends PrintWindowLike>(deps: PrintSurfaceDeps<W>): Promise<PrintSurface> {
  const window = new deps.BrowserWindow({
    show: false,
    // Wider and taller than an A4 page at 96 dpi, so nothing is laid out against the viewport's edge.
    width: 1000,
    height: 1400,
    // No preload: this page must never reach the API. Never devtools: nobody looks at it.
    webPreferences: { ...isolatedWebPreferences(false), backgroundThrottling: false },
  });
  const { webContents } = window;
  const { documents } = deps;

  // A crashed renderer would leave a load or a script waiting for ever; every step races this.
  const gone = new Promise<never>((_resolve, reject) => {
    webContents.once('render-process-gone', () => reject(new Error('print window renderer process is gone')));
  });
  gone.catch(() => {});
  const unlessGone = <T>(work: Promise<T>): Promise<T> => Promise.race([work, gone]);

  let shownId: string | null = null;
  const releaseShown = (): void => {
    if (shownId !== null) documents.release(shownId);
    shownId = null;
  };

  return {
    async show(html) {
      // The previous document has been read in full; only the new one needs to be served.
      releaseShown();
      const { id, url } = documents.register(html);
      shownId = id;
      await unlessGone(window.loadURL(url));
      await unlessGone(webContents.executeJavaScript(FONTS_READY));
    },
    evaluate(expression) {
      return unlessGone(webContents.executeJavaScript(expression));
    },
    async printToPdf() {
      const pdf = await unlessGone(webContents.printToPDF(PRINT_TO_PDF_OPTIONS));
      // Electron answers a Buffer; the contract wants the plain bytes.
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    close() {
      releaseShown();
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
