/**
 * The entry of the bundled command line (out/cli/briefdesk.mjs, built by scripts/build.mjs): Node
 * loads it instead of compiling the TypeScript at every start. main.ts runs the command when it is
 * the script Node was started with, which the bundle then is. The bundle sits in out/cli/, two
 * folders below the checkout like electron/services/, so package.json is found as before.
 *
 * Node's compile cache (V8 code for each chunk, kept in the temporary folder and checked against the
 * file's content) is switched on before the rest is imported: compiling the chunks was most of what
 * a command spent before doing anything.
 */
import { enableCompileCache } from 'node:module';
import './bundleFonts';

enableCompileCache?.();
const { runAsProcess } = await import('./main');
runAsProcess();
