/** Edits a 报尾 draft: one row per 报/送/发 line (label, text), rows added and removed, the print run. */
import { useId } from 'react';
import { CLOSING_LABELS, type ClosingLabel } from '../../../shared/layout/issueView';
import type { ClosingDraft } from './closingForm';

/** The contract's limit on lines of one 报尾. */
const MAX_LINES = 12;

export interface ClosingEditorProps {
  draft: ClosingDraft;
  onChange: (draft: ClosingDraft) => void;
  disabled?: boolean;
  /** Set when the print run is computed elsewhere (a series' copy plan): the count is shown, not edited. */
  copiesComputed?: string;
}

export function ClosingEditor({ draft, onChange, disabled, copiesComputed }: ClosingEditorProps) {
  const copiesId = useId();
  const setLine = (index: number, patch: Partial<{ label: ClosingLabel; text: string }>) =>
    onChange({ ...draft, lines: draft.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) });

  return (
    <div className="bd-closing-editor" data-testid="closing-editor">
      <ul className="bd-closing-lines">
        {draft.lines.map((line, index) => (
          <li key={index} className="bd-closing-line">
            <select
              aria-label={`第${index + 1}行类别`}
              value={line.label}
              disabled={disabled}
              onChange={(event) => setLine(index, { label: event.target.value as ClosingLabel })}
            >
              {CLOSING_LABELS.map((label) => (
                <option key={label} value={label}>
                  {label}：
                </option>
              ))}
            </select>
            <input
              type="text"
              aria-label={`第${index + 1}行（${line.label}）`}
              value={line.text}
              disabled={disabled}
              placeholder={line.label === '报' ? '如：省政府办公厅' : ''}
              onChange={(event) => setLine(index, { text: event.target.value })}
            />
            <button
              type="button"
              className="bd-link"
              aria-label={`删除第${index + 1}行`}
              disabled={disabled}
              onClick={() => onChange({ ...draft, lines: draft.lines.filter((_, i) => i !== index) })}
            >
              删除
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={disabled || draft.lines.length >= MAX_LINES}
        onClick={() => onChange({ ...draft, lines: [...draft.lines, { label: '发', text: '' }] })}
      >
        添加一行
      </button>
      <label className="bd-field bd-closing-copies" htmlFor={copiesId}>
        <span>{copiesComputed ?? '共印份数（留空则不印“共印N份”）'}</span>
        <input
          id={copiesId}
          name="copies"
          type="text"
          inputMode="numeric"
          value={draft.copies}
          disabled={disabled}
          readOnly={copiesComputed !== undefined}
          onChange={(event) => onChange({ ...draft, copies: event.target.value })}
        />
      </label>
    </div>
  );
}
