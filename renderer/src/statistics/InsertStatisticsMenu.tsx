/**
 * Toolbar entry 插入统计: a statistics block of one of the issue's series' metric groups, after the
 * current block. The groups are asked for when the menu opens (the issue's series through
 * issues.get), so opening an issue costs no extra request and always lists the current groups.
 */
import { useContext, useState, type MouseEvent } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { MetricGroup } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';
import { GeneratedIssueContext } from '../attendance/GeneratedContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import { takeSelectionFromDom } from '../editor/domSelection';
import { insertStatistics } from './statisticsCommands';

export function InsertStatisticsMenu() {
  const editor = useSlateStatic() as BriefEditor;
  const api = useApi();
  const issueId = useContext(GeneratedIssueContext);
  const [groups, setGroups] = useState<MetricGroup[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (issueId === null) return null;

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setError(null);
    const issue = await api['issues.get']({ id: issueId });
    if (!issue.ok) return setError(issue.error.message);
    const result = await api['statistics.groups']({ seriesId: issue.value.seriesId });
    if (!result.ok) return setError(result.error.message);
    setGroups(result.value);
  };

  const insert = (group: MetricGroup) => {
    setOpen(false);
    takeSelectionFromDom(editor); // after the block the caret is in, as the clerk sees it
    insertStatistics(editor, group.id);
    ReactEditor.focus(editor);
  };

  // The editor keeps its selection: a press on the menu must not move the focus first.
  const keep = (event: MouseEvent) => event.preventDefault();

  return (
    <div className="bd-tool-group bd-statistics-menu" role="group" aria-label="统计">
      <button
        type="button"
        className="bd-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="insert-statistics"
        onMouseDown={keep}
        onClick={() => void toggle()}
      >
        插入统计
      </button>
      {open && (
        <div role="menu" aria-label="插入统计" className="bd-statistics-menu-list">
          {groups === null && error === null && <span>正在读取…</span>}
          {groups?.length === 0 && <span>本系列尚未设置统计（在“简报系列”中设置）。</span>}
          {groups?.map((g) => (
            <button key={g.id} type="button" role="menuitem" onMouseDown={keep} onClick={() => insert(g)}>
              {g.name}
            </button>
          ))}
          {error && (
            <span role="alert" className="bd-statistics-error">
              {error}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
