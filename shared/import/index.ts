export { detectIssue, importSummary } from './detect';
export * from './types';
