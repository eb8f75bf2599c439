/** `npm run bench`: prints the figures the issues ask for. Figures, not assertions. */
import { runEditorBench } from './editorBench';
import { runLayoutBench } from './layoutBench';

const only = process.argv[2];
if (!only || only === 'editor') await runEditorBench();
if (!only || only === 'layout') await runLayoutBench();
