/**
 * A series' statistics definitions (embedded in the 简报系列 workbench): groups with their name, mode
 * (本期数字: this period's figures, totals computed; 累计数字: the platform's totals since 1 January)
 * and lead, and their metrics. Saved whole through statistics.saveGroups; a refusal (a metric that
 * already has figures, a group the template uses) is shown and the form keeps what was typed.
 */
import { useEffect, useState } from 'react';
import type { MetricGroupMode } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';
import { draftsOfGroups, groupsInput, moved, newGroup, removedAt, replacedAt, type GroupDraft } from './groupsDraft';
import { MetricRowsEditor } from './MetricRowsEditor';
import './statistics.css';

const MODE_LABELS: Record<MetricGroupMode, string> = { period: '本期数字', cumulative: '累计数字' };

export function MetricGroupsEditor({ seriesId }: { seriesId: number }) {
  const api = useApi();
  const [groups, setGroups] = useState<GroupDraft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const status = useSaveStatus();

  // Mounted once per series (SeriesWorkbench keys it on the series), so there is nothing to reset here.
  useEffect(() => {
    let live = true;
    void api['statistics.groups']({ seriesId }).then((result) => {
      if (!live) return;
      if (result.ok) setGroups(draftsOfGroups(result.value));
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, seriesId]);

  if (groups === null) {
    return error ? (
      <p role="alert" className="bd-metric-groups-error">
        {error}
      </p>
    ) : (
      <p>正在读取统计设置…</p>
    );
  }

  const edit = (i: number, patch: Partial<GroupDraft>) => {
    status.reset();
    setGroups(replacedAt(groups, i, { ...groups[i]!, ...patch }));
  };

  const save = async () => {
    status.saving();
    const result = await api['statistics.saveGroups']({ seriesId, groups: groupsInput(groups) });
    if (!result.ok) {
      setError(result.error.message);
      status.failed('见上方说明');
      return;
    }
    setError(null);
    setGroups(draftsOfGroups(result.value));
    status.saved('统计设置');
  };

  return (
    <section className="bd-metric-groups" data-testid="metric-groups-editor" aria-label="统计设置">
      <h3>统计</h3>
      {groups.length === 0 && <p>本系列尚未设置统计。</p>}
      {groups.map((g, i) => (
        <fieldset key={g.key} data-testid={`metric-group-${i}`}>
          <legend>统计{i + 1}</legend>
          <label>
            名称
            <input
              aria-label={`统计${i + 1}名称`}
              data-testid={`metric-group-name-${i}`}
              value={g.name}
              onChange={(e) => edit(i, { name: e.target.value })}
            />
          </label>
          <label>
            方式
            <select
              aria-label={`统计${i + 1}方式`}
              value={g.mode}
              onChange={(e) => edit(i, { mode: e.target.value === 'cumulative' ? 'cumulative' : 'period' })}
            >
              {(['period', 'cumulative'] as const).map((mode) => (
                <option key={mode} value={mode}>
                  {MODE_LABELS[mode]}
                </option>
              ))}
            </select>
          </label>
          <label>
            引导语
            <input
              aria-label={`统计${i + 1}引导语`}
              placeholder={g.mode === 'cumulative' ? '如：据四川一体化政务服务平台数据统计，' : '可不填'}
              value={g.lead}
              onChange={(e) => edit(i, { lead: e.target.value })}
            />
          </label>
          <MetricRowsEditor group={g} index={i} onChange={(metrics) => edit(i, { metrics })} />
          <div>
            <button type="button" aria-label={`统计${i + 1}上移`} disabled={i === 0} onClick={() => setGroups(moved(groups, i, -1))}>
              上移
            </button>
            <button
              type="button"
              aria-label={`统计${i + 1}下移`}
              disabled={i === groups.length - 1}
              onClick={() => setGroups(moved(groups, i, 1))}
            >
              下移
            </button>
            <button type="button" aria-label={`删除统计${i + 1}`} onClick={() => setGroups(removedAt(groups, i))}>
              删除统计
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" data-testid="metric-group-add" onClick={() => setGroups([...groups, newGroup()])}>
        添加统计
      </button>
      <button type="button" data-testid="metric-groups-save" disabled={status.state.kind === 'saving'} onClick={() => void save()}>
        保存统计
      </button>
      {error && (
        <p role="alert" className="bd-metric-groups-error">
          {error}
        </p>
      )}
      <SaveStatus state={status.state} testId="metric-groups-status" />
    </section>
  );
}
