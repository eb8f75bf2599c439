/**
 * 导入往期: choose .docx/.txt files or a whole folder; each file is read and its structure shown with
 * warnings (a progress bar while reading); the clerk confirms each file with 导入, and is asked before
 * an existing issue is replaced (it then goes to the recycle bin). Every file gets its own report line.
 * While files are read, 正在读取…（3/10） and 取消: cancelling stops the file being read in the host's
 * worker (import.cancel) and reads no more; reading stores nothing, so nothing was saved.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useApi } from '../api/ApiContext';
import type { ToolProps } from '../app/tools';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { EntryRow } from './EntryRow';
import { ImportDateQuestion } from './ImportDateQuestion';
import type { Series } from '../../../shared/issues/types';
import { entryDraft, entryQuestions, fieldsFromPreview, newEntry, type ImportEntry } from './importEntry';
import { displayName, fileToBase64, isImportable, precheck } from './readFiles';

let nextKey = 1;

/** One reading of chosen files; `jobId` names the file the host is reading now, for import.cancel. */
interface ReadingRun {
  cancelled: boolean;
  jobId: string | null;
}

export function ImportWorkbench({ openIssue, refresh }: Pick<ToolProps, 'openIssue' | 'refresh'>) {
  const api = useApi();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [replacing, setReplacing] = useState<{ key: string; message: string; datesConfirmed: boolean } | null>(null);
  /** A file whose period is questioned (shared/issues/dateQuestions.ts): asked once before it is saved. */
  const [questioning, setQuestioning] = useState<{ key: string; message: string } | null>(null);
  const [series, setSeries] = useState<Series[]>([]);
  const folderInput = useRef<HTMLInputElement>(null);
  const runRef = useRef<ReadingRun | null>(null);
  /** Which file of how many is being read, while a reading runs. */
  const [reading, setReading] = useState<{ current: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    // The series a file can be put into instead of the one its masthead names.
    void api['series.list']({}).then((result) => {
      if (result.ok) setSeries(result.value);
    });
  }, [api]);

  useEffect(() => {
    // React has no prop for it; Chromium and Electron pick a whole folder with this attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const update = useCallback((key: string, patch: Partial<ImportEntry>) => {
    setEntries((list) => list.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)));
  }, []);

  const stopRun = useCallback(
    (run: ReadingRun) => {
      run.cancelled = true;
      if (run.jobId !== null) void api['import.cancel']({ jobId: run.jobId });
    },
    [api],
  );

  const readAll = useCallback(
    async (files: File[]) => {
      // Files chosen anew replace the list: a reading still under way stops.
      if (runRef.current) stopRun(runRef.current);
      const run: ReadingRun = { cancelled: false, jobId: null };
      runRef.current = run;
      setCancelled(false);
      const chosen = files.filter((file) => isImportable(file.name));
      setSkipped(files.length - chosen.length);
      const fresh = chosen.map((file) => ({ file, entry: newEntry(`f${nextKey++}`, displayName(file)) }));
      setEntries(fresh.map((f) => f.entry));
      // One file at a time: the progress bar moves steadily and a large folder does not flood the host.
      for (const [index, { file, entry }] of fresh.entries()) {
        if (run.cancelled) break;
        setReading({ current: index + 1, total: fresh.length });
        const refused = precheck(file);
        if (refused) {
          update(entry.key, { status: 'error', error: refused });
          continue;
        }
        update(entry.key, { status: 'reading' });
        let base64: string;
        try {
          base64 = await fileToBase64(file);
        } catch {
          update(entry.key, { status: 'error', error: `无法读取“${entry.name}”。` });
          continue;
        }
        if (run.cancelled) break;
        run.jobId = `read-${nextKey++}-${Date.now().toString(36)}`;
        const result = await api['import.preview']({ fileName: file.name, base64, jobId: run.jobId });
        run.jobId = null;
        if (run.cancelled) break;
        if (result.ok) {
          update(entry.key, { status: 'ready', preview: result.value, ...fieldsFromPreview(result.value) });
        } else update(entry.key, { status: 'error', error: result.error.message });
      }
      if (runRef.current !== run) return;
      runRef.current = null;
      setReading(null);
      // The files not read (the one cut off included) leave the list; those read stay for review.
      if (run.cancelled) setEntries((list) => list.filter((e) => e.status !== 'waiting' && e.status !== 'reading'));
    },
    [api, update, stopRun],
  );

  const cancelReading = () => {
    if (!runRef.current) return;
    stopRun(runRef.current);
    setCancelled(true);
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void readAll(files);
  };

  /**
   * Saves one entry; true when stored. `ask`: a questioned period or a number already taken opens its
   * question; `datesConfirmed`: the clerk confirmed the period.
   */
  const save = async (key: string, replaceExisting: boolean, ask = true, datesConfirmed = false): Promise<boolean> => {
    const entry = entries.find((e) => e.key === key);
    if (!entry) return false;
    const built = entryDraft(entry);
    if (!('draft' in built)) return false;
    const questions = datesConfirmed ? [] : entryQuestions(entry);
    if (questions.length > 0) {
      if (ask) setQuestioning({ key, message: questions.map((q) => q.message).join('\n') });
      return false;
    }
    update(key, { status: 'saving', error: null });
    const result = await api['import.save']({
      draft: built.draft,
      replaceExisting,
      ...(built.seriesId !== undefined ? { seriesId: built.seriesId } : {}),
    });
    if (result.ok) {
      update(key, { status: 'saved', saved: result.value });
      return true;
    }
    if (result.error.code === 'DUPLICATE_ISSUE_NUMBER' && !replaceExisting && ask) {
      update(key, { status: 'ready' });
      setReplacing({ key, message: result.error.message, datesConfirmed });
    } else update(key, { status: 'ready', error: result.error.message });
    return false;
  };

  const saveOne = async (key: string, replaceExisting: boolean, datesConfirmed = false) => {
    if (await save(key, replaceExisting, true, datesConfirmed)) refresh();
  };

  /** The files that can go in without a question: read, complete, dated plausibly, and not meeting an existing issue. */
  const unattended = entries.filter(
    (e) => e.status === 'ready' && 'draft' in entryDraft(e) && entryQuestions(e).length === 0 && e.preview?.existingIssueId === null,
  );

  const saveAll = async () => {
    let any = false;
    for (const entry of unattended) any = (await save(entry.key, false, false)) || any;
    if (any) refresh();
  };

  const done = entries.filter((e) => e.status !== 'waiting' && e.status !== 'reading').length;
  const errors = entries.filter((e) => e.status === 'error').length;
  const saved = entries.filter((e) => e.status === 'saved').length;

  return (
    <section className="bd-panel bd-import" data-testid="import-workbench" aria-labelledby="import-title">
      <h1 id="import-title">导入往期</h1>
      <p>选择往期简报的 Word 文档（.docx）或文本文件（.txt），可多选，也可选择整个文件夹。识别结果确认无误后逐份导入。</p>
      <div className="bd-import-pick">
        <label className="bd-button">
          选择文件…
          <input type="file" multiple accept=".docx,.txt" data-testid="import-files" onChange={onChoose} hidden />
        </label>
        <label className="bd-button">
          选择文件夹…
          <input type="file" multiple ref={folderInput} data-testid="import-folder" onChange={onChoose} hidden />
        </label>
      </div>
      {entries.length > 0 && (
        <div className="bd-import-progress">
          <progress value={done} max={entries.length} aria-label="识别进度" data-testid="import-progress" />
          <span data-testid="import-counts">
            已识别 {done}/{entries.length} 份{errors > 0 ? `，${errors} 份出错` : ''}
            {saved > 0 ? `，已导入 ${saved} 份` : ''}
          </span>
        </div>
      )}
      {reading && (
        <p className="bd-import-reading" data-testid="import-reading">
          正在读取…（{reading.current}/{reading.total}）{' '}
          <button type="button" data-testid="import-cancel" onClick={cancelReading}>
            取消
          </button>
        </p>
      )}
      {cancelled && (
        <p role="status" data-testid="import-cancelled">
          已取消，未保存任何内容。
        </p>
      )}
      {unattended.length > 1 && (
        <p>
          <button type="button" className="bd-primary" data-testid="import-all" onClick={() => void saveAll()}>
            全部导入（{unattended.length} 份）
          </button>{' '}
          已存在的期次、缺少期号或日期需核对的文件仍需逐份确认。
        </p>
      )}
      {skipped > 0 && <p className="bd-empty">跳过了 {skipped} 个不是 .docx 或 .txt 的文件。</p>}
      <ul className="bd-import-list">
        {entries.map((entry) => (
          <EntryRow
            key={entry.key}
            entry={entry}
            series={series}
            onChange={(patch) => update(entry.key, patch)}
            onSave={() => void saveOne(entry.key, false)}
            onOpen={openIssue}
          />
        ))}
      </ul>
      {questioning && (
        <ImportDateQuestion
          message={questioning.message}
          onConfirm={() => {
            const { key } = questioning;
            setQuestioning(null);
            void saveOne(key, false, true);
          }}
          onCancel={() => setQuestioning(null)}
        />
      )}
      {replacing && (
        <ConfirmDialog
          title="替换现有的一期？"
          message={`${replacing.message.split('，未导入')[0]}。用导入的内容替换它吗？原有的一期会移入回收站，可以恢复。`}
          confirmLabel="替换"
          onConfirm={() => {
            const { key, datesConfirmed } = replacing;
            setReplacing(null);
            void saveOne(key, true, datesConfirmed);
          }}
          onCancel={() => setReplacing(null)}
        />
      )}
    </section>
  );
}
