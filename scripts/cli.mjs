// `npm run cli -- <command>`: runs the bundled command line (out/cli/briefdesk.mjs), building it
// first when it is missing or older than its sources, so an edit is never run stale and an unchanged
// checkout starts a command without compiling anything.
import { CLI_BUNDLE, buildCli, cliBundleStale } from './build.mjs';

if (await cliBundleStale()) await buildCli();
// In this process: the bundle reads process.argv after the script's own name.
process.argv.splice(1, 1, CLI_BUNDLE);
await import(CLI_BUNDLE);
