/** The issue whose body the editor holds: generated blocks render from its records. */
import { createContext } from 'react';

export const GeneratedIssueContext = createContext<number | null>(null);
