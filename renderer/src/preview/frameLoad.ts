/**
 * Loading print HTML into an iframe of our own: `srcdoc`, so the document is same-origin (the
 * measuring script reads its boxes and the fonts under /fonts/ load from our origin) while the
 * sandbox still forbids scripts in it. Resolves when the document is laid out with its fonts.
 */

/** Sandbox of every print-HTML frame: same origin so the app can read it, nothing else (no scripts). */
export const PRINT_FRAME_SANDBOX = 'allow-same-origin';

/**
 * Puts `frame` into `parent` with `html` as its document. The document is set before the frame is
 * attached, so the only load is the document's own (no about:blank load to tell apart first).
 */
export function loadHtmlInFrame(frame: HTMLIFrameElement, html: string, parent: HTMLElement): Promise<Document> {
  return new Promise<Document>((resolve, reject) => {
    const onLoad = () => {
      frame.removeEventListener('load', onLoad);
      const doc = frame.contentDocument;
      if (!doc) {
        reject(new Error('无法读取排版页面（框架文档不可访问）'));
        return;
      }
      resolve(whenFontsReady(doc).then(() => doc));
    };
    frame.addEventListener('load', onLoad);
    frame.srcdoc = html;
    parent.append(frame);
  });
}

/**
 * Web fonts load when layout first asks for them, so a document measured before that would be
 * measured in a fallback face: force a layout, then wait for the faces it asked for.
 */
export async function whenFontsReady(doc: Document): Promise<void> {
  doc.body?.getBoundingClientRect();
  // jsdom and old engines have no FontFaceSet; there is nothing to wait for then.
  const fonts = (doc as Document & { fonts?: FontFaceSet }).fonts;
  if (fonts) await fonts.ready;
}
