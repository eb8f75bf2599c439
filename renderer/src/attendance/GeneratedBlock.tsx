/**
 * A generated section in the editor: a void block with a left bar and a label (自动生成·考勤情况),
 * its stored lines, and two buttons — 更新 (render again from the records) and 转为普通文字.
 * It re-renders by itself when the issue's records were changed in the attendance workbench; when
 * it only finds that the records now say something else (an old issue, a changed roster) it says so
 * and waits for 更新, so printed names never change behind the clerk's back.
 * In a finalized issue (the editor is read-only) it shows its stored lines and nothing else: no
 * render, no apply, no buttons — the section stays as printed.
 */
import { useCallback, useContext, useEffect, useEffectEvent, useRef, useState } from 'react';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { GeneratedElement } from '../../../shared/document/types';
import { GENERATED_LABELS } from '../../../shared/attendance/types';
import { useApi } from '../api/ApiContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import './attendance.css';
import { GeneratedIssueContext, OpenRecordsContext } from './GeneratedContext';
import { convertGeneratedToText, setGeneratedLines } from './generatedCommands';
import { clearPendingChange, hasPendingChange, onRecordsChanged } from './recordsChanged';

type Props = RenderElementProps & { element: GeneratedElement };

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

export function GeneratedBlock({ attributes, children, element }: Props) {
  const editor = useSlateStatic() as BriefEditor;
  const api = useApi();
  const issueId = useContext(GeneratedIssueContext);
  const openRecords = useContext(OpenRecordsContext);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const readOnly = useReadOnly();
  // The effect below runs once per issue; it reads whether the issue is final now, when it fires.
  const readOnlyRef = useRef(readOnly);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  // Saves in the side panel come one after another: only the newest answer may write the lines.
  const latestRequest = useRef(0);
  const render = useCallback(
    async (apply: boolean) => {
      if (issueId === null || readOnlyRef.current) return;
      const request = ++latestRequest.current;
      const result = await api['generated.render']({ issueId, kind: element.kind });
      if (request !== latestRequest.current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      // The block may have moved or gone while the answer was on its way.
      let path;
      try {
        path = ReactEditor.findPath(editor, element);
      } catch {
        return;
      }
      // Finalized while the answer was on its way: the printed lines stay.
      if (readOnlyRef.current) return;
      if (apply) {
        setGeneratedLines(editor, path, result.value);
        setStale(false);
      } else {
        setStale(!sameLines(result.value, element.lines));
      }
    },
    [api, editor, element, issueId],
  );
  // The records listener lives as long as the block; it must call the render that knows the block
  // as it is now (each update replaces the element, and a stale one is no longer in the editor).
  // Applied when asked to, and always to a block that has no lines yet.
  const renderNow = useEffectEvent((apply: boolean) => void render(apply || element.lines.length === 0));

  // Only on mount and when the issue changes: `render` changes with every edit of the block.
  useEffect(() => {
    if (issueId === null || readOnlyRef.current) return;
    const pending = hasPendingChange(issueId);
    renderNow(pending);
    if (pending) setTimeout(() => clearPendingChange(issueId), 0);
    return onRecordsChanged((changed) => {
      if (changed === issueId && !readOnlyRef.current) renderNow(true);
    });
  }, [issueId]);

  const convert = () => {
    const path = ReactEditor.findPath(editor, element);
    convertGeneratedToText(editor, path);
  };

  const label = GENERATED_LABELS[element.kind];
  return (
    <div {...attributes} className="bd-block bd-generated" data-generated={element.kind} data-testid={`generated-${element.kind}`}>
      <div contentEditable={false} className="bd-generated-body">
        <div className="bd-generated-head">
          <span className="bd-generated-label">自动生成·{label}</span>
          {!readOnly && stale && <span className="bd-generated-stale">记录已变化</span>}
          {!readOnly && (
            <>
              {openRecords && (
                <button
                  type="button"
                  className="bd-generated-button"
                  data-testid={`open-records-${element.kind}`}
                  onClick={() => openRecords(element.kind)}
                >
                  {element.kind === 'attendance' ? '录入考勤' : '录入进大厅'}
                </button>
              )}
              <button type="button" className="bd-generated-button" onClick={() => void render(true)}>
                更新
              </button>
              <button type="button" className="bd-generated-button" onClick={convert}>
                转为普通文字
              </button>
            </>
          )}
        </div>
        {error && (
          <p className="bd-generated-error" role="alert">
            {error}
          </p>
        )}
        {element.lines.map((line, i) => (
          <p key={i} className="bd-generated-line" data-generated-line>
            {line}
          </p>
        ))}
      </div>
      {children}
    </div>
  );
}
