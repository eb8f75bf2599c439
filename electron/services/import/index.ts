export { checkImportFile, extensionOf, readImportFile } from './readImportFile';
export { detectWithSeries, draftOf, previewImport } from './previewImport';
export { saveImportedIssue, type SaveImportOptions } from './saveImport';
