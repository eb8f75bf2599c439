/**
 * The fields that define an issue (year, 第N期, 总第M期, 印发日期, 时段, part title), used by the
 * New-issue form and by the issue header. Fields are kept as typed strings, so an error from the
 * server (a duplicate number, say) leaves everything the clerk typed in place.
 *
 * Dates that look like a slip (dated before the period ends, a 期号 year other than the date's) are
 * questioned once with the reason before submitting; the confirmation travels with the request.
 */
import { useId, useState, type FormEvent } from 'react';
import { dateQuestions, type DateQuestion, type DateQuestionCode } from '../../../shared/issues/dateQuestions';
import type { IssueMeta } from '../../../shared/issues/types';
import { ConfirmDialog } from '../common/ConfirmDialog';

interface Fields {
  year: string;
  number: string;
  totalNumber: string;
  issueDate: string;
  periodStart: string;
  periodEnd: string;
  partTitle: string;
}

function toFields(meta: IssueMeta): Fields {
  return {
    year: String(meta.year),
    number: String(meta.number),
    totalNumber: meta.totalNumber === null ? '' : String(meta.totalNumber),
    issueDate: meta.issueDate,
    periodStart: meta.periodStart ?? '',
    periodEnd: meta.periodEnd ?? '',
    partTitle: meta.partTitle ?? '',
  };
}

function parseCount(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The meta the fields describe, or a message in Chinese saying what to fix. */
export function fieldsToMeta(fields: Fields, hasTotal: boolean, supplement = false): IssueMeta | string {
  const year = parseCount(fields.year);
  if (year === null || year < 2000 || year > 2100) return '年份应为 2000—2100 之间的数字。';
  const number = parseCount(fields.number);
  if (number === null || number < 1) return '期数应为正整数。';
  let totalNumber: number | null = null;
  // A 增刊 is numbered on its own and never carries the running total.
  if (hasTotal && !supplement && fields.totalNumber.trim() !== '') {
    totalNumber = parseCount(fields.totalNumber);
    if (totalNumber === null || totalNumber < 1) return '总期数应为正整数。';
  }
  if (fields.issueDate === '') return '请填写印发日期。';
  const periodStart = fields.periodStart === '' ? null : fields.periodStart;
  const periodEnd = fields.periodEnd === '' ? null : fields.periodEnd;
  if ((periodStart === null) !== (periodEnd === null)) return '时段的起止日期应同时填写或同时留空。';
  if (periodStart !== null && periodEnd !== null && periodStart > periodEnd) return '时段的结束日期不能早于开始日期。';
  const partTitle = fields.partTitle.trim() === '' ? null : fields.partTitle.trim();
  return { year, supplement, number, totalNumber, issueDate: fields.issueDate, periodStart, periodEnd, partTitle };
}

export interface IssueMetaFormProps {
  initial: IssueMeta;
  hasTotal: boolean;
  submitLabel: string;
  busyLabel: string;
  /** Resolves to an error message to show beside the form, or null when it went through. */
  onSubmit: (meta: IssueMeta, confirm: DateQuestionCode[]) => Promise<string | null>;
  /** Question dates the clerk did not change (a new issue); editing questions only changed dates, as main does. */
  questionUnchanged?: boolean;
  formTestId?: string;
  submitTestId?: string;
  ariaLabel: string;
}

export function IssueMetaForm(props: IssueMetaFormProps) {
  const { initial, hasTotal, submitLabel, busyLabel, onSubmit, formTestId, submitTestId, ariaLabel } = props;
  const [fields, setFields] = useState<Fields>(() => toFields(initial));
  const [questions, setQuestions] = useState<{ meta: IssueMeta; list: DateQuestion[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const errorId = `${id}-error`;

  // A new proposal or a reloaded issue replaces the fields; edits in between are the clerk's.
  // Seen during render, so the new fields show in the same commit as the new `initial`.
  const [fieldsOf, setFieldsOf] = useState(initial);
  if (initial !== fieldsOf) {
    setFieldsOf(initial);
    setFields(toFields(initial));
    setError(null);
  }

  const set = (name: keyof Fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  const send = async (meta: IssueMeta, confirm: DateQuestionCode[]) => {
    setBusy(true);
    setError(null);
    try {
      setError(await onSubmit(meta, confirm));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const meta = fieldsToMeta(fields, hasTotal, initial.supplement);
    if (typeof meta === 'string') {
      setError(meta);
      return;
    }
    const changed = meta.year !== initial.year || meta.issueDate !== initial.issueDate || meta.periodEnd !== initial.periodEnd;
    const list = props.questionUnchanged || changed ? dateQuestions(meta) : [];
    if (list.length > 0) {
      setQuestions({ meta, list });
      return;
    }
    await send(meta, []);
  };

  const confirmQuestions = () => {
    if (!questions) return;
    setQuestions(null);
    void send(
      questions.meta,
      questions.list.map((q) => q.code),
    );
  };

  const field = (name: keyof Fields, label: string, type: 'number' | 'date' | 'text', extra?: object) => (
    <label className={`bd-field bd-field-${name}`}>
      <span>{label}</span>
      <input
        name={name}
        type={type}
        value={fields[name]}
        onChange={set(name)}
        aria-describedby={error ? errorId : undefined}
        {...(type === 'number' ? { inputMode: 'numeric', min: 1 } : {})}
        {...extra}
      />
    </label>
  );

  return (
    <form className="bd-meta-form" data-testid={formTestId} aria-label={ariaLabel} onSubmit={submit} noValidate>
      <div className="bd-field-row">
        {field('year', '年份', 'number', { min: 2000, max: 2100 })}
        {field('number', '第几期', 'number')}
        {/* A 增刊 is numbered on its own: no running total. */}
        {hasTotal && !initial.supplement && field('totalNumber', '总第几期', 'number')}
        {field('issueDate', '印发日期', 'date', { required: true })}
      </div>
      <div className="bd-field-row">
        {field('periodStart', '时段开始', 'date')}
        {field('periodEnd', '时段结束', 'date')}
        {field('partTitle', '栏目标题', 'text', { maxLength: 200, placeholder: '如：政务服务工作（可留空）' })}
      </div>
      <div className="bd-form-actions">
        <button type="submit" data-testid={submitTestId} disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {error && (
          <p className="bd-form-error" id={errorId} role="alert" data-testid="form-error">
            {error}
          </p>
        )}
      </div>
      {questions && (
        <ConfirmDialog
          title="请确认日期"
          message={`${questions.list.map((q) => q.message).join('\n')}\n确认这些日期无误吗？`}
          confirmLabel="日期无误，继续"
          onConfirm={confirmQuestions}
          onCancel={() => setQuestions(null)}
        />
      )}
    </form>
  );
}
