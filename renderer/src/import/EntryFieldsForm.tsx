/**
 * The review's corrections: every field detection filled in or missed — series (a stored one, or by
 * title: a new series when no stored one has it), year, 期号, 总期号, issue date and period. What is
 * typed here is what is saved; entryDraft says which field still needs the clerk.
 */
import type { Series } from '../../../shared/issues/types';
import type { EntryFields } from './importEntry';

export interface EntryFieldsFormProps {
  name: string;
  fields: EntryFields;
  series: readonly Series[];
  disabled: boolean;
  onChange: (patch: Partial<EntryFields>) => void;
}

// Placeholders say what to type, never a number: an example 期号 in the field of a file that lost its
// own reads as a proposal (and may be the archive's real last 期号), and a 期号 that prints wrong is
// the worst mistake an issue can carry.
const FIELDS: { key: keyof EntryFields; label: string; placeholder: string; numeric?: boolean }[] = [
  { key: 'year', label: '年份', placeholder: '四位年份', numeric: true },
  { key: 'number', label: '期号（第几期）', placeholder: '按原件填写', numeric: true },
  { key: 'total', label: '总期号', placeholder: '按原件填写', numeric: true },
  { key: 'issueDate', label: '印发日期', placeholder: '年-月-日' },
  { key: 'periodStart', label: '时段开始', placeholder: '年-月-日' },
  { key: 'periodEnd', label: '时段结束', placeholder: '年-月-日' },
];

export function EntryFieldsForm({ name, fields, series, disabled, onChange }: EntryFieldsFormProps) {
  return (
    <div className="bd-import-number" data-testid="import-fields">
      <label>
        简报系列
        <select
          aria-label={`${name} 简报系列`}
          value={fields.seriesId}
          disabled={disabled}
          onChange={(e) => onChange({ seriesId: e.target.value })}
        >
          <option value="">按名称（没有则新建）</option>
          {series.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {fields.seriesId === '' && (
        <label>
          系列名称
          <input
            aria-label={`${name} 系列名称`}
            value={fields.seriesTitle}
            disabled={disabled}
            onChange={(e) => onChange({ seriesTitle: e.target.value })}
          />
        </label>
      )}
      {FIELDS.map((field) => (
        <label key={field.key}>
          {field.label}
          <input
            aria-label={`${name} ${field.label.replace(/（.*）/, '')}`}
            inputMode={field.numeric ? 'numeric' : undefined}
            placeholder={field.placeholder}
            value={fields[field.key]}
            disabled={disabled}
            onChange={(e) => onChange({ [field.key]: e.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
