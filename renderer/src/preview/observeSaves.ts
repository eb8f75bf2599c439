/**
 * The API as the editor sees it, with a listener told after every stored save. The preview renders
 * what the services have stored, so a completed save is exactly when it has something new to show.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';

export function observeSaves(api: BriefDeskApi, onSaved: () => void): BriefDeskApi {
  return {
    ...api,
    'issues.saveDocument': async (input) => {
      const result = await api['issues.saveDocument'](input);
      if (result.ok) onSaved();
      return result;
    },
  };
}
