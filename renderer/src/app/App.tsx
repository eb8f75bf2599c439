/**
 * The window: a sidebar with the series and their issues, and the main area showing one of the open
 * issue, the New-issue form or the recycle bin. Leaving an open issue first flushes its autosave; if
 * that save fails, the issue stays open so that no word is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { Issue, IssueSummary, Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { IssueView } from '../issues/IssueView';
import { NewIssue } from '../issues/NewIssue';
import { IssueList } from '../sidebar/IssueList';
import { LayoutSettingsDialog } from '../settings/LayoutSettingsDialog';
import { RecycleBin } from '../sidebar/RecycleBin';
import { StartPage } from '../start/StartPage';
import { FontsNotice } from './FontsNotice';
import { MessageArea, useReport } from './messages';
import { TOOLS, ToolView } from './tools';

import type { BriefEditor } from '../editor/createBriefEditor';

type View =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'issue'; issue: Issue }
  | { kind: 'bin' }
  | { kind: 'start' }
  | { kind: 'tool'; toolId: string };

export interface AppProps {
  /** Hands out the open issue's editor object (component tests drive edits through it). */
  onEditorReady?: (editor: BriefEditor) => void;
}

export function App({ onEditorReady }: AppProps = {}) {
  const api = useApi();
  const { report, clear } = useReport();
  const [seriesList, setSeriesList] = useState<Series[] | null>(null);
  const [seriesId, setSeriesId] = useState<number | null>(null);
  const [issues, setIssues] = useState<IssueSummary[]>([]);
  const [view, setView] = useState<View>({ kind: 'none' });
  const [deleting, setDeleting] = useState<IssueSummary | null>(null);
  const [settingsFor, setSettingsFor] = useState<number | null>(null);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const loadSeries = useCallback(
    () =>
      api['series.list']({}).then((result) => {
        if (!result.ok) {
          report(result.error);
          setSeriesList([]);
          return [];
        }
        setSeriesList(result.value);
        setSeriesId((current) =>
          current !== null && result.value.some((s) => s.id === current) ? current : (result.value[0]?.id ?? null),
        );
        return result.value;
      }),
    [api, report],
  );

  useEffect(() => {
    void loadSeries();
  }, [loadSeries]);

  // A new database opens on 接续往期, so the first issue continues the archive's numbers.
  useEffect(() => {
    let live = true;
    void api['start.state']({}).then((result) => {
      if (live && result.ok && result.value.needsStart) setView((v) => (v.kind === 'none' ? { kind: 'start' } : v));
    });
    return () => {
      live = false;
    };
  }, [api]);

  const loadIssues = useCallback(
    (id: number) =>
      api['issues.list']({ seriesId: id }).then((result) => {
        if (result.ok) setIssues(result.value);
        else report(result.error);
      }),
    [api, report],
  );

  useEffect(() => {
    if (seriesId !== null) void loadIssues(seriesId);
  }, [seriesId, loadIssues]);

  const series = seriesList?.find((s) => s.id === seriesId) ?? null;
  const openIssueId = view.kind === 'issue' ? view.issue.id : null;

  /** Saves what is pending in the open issue; false (and a message) when it could not be saved. */
  const leaveCurrent = async (): Promise<boolean> => {
    const flush = flushRef.current;
    if (view.kind !== 'issue' || !flush) return true;
    if (await flush()) return true;
    report('本期正文尚未保存成功，已停留在本期以免丢失内容。请按 Ctrl+S 重试保存。');
    return false;
  };

  const open = async (summary: Pick<IssueSummary, 'id'>) => {
    if (summary.id === openIssueId) return;
    if (!(await leaveCurrent())) return;
    const result = await api['issues.get']({ id: summary.id });
    if (!result.ok) {
      report(result.error);
      return;
    }
    clear();
    setView({ kind: 'issue', issue: result.value });
  };

  const show = async (next: View) => {
    if (!(await leaveCurrent())) return;
    clear();
    setView(next);
  };

  const onCreated = (issue: Issue) => {
    setView({ kind: 'issue', issue });
    void loadIssues(issue.seriesId);
  };

  const onUpdated = (issue: Issue) => {
    setView({ kind: 'issue', issue });
    void loadIssues(issue.seriesId);
  };

  const confirmDelete = async (issue: IssueSummary) => {
    setDeleting(null);
    if (issue.id === openIssueId && !(await leaveCurrent())) return;
    const result = await api['issues.delete']({ id: issue.id });
    if (!result.ok) {
      report(result.error);
      return;
    }
    if (issue.id === openIssueId) setView({ kind: 'none' });
    void loadIssues(issue.seriesId);
  };

  const onRestored = (issue: IssueSummary) => {
    if (issue.seriesId === seriesId) void loadIssues(issue.seriesId);
  };

  const registerFlush = useCallback((flush: () => Promise<boolean>) => {
    flushRef.current = flush;
  }, []);

  const tool = view.kind === 'tool' ? TOOLS.find((t) => t.id === view.toolId) : undefined;
  const openSeries = view.kind === 'issue' ? seriesList?.find((s) => s.id === view.issue.seriesId) : undefined;
  const settingsSeries = settingsFor === null ? undefined : seriesList?.find((s) => s.id === settingsFor);

  /** A series changed (版式设置, 默认报尾): the open issue's preview follows from the new object. */
  const onSeriesUpdated = (updated: Series) => {
    setSeriesList((list) => list?.map((s) => (s.id === updated.id ? updated : s)) ?? list);
  };

  return (
    <div className="bd-app">
      <aside className="bd-sidebar" aria-label="简报">
        <div className="bd-brand">简报台</div>
        {seriesList && seriesList.length > 0 && (
          <label className="bd-series-select">
            <span>简报系列</span>
            <select name="series" value={seriesId ?? ''} onChange={(event) => setSeriesId(Number(event.target.value))}>
              {seriesList.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {seriesList?.length === 0 && <p className="bd-empty">还没有简报系列。</p>}
        <button type="button" className="bd-primary" data-testid="new-issue" disabled={!series} onClick={() => void show({ kind: 'new' })}>
          新建一期
        </button>
        <button type="button" data-testid="open-layout-settings" disabled={!series} onClick={() => series && setSettingsFor(series.id)}>
          版式设置
        </button>
        {series && (
          <IssueList
            series={series}
            issues={issues}
            openIssueId={openIssueId}
            onOpen={(issue) => void open(issue)}
            onDelete={setDeleting}
          />
        )}
        <nav className="bd-tools" aria-label="工具">
          {TOOLS.map((tool) => (
            <button
              key={tool.id}
              type="button"
              data-testid={`open-tool-${tool.id}`}
              aria-pressed={view.kind === 'tool' && view.toolId === tool.id}
              onClick={() => void show({ kind: 'tool', toolId: tool.id })}
            >
              {tool.label}
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="bd-bin-button"
          data-testid="open-recycle-bin"
          aria-pressed={view.kind === 'bin'}
          onClick={() => void show({ kind: 'bin' })}
        >
          回收站
        </button>
      </aside>
      <main className="bd-main">
        <FontsNotice />
        <MessageArea />
        {view.kind === 'none' && <p className="bd-empty bd-welcome">请从左侧选择一期简报，或新建一期。</p>}
        {view.kind === 'new' && series && (
          <NewIssue key={series.id} series={series} onCreated={onCreated} onCancel={() => setView({ kind: 'none' })} />
        )}
        {view.kind === 'issue' && openSeries && (
          <IssueView
            key={view.issue.id}
            issue={view.issue}
            series={openSeries}
            onUpdated={onUpdated}
            onFlushReady={registerFlush}
            onOpenLayoutSettings={() => setSettingsFor(openSeries.id)}
            {...(onEditorReady ? { onEditorReady } : {})}
          />
        )}
        {view.kind === 'bin' && seriesList && <RecycleBin series={seriesList} onRestored={onRestored} />}
        {view.kind === 'start' && seriesList && (
          <StartPage
            seriesList={seriesList}
            refresh={() => {
              void loadSeries().then(() => {
                if (seriesId !== null) void loadIssues(seriesId);
              });
            }}
            onDone={(chosenId) => {
              void loadSeries().then((list) => {
                const target = chosenId ?? seriesId ?? list[0]?.id ?? null;
                if (target === null) return setView({ kind: 'none' });
                setSeriesId(target);
                void loadIssues(target);
                setView({ kind: 'new' });
              });
            }}
          />
        )}
        {tool && (
          <ToolView
            key={tool.id}
            tool={tool}
            series={series}
            seriesList={seriesList ?? []}
            openIssue={(issueId) => void open({ id: issueId })}
            refresh={() => {
              // A series a tool deleted has no issues to list: choosing another one loads its issues.
              void loadSeries().then((list) => {
                if (seriesId !== null && list.some((s) => s.id === seriesId)) void loadIssues(seriesId);
              });
            }}
          />
        )}
      </main>
      {settingsSeries && (
        <LayoutSettingsDialog
          key={settingsSeries.id}
          series={settingsSeries}
          onSeriesUpdated={onSeriesUpdated}
          onClose={() => setSettingsFor(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="移入回收站"
          message={`确定将“${formatIssueNumberLine(deleting, series?.hasTotal ?? true)}”移入回收站吗？之后可在回收站中恢复。`}
          confirmLabel="删除"
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
