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

const FIELDS: { key: keyof EntryFields; label: string; placeholder: string; numeric?: boolean }[] = [
  { key: 'year', label: '年份', placeholder: '2024', numeric: true },
  { key: 'number', label: '期号（第几期）', placeholder: '22', numeric: true },
  { key: 'total', label: '总期号', placeholder: '475', numeric: true },
  { key: 'issueDate', label: '印发日期', placeholder: '2024-07-04' },
  { key: 'periodStart', label: '时段开始', placeholder: '2024-06-17' },
  { key: 'periodEnd', label: '时段结束', placeholder: '2024-06-21' },
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
