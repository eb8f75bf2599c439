// `npm run cli -- <command>`: runs the bundled command line (out/cli/briefdesk.mjs), building it
// first when it is missing or older than its sources, so an edit is never run stale and an unchanged
// checkout starts a command without compiling anything (esbuild is loaded only to rebuild).
import { CLI_BUNDLE, cliBundleStale } from './cliBundle.mjs';

if (await cliBundleStale()) await (await import('./build.mjs')).buildCli();
// In this process: the bundle reads process.argv after the script's own name.
process.argv.splice(1, 1, CLI_BUNDLE);
await import(CLI_BUNDLE);
