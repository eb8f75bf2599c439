/**
 * 简报系列 → 合订本: the year, which issues (已定稿 or 全部), how pages are numbered, and 导出 Word /
 * 导出 PDF. The job runs in main (compile.start); this polls compile.progress for the bar and the
 * label, 取消 asks compile.cancel, and the finished file is saved like every export (a download, the
 * save dialog in Electron), with the job's warning (pictures printed as 图片缺失) shown until the next
 * run. Leaving the tab stops the polling and cancels a running job.
 */
import { useEffect, useRef, useState } from 'react';
import type { CompileProgress } from '../../../shared/contract/channels';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { base64ToBytes } from '../common/base64';
import { MIME_TYPES } from '../export/download';
import { usePrintEnvironment } from '../preview/environment';

type Format = 'docx' | 'pdf';

export const VOLUME_POLL_MS = 200;

const FORMAT_LABEL: Record<Format, string> = { docx: 'Word', pdf: 'PDF' };

export function VolumeForm({ series }: { series: Series }) {
  const api = useApi();
  const env = usePrintEnvironment();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [all, setAll] = useState(false);
  const [perIssuePages, setPerIssuePages] = useState(false);
  const [running, setRunning] = useState<{ jobId: number; format: Format; progress: CompileProgress | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const alive = useRef(true);
  const jobRef = useRef<number | null>(null);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (jobRef.current !== null) void api['compile.cancel']({ jobId: jobRef.current });
    };
  }, [api]);

  const poll = async (jobId: number, format: Format) => {
    while (alive.current) {
      const result = await api['compile.progress']({ jobId });
      if (!alive.current) return;
      if (!result.ok) {
        setError(`生成合订本失败：${result.error.message}`);
        break;
      }
      const progress = result.value;
      if (progress.state === 'running') {
        setRunning({ jobId, format, progress });
        await new Promise((resolve) => setTimeout(resolve, VOLUME_POLL_MS));
        continue;
      }
      if (progress.state === 'done' && progress.file) {
        env.save(progress.file.fileName, new Blob([base64ToBytes(progress.file.base64)], { type: MIME_TYPES[format] }));
        setNotice(`已生成合订本（${FORMAT_LABEL[format]}，共${progress.pages ?? '?'}页）：${progress.file.fileName}`);
        if (progress.file.warning) setWarning(`请注意：${progress.file.warning}`);
      } else if (progress.state === 'cancelled') {
        setNotice('已取消，没有生成文件。');
      } else {
        setError(`生成合订本失败：${progress.error?.message ?? '未知错误'}`);
      }
      break;
    }
    jobRef.current = null;
    if (alive.current) setRunning(null);
  };

  const start = async (format: Format) => {
    setError(null);
    setNotice(null);
    setWarning(null);
    const parsed = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || parsed < 2000 || parsed > 2100) {
      setError('请填写2000–2100年之间的年份。');
      return;
    }
    const result = await api['compile.start']({ seriesId: series.id, year: parsed, all, perIssuePages, format });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    jobRef.current = result.value.jobId;
    setRunning({ jobId: result.value.jobId, format, progress: null });
    await poll(result.value.jobId, format);
  };

  const cancel = async () => {
    if (running) await api['compile.cancel']({ jobId: running.jobId });
  };

  const progress = running?.progress;
  return (
    <div className="bd-volume" data-testid="volume-form">
      <p>把一年的简报合订成一册：封面、目录，各期按期号排列，每期从奇数页开始，带报头和报尾。</p>
      <div className="bd-volume-fields">
        <label>
          年份
          <input
            data-testid="volume-year"
            inputMode="numeric"
            value={year}
            disabled={running !== null}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
        <label>
          收录
          <select
            data-testid="volume-scope"
            value={all ? 'all' : 'final'}
            disabled={running !== null}
            onChange={(e) => setAll(e.target.value === 'all')}
          >
            <option value="final">已定稿的期次</option>
            <option value="all">全部期次（含草稿）</option>
          </select>
        </label>
        <label>
          页码
          <select
            data-testid="volume-pages"
            value={perIssuePages ? 'issue' : 'run'}
            disabled={running !== null}
            onChange={(e) => setPerIssuePages(e.target.value === 'issue')}
          >
            <option value="run">全书连续编页码</option>
            <option value="issue">每期从1开始编页码</option>
          </select>
        </label>
      </div>
      <div className="bd-volume-actions">
        <button type="button" data-testid="volume-docx" disabled={running !== null} onClick={() => void start('docx')}>
          导出 Word
        </button>
        <button type="button" data-testid="volume-pdf" disabled={running !== null} onClick={() => void start('pdf')}>
          导出 PDF
        </button>
      </div>
      {running && (
        <div className="bd-volume-progress" role="status" data-testid="volume-running">
          <progress data-testid="volume-progress" max={progress?.total ?? 1} value={progress?.done ?? 0} />
          <span data-testid="volume-label">{progress?.label ?? `正在生成合订本（${FORMAT_LABEL[running.format]}）…`}</span>
          <button type="button" data-testid="volume-cancel" onClick={() => void cancel()}>
            取消
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="bd-error" data-testid="volume-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="volume-notice">
          {notice}
        </p>
      )}
      {warning && (
        <p role="status" className="bd-volume-warning" data-testid="volume-warning">
          {warning}
        </p>
      )}
    </div>
  );
}
