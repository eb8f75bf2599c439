/** The label store a numbered block reads its number from (DocumentEditor provides it). */
import { createContext } from 'react';
import type { LabelStore } from '../labelStore';

export const LabelStoreContext = createContext<LabelStore | null>(null);
