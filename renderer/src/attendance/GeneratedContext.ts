/** What a generated block needs from the issue view around the editor. */
import { createContext } from 'react';
import type { GeneratedKind } from '../../../shared/document/types';

/** The issue whose body the editor holds: generated blocks render from its records. */
export const GeneratedIssueContext = createContext<number | null>(null);

/** Opens the issue's 考勤 / 进大厅 side panel at a kind (null outside an issue view: no button). */
export const OpenRecordsContext = createContext<((kind: GeneratedKind) => void) | null>(null);
