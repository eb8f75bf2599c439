/**
 * 本期要目 of the open issue: 跟随系列 (the series' setting, shown in brackets), 显示 or 不显示. Saved
 * as soon as it is chosen, the status beside it; a finalized issue shows its choice but cannot change
 * it. `onChanged` tells the issue view, whose preview then reloads (the box is part of the print).
 */
import { useEffect, useState } from 'react';
import type { IssueContents } from '../../../shared/contract/channels';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';

type Choice = 'follow' | 'on' | 'off';

const choiceOf = (contents: IssueContents): Choice =>
  contents.override.enabled === null ? 'follow' : contents.override.enabled ? 'on' : 'off';
const enabledOf = (choice: Choice): boolean | null => (choice === 'follow' ? null : choice === 'on');

export function IssueContentsSwitch({ issueId, readOnly, onChanged }: { issueId: number; readOnly: boolean; onChanged: () => void }) {
  const api = useApi();
  const [contents, setContents] = useState<IssueContents | null>(null);
  const status = useSaveStatus();
  // A failed read leaves the switch disabled with the reason as its tooltip: no save was tried.
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['issues.contents']({ issueId }).then((result) => {
      if (!live) return;
      if (result.ok) setContents(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, issueId]);

  const choose = async (choice: Choice) => {
    if (!contents) return;
    status.saving();
    const result = await api['issues.updateContents']({ issueId, enabled: enabledOf(choice), level2: contents.override.level2 });
    if (!result.ok) {
      status.failed(result.error.message);
      return;
    }
    setContents(result.value);
    status.saved();
    onChanged();
  };

  const follows = contents?.series.enabled ? '显示' : '不显示';
  return (
    <span className="bd-issue-contents" data-testid="issue-contents">
      <label>
        本期要目：
        <select
          data-testid="issue-contents-choice"
          value={contents ? choiceOf(contents) : 'follow'}
          disabled={readOnly || contents === null || status.state.kind === 'saving'}
          title={readOnly ? '本期已定稿，不能修改。' : (loadError ?? undefined)}
          onChange={(e) => void choose(e.target.value as Choice)}
        >
          <option value="follow">跟随系列（{follows}）</option>
          <option value="on">显示</option>
          <option value="off">不显示</option>
        </select>
      </label>
      <SaveStatus state={status.state} testId="issue-contents-status" />
    </span>
  );
}
