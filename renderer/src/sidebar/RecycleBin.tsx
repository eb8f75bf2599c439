/** 回收站: deleted issues of every series, with 恢复 and 彻底删除 (confirmed first). */
import { useCallback, useEffect, useState } from 'react';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { IssueSummary, Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { useReport } from '../app/messages';
import { ConfirmDialog } from '../common/ConfirmDialog';

export interface RecycleBinProps {
  series: readonly Series[];
  /** An issue came back: the live list of its series needs a reload. */
  onRestored: (issue: IssueSummary) => void;
}

function deletedAtText(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日删除`;
}

export function RecycleBin({ series, onRestored }: RecycleBinProps) {
  const api = useApi();
  const { report } = useReport();
  const [items, setItems] = useState<IssueSummary[] | null>(null);
  const [purging, setPurging] = useState<IssueSummary | null>(null);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const load = useCallback(
    () =>
      api['issues.listDeleted']({}).then((result) => {
        if (result.ok) setItems(result.value);
        else report(result.error);
      }),
    [api, report],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const seriesOf = (issue: IssueSummary) => series.find((s) => s.id === issue.seriesId);
  const label = (issue: IssueSummary) => {
    const s = seriesOf(issue);
    return `${s?.title ?? ''} ${formatIssueNumberLine(issue, s?.hasTotal ?? true)}`.trim();
  };

  const restore = async (issue: IssueSummary) => {
    const result = await api['issues.restore']({ id: issue.id });
    if (!result.ok) {
      report(result.error);
      return;
    }
    onRestored(result.value);
    await load();
  };

  const purge = async (issue: IssueSummary) => {
    setPurging(null);
    const result = await api['issues.purge']({ id: issue.id });
    if (!result.ok) report(result.error);
    await load();
  };

  return (
    <section className="bd-panel" data-testid="recycle-bin" aria-labelledby="recycle-bin-title">
      <h1 id="recycle-bin-title">回收站</h1>
      {items === null && <p>正在读取…</p>}
      {items?.length === 0 && <p className="bd-empty">回收站是空的。</p>}
      {items && items.length > 0 && (
        <ul className="bd-bin-list">
          {items.map((issue) => (
            <li key={issue.id} className="bd-bin-row" data-testid="deleted-row" data-issue-id={issue.id}>
              <span className="bd-bin-name">{label(issue)}</span>
              <span className="bd-bin-date">{deletedAtText(issue.deletedAt)}</span>
              <button type="button" aria-label={`恢复 ${label(issue)}`} onClick={() => void restore(issue)}>
                恢复
              </button>
              <button type="button" className="bd-danger" aria-label={`彻底删除 ${label(issue)}`} onClick={() => setPurging(issue)}>
                彻底删除
              </button>
            </li>
          ))}
        </ul>
      )}
      {purging && (
        <ConfirmDialog
          title="彻底删除"
          message={`“${label(purging)}”将被彻底删除，无法恢复。确定吗？`}
          confirmLabel="彻底删除"
          onConfirm={() => void purge(purging)}
          onCancel={() => setPurging(null)}
        />
      )}
    </section>
  );
}
