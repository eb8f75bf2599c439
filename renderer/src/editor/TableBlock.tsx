/**
 * A table block in the editor: a void block (Slate never edits its text) holding a small grid of text
 * inputs, one per cell. Inputs take Chinese IME input natively, and Slate leaves their events alone
 * (they are outside its editable content), so typing in a cell never reaches the document's text.
 *
 * Every change goes through the headless table commands (shared/document/tableCommands.ts): a cell
 * edit is one setNodes of the table's rows, so autosave, undo and the preview follow as for any edit.
 *
 * Keys in a cell: Tab / Shift+Tab the next / previous cell (Tab in the last cell adds a row), Enter the
 * cell below (Enter in the last row adds a row). Nothing happens while an IME is composing.
 */
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type SyntheticEvent } from 'react';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import {
  insertTableColumn,
  insertTableRow,
  removeTable,
  removeTableColumn,
  removeTableRow,
  setTableCell,
  setTableHeader,
} from '../../../shared/document/tableCommands';
import { columnCount, MAX_CELL_CHARS, resolvedColumnWidths, type TableElement } from '../../../shared/document/table';
import type { BriefEditor } from './createBriefEditor';

interface Cell {
  row: number;
  column: number;
}

const CELL_STYLE: CSSProperties = { border: '1px solid #000', padding: 0 };
const INPUT_STYLE: CSSProperties = {
  width: '100%',
  boxSizing: 'border-box',
  border: 'none',
  padding: '2px 4px',
  font: 'inherit',
  textAlign: 'center',
  background: 'transparent',
};

interface CellInputProps {
  inputRef: (input: HTMLInputElement | null) => void;
  label: string;
  text: string;
  header: boolean;
  onFocus: () => void;
  onCommit: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * One cell. It shows its own draft, set synchronously on every input event, and writes to the document
 * only outside an IME composition (and once when it ends): Slate re-renders after a change
 * asynchronously, and an input whose value is reset in the middle of a composition keeps the pinyin
 * (`danwei单位`). The draft follows the document whenever no composition is under way (undo, other edits).
 */
function CellInput({ inputRef, label, text, header, onFocus, onCommit, onKeyDown }: CellInputProps) {
  const [draft, setDraft] = useState(text);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setDraft(text);
  }, [text]);
  return (
    <input
      ref={inputRef}
      type="text"
      aria-label={label}
      value={draft}
      maxLength={MAX_CELL_CHARS}
      style={{ ...INPUT_STYLE, fontWeight: header ? 'bold' : 'normal' }}
      onFocus={onFocus}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        setDraft(event.currentTarget.value);
        onCommit(event.currentTarget.value);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        if (!composing.current) onCommit(event.target.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}

export function TableBlock({ attributes, children, element }: RenderElementProps & { element: TableElement }) {
  const editor = useSlateStatic() as BriefEditor;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [current, setCurrent] = useState<Cell>({ row: 0, column: 0 });
  const [focusNext, setFocusNext] = useState<Cell | null>(null);
  const rows = element.rows;
  const columns = columnCount(element);
  const widths = resolvedColumnWidths(element);

  // A cell asked for (after Tab, Enter or a new row) is focused once it is rendered.
  useEffect(() => {
    if (!focusNext) return;
    const input = inputs.current.get(`${focusNext.row}:${focusNext.column}`);
    if (input) {
      input.focus();
      setFocusNext(null);
    }
  }, [focusNext, rows]);

  const path = () => ReactEditor.findPath(editor, element);
  const go = (cell: Cell) => {
    setCurrent(cell);
    setFocusNext(cell);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (event.nativeEvent.isComposing) return;
    const last = row === rows.length - 1;
    if (event.key === 'Tab') {
      event.preventDefault();
      if (event.shiftKey) {
        if (column > 0) go({ row, column: column - 1 });
        else if (row > 0) go({ row: row - 1, column: columns - 1 });
        return;
      }
      if (column < columns - 1) go({ row, column: column + 1 });
      else if (!last) go({ row: row + 1, column: 0 });
      else if (insertTableRow(editor, path(), rows.length)) go({ row: row + 1, column: 0 });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!last) go({ row: row + 1, column });
      else if (insertTableRow(editor, path(), rows.length)) go({ row: row + 1, column });
    }
  };

  // Toolbar buttons must not take the focus from the cell they act on.
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const stop = (event: SyntheticEvent) => event.stopPropagation();
  const act = (run: () => void) => () => run();
  const { row, column } = current;

  return (
    <div {...attributes} className="bd-block bd-table" data-table>
      {/* Slate selects a void block on a click inside it, and on focus and blur inside it moves its own
          selection and then the focus back to its text: the grid's events stop at its edge. */}
      <div contentEditable={false} onClick={stop} onMouseDown={stop} onFocus={stop} onBlur={stop} onKeyDown={stop}>
        <div className="bd-table-tools" role="group" aria-label="表格" style={{ userSelect: 'none' }}>
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={act(() => insertTableRow(editor, path(), row + 1) && go({ row: row + 1, column }))}
          >
            插入行
          </button>
          <button
            type="button"
            disabled={rows.length <= 1}
            onMouseDown={keepFocus}
            onClick={act(() => removeTableRow(editor, path(), row) && go({ row: Math.max(0, Math.min(row, rows.length - 2)), column }))}
          >
            删除行
          </button>
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={act(() => insertTableColumn(editor, path(), column + 1) && go({ row, column: column + 1 }))}
          >
            插入列
          </button>
          <button
            type="button"
            disabled={columns <= 1}
            onMouseDown={keepFocus}
            onClick={act(
              () => removeTableColumn(editor, path(), column) && go({ row, column: Math.max(0, Math.min(column, columns - 2)) }),
            )}
          >
            删除列
          </button>
          <label>
            <input
              type="checkbox"
              checked={element.headerRows === 1}
              onChange={(event) => setTableHeader(editor, path(), event.target.checked)}
            />
            首行为表头
          </label>
          <button type="button" onMouseDown={keepFocus} onClick={act(() => removeTable(editor, path()))}>
            删除表格
          </button>
        </div>
        <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
          <colgroup>
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${(w * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r} data-header={r < element.headerRows ? '' : undefined}>
                {cells.map((text, c) => (
                  <td key={c} style={CELL_STYLE}>
                    <CellInput
                      inputRef={(input) => {
                        const key = `${r}:${c}`;
                        if (input) inputs.current.set(key, input);
                        else inputs.current.delete(key);
                      }}
                      label={`第${r + 1}行第${c + 1}列`}
                      text={text}
                      header={r < element.headerRows}
                      onFocus={() => setCurrent({ row: r, column: c })}
                      onCommit={(value) => setTableCell(editor, path(), r, c, value)}
                      onKeyDown={(event) => onKeyDown(event, r, c)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </div>
  );
}
