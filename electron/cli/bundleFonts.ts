/**
 * The bundled command line (out/cli/briefdesk.mjs) is not where export/print/pdf.ts looks for the
 * fonts folder relative to itself: name it from the bundle's place, before anything else runs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (!process.env.BRIEFDESK_FONT_DIR) {
  process.env.BRIEFDESK_FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/fonts/fandol');
}
