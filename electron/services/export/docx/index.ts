/** DOCX export in the official layout: see buildDocx.ts. */
export { buildDocx, closingPlacement, createDocument, createDocxDocument, issueSections, sectionProperties } from './buildDocx';
export type { ClosingPlacement } from '../../../../shared/layout/closingPlacement';
