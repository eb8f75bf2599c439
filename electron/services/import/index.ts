export { checkImportFile, extensionOf, readImportText } from './readImportFile';
export { detectWithSeries, draftOf, previewImport } from './previewImport';
export { saveImportedIssue, type SaveImportOptions } from './saveImport';
