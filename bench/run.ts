/** `npm run bench`: prints the figures the issues ask for. Figures, not assertions. */
import { runArchiveBench } from './archiveBench';
import { runCompileBench } from './compileBench';
import { runEditorBench } from './editorBench';
import { runHeavyBench } from './heavyBench';
import { runImportBench } from './importBench';
import { runLayoutBench } from './layoutBench';
import { runPictureBench } from './pictureBench';
import { runProofreadBench } from './proofreadBench';

const only = process.argv[2];
if (!only || only === 'editor') await runEditorBench();
if (!only || only === 'layout') await runLayoutBench();
if (!only || only === 'layout' || only === 'pictures') await runPictureBench();
if (!only || only === 'layout' || only === 'compile') await runCompileBench();
if (!only || only === 'import') await runImportBench();
if (!only || only === 'archive') await runArchiveBench();
if (!only || only === 'heavy') await runHeavyBench();
if (!only || only === 'proofread') await runProofreadBench();
