/** Hands the BriefDeskApi to every component, so tests can render any part with a fake one. */
import { createContext, useContext, type ReactNode } from 'react';
import type { BriefDeskApi } from '../../../shared/contract/api';

const ApiContext = createContext<BriefDeskApi | null>(null);

export function ApiProvider({ api, children }: { api: BriefDeskApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): BriefDeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
