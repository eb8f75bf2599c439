/**
 * 导出 Word、导出 PDF and 打印 for the open issue. Each first saves what is still pending in the
 * editor (so the file has the last word typed), then asks the services; files are saved through a
 * download (the save dialog in Electron), printing opens the print dialog on the print rendering.
 * A file saved with something missing (a picture printed as 图片缺失) says so beside the buttons until
 * the next run: the clerk would otherwise send it on without looking.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { usePrintEnvironment } from '../preview/environment';
import { renderPages } from '../preview/pipeline';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { statisticsErrors, ytdErrorsText } from '../statistics/ytdErrors';
import { base64ToBytes } from '../common/base64';
import { MIME_TYPES } from './download';

export interface ExportMenuProps {
  issueId: number;
  /** The editor's flush: true when everything typed is stored. */
  flush: () => Promise<boolean>;
}

type Job = 'docx' | 'pdf' | 'print';

const BUSY_TEXT: Record<Job, string> = {
  docx: '正在导出 Word 文件…',
  pdf: '正在生成 PDF…',
  print: '正在准备打印…',
};

const FAILED_TEXT: Record<Job, string> = {
  docx: '导出 Word 文件失败',
  pdf: '导出 PDF 失败',
  print: '打印失败',
};

export function ExportMenu({ issueId, flush }: ExportMenuProps) {
  const api = useApi();
  const env = usePrintEnvironment();
  const [busy, setBusy] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ job: Job; errors: string[] } | null>(null);

  /** Whether the stored body's 今年以来 totals are complete; if not, the clerk is asked first (run again with checked). */
  const needsAsking = async (job: Job): Promise<boolean> => {
    const stored = await api['issues.get']({ id: issueId });
    const errors = stored.ok ? await statisticsErrors(api, issueId, stored.value.document.blocks) : [];
    if (errors.length > 0) setAsking({ job, errors });
    return errors.length > 0;
  };

  const run = async (job: Job, checked = false) => {
    setBusy(job);
    setError(null);
    setWarning(null);
    try {
      if (!(await flush())) {
        setError('本期正文尚未保存成功，为免导出旧内容已停止。请按 Ctrl+S 重试保存后再导出。');
        return;
      }
      if (!checked && (await needsAsking(job))) return;
      if (job === 'print') {
        const paged = await renderPages({ api, issueId, mode: 'print', measure: env.measure });
        if (paged && !paged.ok) setError(`${FAILED_TEXT.print}：${paged.error.message}`);
        else if (paged) await env.print(paged.value.html);
        return;
      }
      const result = await api[job === 'docx' ? 'export.docx' : 'export.pdf']({ id: issueId });
      if (!result.ok) {
        setError(`${FAILED_TEXT[job]}：${result.error.message}`);
        return;
      }
      env.save(result.value.fileName, new Blob([base64ToBytes(result.value.base64)], { type: MIME_TYPES[job] }));
      if (result.value.warning) setWarning(`已保存 ${result.value.fileName}，但请注意：${result.value.warning}`);
    } catch (e) {
      console.error(`[briefdesk] ${job} failed:`, e);
      setError(`${FAILED_TEXT[job]}，请重试。`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="bd-export" role="group" aria-label="导出与打印">
      {asking && (
        <ConfirmDialog
          title="统计数字不完整"
          message={`${ytdErrorsText(asking.errors)}仍要${asking.job === 'print' ? '打印' : '导出'}吗？`}
          confirmLabel={asking.job === 'print' ? '仍然打印' : '仍然导出'}
          onConfirm={() => {
            const job = asking.job;
            setAsking(null);
            void run(job, true);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
      <button type="button" data-testid="export-docx" disabled={busy !== null} onClick={() => void run('docx')}>
        导出 Word (DOCX)
      </button>
      <button type="button" data-testid="export-pdf" disabled={busy !== null} onClick={() => void run('pdf')}>
        导出 PDF
      </button>
      <button type="button" data-testid="print" disabled={busy !== null} onClick={() => void run('print')}>
        打印
      </button>
      <span className="bd-export-status" role="status" aria-live="polite">
        {busy ? BUSY_TEXT[busy] : ''}
      </span>
      {warning && (
        <p className="bd-export-warning" role="status" data-testid="export-warning">
          {warning}
        </p>
      )}
      {error && (
        <p className="bd-export-error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
    </div>
  );
}
