/**
 * The host's facts (app.info): version, where the database and backups live, and which bundled fonts are
 * missing. Asked again whenever the window regains focus, so a notice goes away once the clerk (or IT)
 * has fetched the fonts, without a restart. Null until answered, and where the host does not answer.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/appChannels';
import { useApi } from '../api/ApiContext';

export function useAppInfo(): { info: AppInfo | null; recheck: () => void } {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const recheck = useCallback(() => {
    void api['app.info']({}).then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, [api]);
  useEffect(() => {
    recheck();
    window.addEventListener('focus', recheck);
    return () => window.removeEventListener('focus', recheck);
  }, [recheck]);
  return { info, recheck };
}
