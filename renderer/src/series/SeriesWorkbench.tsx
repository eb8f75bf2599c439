/**
 * 简报系列: the series a clerk keeps. Choose one, add one, delete one (refused while it has issues,
 * the refusal shown as it comes), and edit the chosen one's settings, section template and 报尾, or
 * bind a year of it as a 合订本.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import type { ToolProps } from '../app/tools';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StartingPointForm } from '../start/StartingPointForm';
import { MetricGroupsEditor } from '../statistics/MetricGroupsEditor';
import { ContentsForm } from './ContentsForm';
import { CopiesForm } from './CopiesForm';
import { SettingsForm } from './SettingsForm';
import { TemplateEditor } from './TemplateEditor';
import { VolumeForm } from './VolumeForm';
import './series.css';

type Tab = 'settings' | 'template' | 'closing' | 'metrics' | 'start' | 'volume';

const TABS: readonly { key: Tab; label: string }[] = [
  { key: 'settings', label: '基本设置' },
  { key: 'template', label: '章节模板' },
  { key: 'closing', label: '报尾与印数' },
  { key: 'metrics', label: '统计指标' },
  { key: 'start', label: '起点（接续往期）' },
  { key: 'volume', label: '合订本' },
];

export function SeriesWorkbench({ series: chosen, refresh }: Pick<ToolProps, 'series' | 'refresh'>) {
  const api = useApi();
  const [list, setList] = useState<Series[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(chosen?.id ?? null);
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<Tab>('settings');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const load = useCallback(
    () =>
      api['series.list']({}).then((result) => {
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        setList(result.value);
        setSelectedId((id) => (result.value.some((s) => s.id === id) ? id : (result.value[0]?.id ?? null)));
      }),
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);

  // Choosing another series in the sidebar shows it here too (seen during render, shown in the same commit).
  const chosenId = chosen?.id ?? null;
  const [seenChosenId, setSeenChosenId] = useState(chosenId);
  if (chosenId !== seenChosenId) {
    setSeenChosenId(chosenId);
    if (chosenId !== null) setSelectedId(chosenId);
  }

  const selected = list?.find((s) => s.id === selectedId) ?? null;

  const changed = (series: Series) => {
    setList((current) => current?.map((s) => (s.id === series.id ? series : s)) ?? current);
    refresh();
  };

  const remove = async () => {
    if (!selected) return;
    setConfirming(false);
    const result = await api['series.delete']({ id: selected.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setNotice(`已删除简报系列“${selected.title}”。`);
    await load();
    refresh();
  };

  return (
    <section className="bd-panel bd-series" data-testid="series-workbench" aria-labelledby="series-heading">
      <h1 id="series-heading">简报系列</h1>
      <div className="bd-series-bar">
        <ul className="bd-series-list" aria-label="简报系列">
          {(list ?? []).map((s) => (
            <li key={s.id}>
              <button
                type="button"
                data-testid={`series-item-${s.id}`}
                aria-pressed={!creating && s.id === selectedId}
                onClick={() => {
                  setSelectedId(s.id);
                  setCreating(false);
                  setError(null);
                  setNotice(null);
                }}
              >
                {s.title}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          data-testid="series-new"
          onClick={() => {
            setCreating(true);
            setError(null);
            setNotice(null);
          }}
        >
          新建系列
        </button>
        <button
          type="button"
          className="bd-danger"
          data-testid="series-delete"
          disabled={!selected || creating}
          onClick={() => setConfirming(true)}
        >
          删除系列
        </button>
      </div>
      {error && (
        <p role="alert" className="bd-error" data-testid="series-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="series-notice">
          {notice}
        </p>
      )}
      {creating && (
        <div className="bd-series-new">
          <h2>新建简报系列</h2>
          <SettingsForm
            series={null}
            submitLabel="创建"
            submit={(settings) => api['series.create']({ settings, closing: null })}
            onSaved={(series) => {
              setCreating(false);
              setSelectedId(series.id);
              setTab('settings');
              setNotice(`已新建简报系列“${series.title}”。`);
              void load();
              refresh();
            }}
            onCancel={() => setCreating(false)}
          />
        </div>
      )}
      {!creating && selected && (
        <div className="bd-series-detail" key={selected.id}>
          <div className="bd-tabs" role="tablist" aria-label="系列设置">
            {TABS.map((t) => (
              <button
                key={t.key}
                type="button"
                role="tab"
                aria-selected={tab === t.key}
                data-testid={`series-tab-${t.key}`}
                onClick={() => setTab(t.key)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="bd-tab-panel">
            {tab === 'settings' && (
              <>
                <SettingsForm
                  series={selected}
                  submitLabel="保存"
                  submit={(settings) => api['series.update']({ id: selected.id, settings })}
                  onSaved={changed}
                />
                <ContentsForm seriesId={selected.id} />
              </>
            )}
            {tab === 'template' && <TemplateEditor seriesId={selected.id} />}
            {tab === 'closing' && <CopiesForm series={selected} onSaved={changed} />}
            {/* The metric groups are the statistics area's (renderer/src/statistics); the template's 统计数据 picks from them. */}
            {tab === 'metrics' && <MetricGroupsEditor key={selected.id} seriesId={selected.id} />}
            {tab === 'start' && <StartingPointForm series={selected} />}
            {tab === 'volume' && <VolumeForm series={selected} />}
          </div>
        </div>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="删除简报系列"
          message={`确定删除“${selected.title}”吗？它的章节模板和统计指标将一并删除。还有简报的系列不能删除。`}
          confirmLabel="删除"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
