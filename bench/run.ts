/** `npm run bench`: prints the figures the issues ask for. Figures, not assertions. */
import { runEditorBench } from './editorBench';

await runEditorBench();
