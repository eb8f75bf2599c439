/**
 * The entry of the bundled command line (out/cli/briefdesk.mjs, built by scripts/build.mjs): one file
 * Node loads at once instead of compiling the TypeScript at every start. main.ts runs the command
 * when it is the script Node was started with, which the bundle then is. The bundle sits in out/cli/,
 * two folders below the checkout like electron/services/, so package.json is found as before.
 */
import './bundleFonts';
import './main';
