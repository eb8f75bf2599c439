export { detectIncoming, detectIssue, importSummary } from './detect';
export * from './types';
