/**
 * A statistics block in the editor: a void block showing one metric group's figures of the issue,
 * with inputs for this period's figures, the year-to-date totals beside them, the warnings, and the
 * text as it prints (sentence or table). 保存数字 (or Enter) stores the figures through
 * statistics.save and writes the rendered lines and rows into the block, so the document's autosave
 * keeps what prints. On opening, an empty block takes the current text; a block whose text differs
 * from what the figures now give keeps its text and says 数据已变化 until 更新 — printed numbers never
 * change behind the clerk's back. In a finalized issue (read-only editor) nothing is applied.
 */
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { StatisticsElement } from '../../../shared/document/types';
import type { StatisticsView } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import { GeneratedIssueContext } from '../attendance/GeneratedContext';
import { draftsOf, figuresOf, type Drafts } from './figureDrafts';
import { FigureRows } from './FigureRows';
import { printsSameFigures } from '../../../shared/statistics/text';
import { setStatisticsForm, setStatisticsText } from './statisticsCommands';
import './statistics.css';

type Props = RenderElementProps & { element: StatisticsElement };

function PrintedText({ element }: { element: StatisticsElement }) {
  if (element.form === 'table') {
    if (element.rows.length === 0) return null;
    return (
      <table className="bd-statistics-printed-table" data-testid="statistics-printed">
        <tbody>
          {element.rows.map((row, r) => (
            <tr key={r}>{row.map((cell, c) => (r === 0 ? <th key={c}>{cell}</th> : <td key={c}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <div data-testid="statistics-printed">
      {element.lines.map((line, i) => (
        <p key={i} className="bd-statistics-line">
          {line}
        </p>
      ))}
    </div>
  );
}

export function StatisticsBlock({ attributes, children, element }: Props) {
  const editor = useSlateStatic() as BriefEditor;
  const api = useApi();
  const issueId = useContext(GeneratedIssueContext);
  const readOnly = useReadOnly();
  const [view, setView] = useState<StatisticsView | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Read by answers that arrive later: the block may have been edited, moved or locked meanwhile.
  // Updated as each render commits, before any answer can run after it.
  const elementRef = useRef(element);
  const readOnlyRef = useRef(readOnly);
  useLayoutEffect(() => {
    elementRef.current = element;
    readOnlyRef.current = readOnly;
  }, [element, readOnly]);

  // Reads the block through the refs, so it stays the same function for the editor's life.
  const apply = useCallback(
    (next: StatisticsView) => {
      if (readOnlyRef.current) return;
      let path;
      try {
        path = ReactEditor.findPath(editor, elementRef.current);
      } catch {
        return; // the block is gone
      }
      setStatisticsText(editor, path, next);
      setStale(false);
    },
    [editor],
  );

  useEffect(() => {
    if (issueId === null) return;
    let live = true;
    void api['statistics.get']({ issueId, groupId: element.groupId }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setView(result.value);
      setDrafts(draftsOf(result.value));
      if (readOnlyRef.current) return;
      const current = elementRef.current;
      if (current.lines.length === 0 && current.rows.length === 0) apply(result.value);
      else setStale(!printsSameFigures(current, result.value));
    });
    return () => {
      live = false;
    };
    // On mount and when the issue or group changes (`apply` does not change).
  }, [api, issueId, element.groupId, apply]);

  const save = async () => {
    if (!view || issueId === null || readOnlyRef.current || saving) return;
    const parsed = figuresOf(view, drafts);
    if ('problem' in parsed) {
      setError(parsed.problem);
      return;
    }
    setSaving(true);
    const result = await api['statistics.save']({ issueId, groupId: element.groupId, figures: parsed.figures });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message); // what was typed stays in the inputs
      return;
    }
    setError(null);
    setView(result.value);
    setDrafts(draftsOf(result.value));
    apply(result.value);
  };

  const setForm = (form: StatisticsElement['form']) => {
    if (readOnlyRef.current) return;
    setStatisticsForm(editor, ReactEditor.findPath(editor, element), form);
  };

  // Slate selects a void block on a click inside it and moves the focus on focus/blur: the block's
  // own controls keep their events (as the table block does).
  const stop = (event: SyntheticEvent) => event.stopPropagation();

  return (
    <div {...attributes} className="bd-block bd-statistics" data-testid="statistics-block" data-group={element.groupId}>
      <div
        contentEditable={false}
        className="bd-statistics-body"
        onClick={stop}
        onMouseDown={stop}
        onFocus={stop}
        onBlur={stop}
        onKeyDown={stop}
      >
        <div className="bd-statistics-head">
          <span className="bd-statistics-label">统计·{view?.group.name ?? '…'}</span>
          <select
            aria-label="统计的形式"
            data-testid="statistics-form"
            value={element.form}
            disabled={readOnly}
            onChange={(event) => setForm(event.target.value === 'table' ? 'table' : 'sentence')}
          >
            <option value="sentence">句子</option>
            <option value="table">表格</option>
          </select>
          {!readOnly && stale && <span className="bd-statistics-stale">数据已变化</span>}
          {!readOnly && stale && view && (
            <button type="button" onClick={() => apply(view)}>
              更新
            </button>
          )}
        </div>
        {view && (
          <FigureRows
            view={view}
            drafts={drafts}
            disabled={readOnly}
            onDraft={(metricId, draft) => setDrafts((d) => ({ ...d, [metricId]: draft }))}
            onEnter={() => void save()}
          />
        )}
        {view && !readOnly && (
          <button type="button" data-testid="statistics-save" disabled={saving} onClick={() => void save()}>
            保存数字
          </button>
        )}
        {error && (
          <p className="bd-statistics-error" role="alert">
            {error}
          </p>
        )}
        {view && view.errors.length > 0 && (
          <ul className="bd-statistics-errors" data-testid="statistics-errors" role="alert">
            {view.errors.map((e) => (
              <li key={e}>错误：{e}</li>
            ))}
          </ul>
        )}
        {view && view.warnings.length > 0 && (
          <ul className="bd-statistics-warnings" data-testid="statistics-warnings">
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <PrintedText element={element} />
      </div>
      {children}
    </div>
  );
}
