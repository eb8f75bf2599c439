/**
 * The files of 从往期导入 that need the clerk (a lost 期号, 总期号, year or date, or a period far from the
 * issue date): each row has the review's fields (EntryFieldsForm, as in 导入往期) prefilled with what
 * was detected, the clerk types what was lost right there, and 导入 stores it — a questioned period is
 * confirmed once first. Stored rows leave the list and the summary reloads.
 */
import { useState } from 'react';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { ImportDateQuestion } from '../import/ImportDateQuestion';
import { EntryFieldsForm } from '../import/EntryFieldsForm';
import { entryDraft, entryQuestions, fieldsFromPreview, newEntry, type ImportEntry } from '../import/importEntry';
import { importedLine, type PendingFile } from './importFolder';

export interface PendingImportsProps {
  files: readonly PendingFile[];
  series: readonly Series[];
  /** A file was stored: `line` names the issue it became. */
  onSaved: (name: string, line: string) => void;
}

interface Row {
  entry: ImportEntry;
  reason: string;
  error: string | null;
  busy: boolean;
}

function rowOf(file: PendingFile): Row {
  const entry: ImportEntry = {
    ...newEntry(file.name, file.name),
    status: 'ready',
    preview: file.preview,
    ...fieldsFromPreview(file.preview),
  };
  return { entry, reason: file.reason, error: null, busy: false };
}

export function PendingImports({ files, series, onSaved }: PendingImportsProps) {
  const api = useApi();
  const [rows, setRows] = useState<Row[]>(() => files.map(rowOf));
  const [asking, setAsking] = useState<{ name: string; message: string } | null>(null);

  const patch = (name: string, change: Partial<Row>) =>
    setRows((list) => list.map((row) => (row.entry.name === name ? { ...row, ...change } : row)));

  const save = async (row: Row, datesConfirmed: boolean) => {
    const built = entryDraft(row.entry);
    if (!('draft' in built)) return;
    const questions = datesConfirmed ? [] : entryQuestions(row.entry);
    if (questions.length > 0) {
      setAsking({ name: row.entry.name, message: questions.map((q) => q.message).join('\n') });
      return;
    }
    patch(row.entry.name, { busy: true, error: null });
    const result = await api['import.save']({ draft: built.draft, ...(built.seriesId !== undefined ? { seriesId: built.seriesId } : {}) });
    if (!result.ok) {
      patch(row.entry.name, { busy: false, error: result.error.message });
      return;
    }
    setRows((list) => list.filter((r) => r.entry.name !== row.entry.name));
    onSaved(row.entry.name, importedLine(built.draft));
  };

  if (rows.length === 0) return null;
  return (
    <div className="bd-start-pending" data-testid="start-pending">
      <h2>需要补填的文件（{rows.length} 个）</h2>
      <p className="bd-hint">这些文件已识别，但缺少期号等信息或日期需要核对。补填后逐个导入，未导入的不会计入往期。</p>
      <ul>
        {rows.map((row) => {
          const built = entryDraft(row.entry);
          const problem = 'problem' in built ? built.problem : null;
          return (
            <li key={row.entry.name} className="bd-start-pending-row" data-testid="pending-file" data-file={row.entry.name}>
              <p>
                <strong>{row.entry.name}</strong>：{row.reason}
              </p>
              <EntryFieldsForm
                name={row.entry.name}
                fields={row.entry}
                series={series}
                disabled={row.busy}
                onChange={(change) =>
                  setRows((list) => list.map((r) => (r.entry.name === row.entry.name ? { ...r, entry: { ...r.entry, ...change } } : r)))
                }
              />
              {problem && <p className="bd-import-problem">{problem}</p>}
              {row.error && (
                <p role="alert" className="bd-form-error">
                  {row.error}
                </p>
              )}
              <button
                type="button"
                disabled={row.busy || problem !== null}
                onClick={() => void save(row, false)}
                aria-label={`导入 ${row.entry.name}`}
              >
                导入
              </button>
            </li>
          );
        })}
      </ul>
      {asking && (
        <ImportDateQuestion
          message={asking.message}
          onConfirm={() => {
            const row = rows.find((r) => r.entry.name === asking.name);
            setAsking(null);
            if (row) void save(row, true);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
