/** Toolbar entry 插入统计: a statistics block of one of the issue's series' metric groups, after the current block. */
import { useContext, useEffect, useState, type ChangeEvent } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { MetricGroup } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import { GeneratedIssueContext } from '../attendance/GeneratedContext';
import { insertStatistics } from './statisticsCommands';

export function InsertStatisticsMenu() {
  const editor = useSlateStatic() as BriefEditor;
  const api = useApi();
  const issueId = useContext(GeneratedIssueContext);
  const [groups, setGroups] = useState<MetricGroup[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (issueId === null) return;
    let live = true;
    void (async () => {
      const issue = await api['issues.get']({ id: issueId });
      if (!live || !issue.ok) return;
      const result = await api['statistics.groups']({ seriesId: issue.value.seriesId });
      if (!live) return;
      if (result.ok) setGroups(result.value);
      else setError(result.error.message);
    })();
    return () => {
      live = false;
    };
  }, [api, issueId]);

  if (issueId === null || (groups.length === 0 && error === null)) return null;

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const group = groups.find((g) => String(g.id) === event.target.value);
    event.target.value = '';
    if (!group) return;
    insertStatistics(editor, group.id);
    ReactEditor.focus(editor);
  };

  return (
    <div className="bd-tool-group" role="group" aria-label="统计">
      <select className="bd-tool" aria-label="插入统计" data-testid="insert-statistics" defaultValue="" onChange={onChange}>
        <option value="" disabled>
          插入统计
        </option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="bd-statistics-error">
          {error}
        </span>
      )}
    </div>
  );
}
