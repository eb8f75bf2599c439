/** One file's report: its status, and when it was read, the structure with its fields to correct and 导入. */
import type { Series } from '../../../shared/issues/types';
import { DetectedView } from './DetectedView';
import { EntryFieldsForm } from './EntryFieldsForm';
import { entryDraft, entryQuestions, type EntryFields, type ImportEntry } from './importEntry';

export interface EntryRowProps {
  entry: ImportEntry;
  series: readonly Series[];
  onChange: (patch: Partial<EntryFields>) => void;
  onSave: () => void;
  onOpen: (issueId: number) => void;
}

function statusText(entry: ImportEntry): string {
  switch (entry.status) {
    case 'waiting':
      return '等待识别';
    case 'reading':
      return '正在识别…';
    case 'saving':
      return '正在导入…';
    case 'error':
      return '错误';
    case 'saved':
      return `已导入（简报编号 ${entry.saved?.issueId ?? ''}）`;
    case 'ready': {
      const warnings = entry.preview?.issue.warnings.length ?? 0;
      return warnings > 0 ? `识别完成，${warnings} 条提示` : '识别完成';
    }
  }
}

export function EntryRow({ entry, series, onChange, onSave, onOpen }: EntryRowProps) {
  const issue = entry.preview?.issue;
  const ready = entry.status === 'ready';
  const draft = ready ? entryDraft(entry) : null;
  const problem = draft && 'problem' in draft ? draft.problem : null;
  const questions = ready ? entryQuestions(entry) : [];
  return (
    <li
      className={`bd-import-entry bd-import-${entry.status}`}
      data-testid="import-entry"
      data-status={entry.status}
      data-file={entry.name}
    >
      <div className="bd-import-head">
        <strong className="bd-import-name">{entry.name}</strong>
        <span className="bd-import-status" data-testid="import-status">
          {statusText(entry)}
        </span>
      </div>
      {entry.error && (
        <p role="alert" className="bd-import-error" data-testid="import-error">
          {entry.error}
        </p>
      )}
      {issue && entry.status !== 'saved' && (
        <>
          <DetectedView issue={issue} />
          <EntryFieldsForm name={entry.name} fields={entry} series={series} disabled={!ready} onChange={onChange} />
          {entry.preview?.existingIssueId != null && (
            <p className="bd-import-exists">本期已存在（简报编号 {entry.preview.existingIssueId}），导入时会先询问是否替换。</p>
          )}
          {entry.seriesId === '' && !series.some((s) => s.title === entry.seriesTitle.trim()) && (
            <p>将新建简报系列“{entry.seriesTitle.trim() || issue.seriesTitle}”。</p>
          )}
          {problem && <p className="bd-import-problem">{problem}</p>}
          {questions.length > 0 && (
            <p className="bd-import-problem" data-testid="import-question">
              导入前将请您确认：{questions.map((q) => q.message).join('')}
            </p>
          )}
          <button
            type="button"
            className="bd-primary"
            disabled={!ready || problem !== null}
            onClick={onSave}
            aria-label={`导入 ${entry.name}`}
          >
            导入
          </button>
        </>
      )}
      {entry.status === 'saved' && entry.saved && (
        <button type="button" onClick={() => onOpen(entry.saved!.issueId)} aria-label={`打开 ${entry.name}`}>
          打开
        </button>
      )}
    </li>
  );
}
