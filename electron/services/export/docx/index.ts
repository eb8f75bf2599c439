/** DOCX export in the official layout: see buildDocx.ts. */
export { buildDocx, closingPlacement, createDocxDocument } from './buildDocx';
export type { ClosingPlacement } from './placement';
