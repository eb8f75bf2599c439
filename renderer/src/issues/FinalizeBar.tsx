/**
 * The open issue's status (草稿 / 已定稿 with the time) and the two ways between them: 定稿 (after the
 * pending edit is saved and the clerk confirms what will be locked) and 重新打开 (with an optional
 * note). 状态记录 lists both kinds of event. The question lists what 本期待办 still holds for the
 * stored body, so the clerk sees the same items in both places. The server has the last word: its refusals are shown
 * as they come.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Issue } from '../../../shared/issues/types';
import { openFindings } from '../../../shared/proofread/run';
import { hasMissingFigures } from '../../../shared/statistics/missing';
import { statisticsErrors, ytdErrorsText } from '../statistics/ytdErrors';
import { useApi } from '../api/ApiContext';
import { loadTodo, type TodoExtras } from '../checklist/loadTodo';
import { formatInstant } from '../archive/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import './finalize.css';
import { ReopenDialog } from './ReopenDialog';
import { StatusLog } from './StatusLog';

export const FINALIZE_MESSAGE =
  '定稿后，本期的正文、期号、报尾、考勤和统计数字（包括自动生成的段落）将按现在的样子锁定，不能再修改；' +
  '导出、打印和预览照常可用。定稿时会保留一个历史版本。如需修改，可以“重新打开”本期，重新打开会被记录。';

const NOT_SAVED = '当前正文未能保存，没有定稿。请稍后再试。';

export const TODO_LEFT = '本期待办中还有以下事项：';

export const MISSING_FIGURES_WARNING = '注意：本期还有未填写的统计数字，定稿后将印为“（未填）”。';

/** 校对 findings neither fixed nor ignored are named in the one 定稿 question (not asked separately). */
export function openFindingsWarning(count: number): string {
  return `注意：校对还有${count}条意见未处理（修正或忽略）。`;
}

async function countOpenFindings(api: ReturnType<typeof useApi>, issue: Issue): Promise<number> {
  const state = await api['proofread.state']({ id: issue.id });
  return state.ok ? openFindings(issue.document, state.value.context, state.value.ignored).length : 0;
}

export interface FinalizeBarProps {
  issue: Issue;
  /** Saves what the editor holds; finalizing locks the stored text, so it must be the last word. */
  flush: () => Promise<boolean>;
  onUpdated: (issue: Issue) => void;
  /** What the issue view adds to 本期待办 (校对 findings, whether 预览 was looked at). */
  todoExtras?: TodoExtras;
  /** Raised (incremented) by 本期待办's 定稿 button: ask as if 定稿 here was clicked. */
  finalizeRequest?: number;
}

export function FinalizeBar({ issue, flush, onUpdated, todoExtras = {}, finalizeRequest = 0 }: FinalizeBarProps) {
  const api = useApi();
  const [dialog, setDialog] = useState<'finalize' | 'reopen' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reopenError, setReopenError] = useState<string | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [missingFigures, setMissingFigures] = useState(false);
  const [todo, setTodo] = useState<string[]>([]);
  const [ytdErrors, setYtdErrors] = useState<string[]>([]);
  const [openFindings, setOpenFindings] = useState(0);
  const final = issue.status === 'final';

  const askFinalize = async () => {
    setError(null);
    setBusy(true);
    const saved = await flush();
    // What is about to be locked is the stored body: a statistics block still printing （未填） is named.
    const stored = saved ? await api['issues.get']({ id: issue.id }) : null;
    setBusy(false);
    if (!saved) {
      setError(NOT_SAVED);
      return;
    }
    const blocks = stored !== null && stored.ok ? stored.value.document.blocks : null;
    setMissingFigures(blocks !== null && hasMissingFigures(blocks));
    // A 今年以来 total resting on missing weeks prints a wrong number: named before the clerk goes on.
    setYtdErrors(blocks === null ? [] : await statisticsErrors(api, issue.id, blocks));
    const loaded = blocks === null ? null : await loadTodo(api, issue.id, blocks, todoExtras);
    setTodo(loaded === null || typeof loaded === 'string' ? [] : loaded.items.map((i) => i.text));
    setOpenFindings(stored !== null && stored.ok ? await countOpenFindings(api, stored.value) : 0);
    setDialog('finalize');
  };

  // 本期待办's 定稿 button: the same question as this bar's, asked with the issue as it is now.
  const askRequested = useEffectEvent(() => {
    if (issue.status !== 'final') void askFinalize();
  });
  const handledRequest = useRef(finalizeRequest);
  useEffect(() => {
    if (finalizeRequest === handledRequest.current) return;
    handledRequest.current = finalizeRequest;
    askRequested();
  }, [finalizeRequest]);

  const finalize = async () => {
    setDialog(null);
    setBusy(true);
    // Anything typed while the dialog was open goes out before the lock.
    if (!(await flush())) {
      setBusy(false);
      setError(NOT_SAVED);
      return;
    }
    const result = await api['issues.finalize']({ id: issue.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onUpdated(result.value);
  };

  const reopen = async (note: string) => {
    setReopenError(null);
    setBusy(true);
    const result = await api['issues.reopen']({ id: issue.id, note });
    setBusy(false);
    if (!result.ok) {
      setReopenError(result.error.message);
      return;
    }
    setDialog(null);
    setError(null);
    onUpdated(result.value);
  };

  return (
    <div className="bd-finalize-bar" data-testid="finalize-bar" data-status={issue.status} role="group" aria-label="定稿">
      <span className="bd-issue-status" data-testid="issue-status">
        {final ? `已定稿${issue.finalizedAt ? `（${formatInstant(issue.finalizedAt)}）` : ''}` : '草稿'}
      </span>
      {final ? (
        <button
          type="button"
          data-testid="reopen-issue"
          disabled={busy}
          onClick={() => {
            setReopenError(null);
            setDialog('reopen');
          }}
        >
          重新打开
        </button>
      ) : (
        <button type="button" className="bd-primary" data-testid="finalize-issue" disabled={busy} onClick={() => void askFinalize()}>
          {busy ? '正在定稿…' : '定稿'}
        </button>
      )}
      <button
        type="button"
        className="bd-link"
        data-testid="toggle-status-log"
        aria-expanded={logOpen}
        onClick={() => setLogOpen((o) => !o)}
      >
        {logOpen ? '收起状态记录' : '状态记录'}
      </button>
      {error && (
        <p className="bd-form-error" role="alert">
          {error}
        </p>
      )}
      {logOpen && <StatusLog issueId={issue.id} version={`${issue.status}|${issue.finalizedAt ?? ''}`} />}
      {dialog === 'finalize' && (
        <ConfirmDialog
          title="定稿"
          message={`${ytdErrorsText(ytdErrors)}${openFindings > 0 ? openFindingsWarning(openFindings) : ''}${missingFigures ? MISSING_FIGURES_WARNING : ''}${todo.length > 0 ? TODO_LEFT : ''}${FINALIZE_MESSAGE}`}
          details={todo}
          confirmLabel="确认定稿"
          onConfirm={() => void finalize()}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReopenDialog busy={busy} error={reopenError} onConfirm={(note) => void reopen(note)} onCancel={() => setDialog(null)} />
      )}
    </div>
  );
}
