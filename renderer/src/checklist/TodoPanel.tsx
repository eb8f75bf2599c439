/**
 * 本期待办 beside the open issue: what is still left before it can be printed, each line a link to
 * the place to fix it (the block in the body, the 考勤 / 进大厅 panel, 本期报尾, 校对, 预览), and the
 * 报尾 as it will print. Computed again after every save and every change of the issue's records.
 * When nothing is left it says so, with 定稿 beside it.
 */
import { useEffect, useState } from 'react';
import { closingAsPrinted } from '../../../shared/checklist/issueTodo';
import type { TodoItem, TodoTarget } from '../../../shared/checklist/types';
import type { BlockElement } from '../../../shared/document/types';
import { useApi } from '../api/ApiContext';
import { onRecordsChanged } from '../attendance/recordsChanged';
import { loadTodo, type TodoExtras } from './loadTodo';
import './checklist.css';

export interface TodoPanelProps {
  issueId: number;
  /** The body as the editor holds it now. */
  getBlocks: () => readonly BlockElement[];
  /** Changes whenever the printed issue may have changed (saves, meta, 报尾). */
  version: string;
  extras: TodoExtras;
  onGo: (target: TodoTarget) => void;
  onFinalize: () => void;
}

export function TodoPanel({ issueId, getBlocks, version, extras, onGo, onFinalize }: TodoPanelProps) {
  const api = useApi();
  const [items, setItems] = useState<TodoItem[] | null>(null);
  const [closing, setClosing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [recordsVersion, setRecordsVersion] = useState(0);
  const { proofFindings, previewSeen } = extras;

  useEffect(
    () =>
      onRecordsChanged((changed) => {
        // The generated blocks re-render first; the list follows once they have.
        if (changed === issueId) setTimeout(() => setRecordsVersion((n) => n + 1), 0);
      }),
    [issueId],
  );

  // Recomputed for every version of the issue; a list for an older version than the newest is dropped.
  useEffect(() => {
    let live = true;
    void loadTodo(api, issueId, getBlocks(), {
      ...(proofFindings !== undefined ? { proofFindings } : {}),
      ...(previewSeen !== undefined ? { previewSeen } : {}),
    }).then((loaded) => {
      if (!live) return;
      if (typeof loaded === 'string') {
        setError(loaded);
        return;
      }
      setError(null);
      setItems(loaded.items);
      setClosing(closingAsPrinted(loaded.facts.closing));
    });
    return () => {
      live = false;
    };
    // `version` and `recordsVersion` are read by no line here: they say when the list is out of date.
  }, [api, issueId, getBlocks, proofFindings, previewSeen, version, recordsVersion]);

  const firm = items?.filter((i) => !i.soft) ?? [];
  return (
    <aside className="bd-todo" aria-label="本期待办" data-testid="todo-panel">
      <h3>本期待办</h3>
      {/* Not an alert: the checklist is advice, and the issue itself is fine. */}
      {error && <p className="bd-todo-error">本期待办暂时无法计算：{error}</p>}
      {items && items.length > 0 && (
        <ul className="bd-todo-items">
          {items.map((item) => (
            <li key={item.id} data-testid={`todo-${item.id}`} className={item.soft ? 'bd-todo-soft' : undefined}>
              <button type="button" className="bd-link" onClick={() => onGo(item.target)}>
                {item.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      {items && firm.length === 0 && (
        <p className="bd-todo-done" data-testid="todo-done">
          本期没有待办事项，可以定稿。
          <button type="button" className="bd-primary" data-testid="todo-finalize" onClick={onFinalize}>
            定稿
          </button>
        </p>
      )}
      {closing.length > 0 && (
        <div className="bd-todo-closing" data-testid="todo-closing">
          <button type="button" className="bd-link" onClick={() => onGo({ kind: 'closing' })}>
            将印出的报尾：
          </button>
          {closing.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </div>
      )}
    </aside>
  );
}
