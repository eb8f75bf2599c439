/**
 * 接续往期: what a new (empty) database opens on. Two ways in — 从往期导入 (a folder of DOCX/TXT, then
 * the summary of what was learned) and 手动设定起点 (per series, the last printed issue and the
 * 今年以来 figures as of it) — or 跳过 for a briefing that really starts now.
 */
import { useRef, useState } from 'react';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { ArchiveSummaryView } from './ArchiveSummaryView';
import { importFolder, type FolderImportReport } from './importFolder';
import { PendingImports } from './PendingImports';
import { StartingPointForm } from './StartingPointForm';
import './start.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'importing'; done: number; total: number }
  /** `loads` counts the files stored from the review since: the summary reloads with each. */
  | { kind: 'summary'; report: FolderImportReport | null; loads: number }
  | { kind: 'manual' };

export interface StartPageProps {
  seriesList: Series[];
  /** The clerk is done: open 新建一期 (for this series when given). */
  onDone: (seriesId: number | null) => void;
  /** Reload the sidebar (imports created issues and perhaps series). */
  refresh: () => void;
}

export function StartPage({ seriesList, onDone, refresh }: StartPageProps) {
  const api = useApi();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [manualSeries, setManualSeries] = useState<number | null>(seriesList[0]?.id ?? null);
  const folderRef = useRef<HTMLInputElement>(null);

  const onFiles = async (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length === 0) return;
    setStep({ kind: 'importing', done: 0, total: files.length });
    const report = await importFolder(api, files, (done, total) => setStep({ kind: 'importing', done, total }), seriesList);
    refresh();
    setStep({ kind: 'summary', report, loads: 0 });
  };

  /** A file of the review was stored: it moves from 待补填 to 已导入, and the summary is read again. */
  const onPendingSaved = (name: string, line: string) => {
    setStep((current) => {
      if (current.kind !== 'summary' || !current.report) return current;
      const report = current.report;
      return {
        kind: 'summary',
        loads: current.loads + 1,
        report: { ...report, imported: [...report.imported, { name, line }], pending: report.pending.filter((p) => p.name !== name) },
      };
    });
    refresh();
  };

  const chosen = seriesList.find((s) => s.id === manualSeries) ?? null;
  return (
    <section className="bd-panel bd-start" data-testid="start-page" aria-labelledby="start-title">
      <h1 id="start-title">接续往期</h1>
      {step.kind === 'choose' && (
        <>
          <p>这是一个新的数据库。为了让第一期的期号、总期号和“今年以来”累计接着往期印对，请选择：</p>
          <div className="bd-start-choices">
            <div>
              <button type="button" className="bd-primary" data-testid="start-import" onClick={() => folderRef.current?.click()}>
                从往期导入
              </button>
              <p className="bd-hint">选择存放去年和今年各期简报（DOCX/TXT）的文件夹。</p>
              <input
                ref={folderRef}
                type="file"
                hidden
                multiple
                accept=".docx,.txt"
                data-testid="start-import-files"
                {...{ webkitdirectory: '' }}
                onChange={(event) => void onFiles(event.target.files)}
              />
            </div>
            <div>
              <button type="button" data-testid="start-manual" onClick={() => setStep({ kind: 'manual' })}>
                手动设定起点
              </button>
              <p className="bd-hint">填写最后印发的一期的期号、总期号、日期和今年以来各项数字。</p>
            </div>
          </div>
          <button type="button" className="bd-link" data-testid="start-skip" onClick={() => onDone(null)}>
            跳过（本简报从第1期开始）
          </button>
        </>
      )}
      {step.kind === 'importing' && (
        <div data-testid="start-progress">
          <p>
            正在导入 {step.done}/{step.total}…
          </p>
          <progress max={step.total} value={step.done} />
        </div>
      )}
      {step.kind === 'summary' && step.report && step.report.pending.length > 0 && (
        <PendingImports files={step.report.pending} series={seriesList} onSaved={onPendingSaved} />
      )}
      {step.kind === 'summary' && (
        <ArchiveSummaryView
          key={step.loads}
          report={step.report}
          onConfirm={onDone}
          onManual={(seriesId) => {
            setManualSeries(seriesId);
            setStep({ kind: 'manual' });
          }}
        />
      )}
      {step.kind === 'manual' && (
        <div data-testid="start-manual-step">
          {seriesList.length > 1 && (
            <label className="bd-field">
              <span>简报系列</span>
              <select value={manualSeries ?? ''} onChange={(event) => setManualSeries(Number(event.target.value))}>
                {seriesList.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {chosen && (
            <StartingPointForm key={chosen.id} series={chosen} onSaved={() => setStep({ kind: 'summary', report: null, loads: 0 })} />
          )}
          <button type="button" className="bd-link" onClick={() => setStep({ kind: 'choose' })}>
            返回
          </button>
        </div>
      )}
    </section>
  );
}
