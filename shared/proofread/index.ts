/** 校对: rules, runs and fixes over the document model (see types.ts). */
export * from './types';
export { RULES, AUTO_RULES } from './rules';
export { segmentsOf, blockSegments, closingSegments } from './segments';
export { createProofreader, proofread, openFindings, isEditablePlace, CONTEXT_CHARS, type Proofreader } from './run';
export { applyReplacements, fixRuns, fixText, fixDocument, type FixChange } from './fix';
export { placeText, fixedElsewhere } from './describe';
