/**
 * 手动设定起点: a series' last printed issue (期号, 总期号, date, period end) and the 今年以来 figure of
 * each metric as of it (the opening balance). Used on the start page and in 简报系列 → 起点.
 * Fields are kept as typed strings; an empty figure means "no balance" (its total is then computed
 * from the issues alone, and the block says what it is missing).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { metricName } from '../../../shared/statistics/ytd';
import type { Series } from '../../../shared/issues/types';
import type { StartingPoint, StartingPointInput } from '../../../shared/start/types';
import type { MetricGroup } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';

interface Fields {
  year: string;
  number: string;
  totalNumber: string;
  issueDate: string;
  periodEnd: string;
  balances: Record<number, string>;
}

function toFields(point: StartingPoint | null): Fields {
  if (!point) return { year: '', number: '', totalNumber: '', issueDate: '', periodEnd: '', balances: {} };
  return {
    year: String(point.year),
    number: String(point.number),
    totalNumber: point.totalNumber === null ? '' : String(point.totalNumber),
    issueDate: point.issueDate,
    periodEnd: point.periodEnd ?? '',
    balances: Object.fromEntries(point.balances.map((b) => [b.metricId, String(b.total)])),
  };
}

const count = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/** The starting point the fields describe, or what to fix, in Chinese. */
export function fieldsToPoint(fields: Fields, groups: readonly MetricGroup[], hasTotal: boolean): StartingPointInput | string {
  const year = count(fields.year);
  if (year === null || year < 2000 || year > 2100) return '请填写最后一期的年份（2000—2100）。';
  const number = count(fields.number);
  if (number === null || number < 1) return '请填写最后一期的期号（正整数）。';
  let totalNumber: number | null = null;
  if (hasTotal && fields.totalNumber.trim() !== '') {
    totalNumber = count(fields.totalNumber);
    if (totalNumber === null || totalNumber < 1) return '总期号应为正整数。';
  }
  if (fields.issueDate === '') return '请填写最后一期的印发日期。';
  const balances: StartingPointInput['balances'] = [];
  for (const metric of groups.flatMap((g) => g.metrics)) {
    const typed = (fields.balances[metric.id] ?? '').trim().replace(/[,，]/g, '');
    if (typed === '') continue;
    const total = count(typed);
    if (total === null) return `“${metricName(metric)}”的今年以来累计应为不带小数的数字。`;
    balances.push({ metricId: metric.id, total });
  }
  return { year, number, totalNumber, issueDate: fields.issueDate, periodEnd: fields.periodEnd === '' ? null : fields.periodEnd, balances };
}

export interface StartingPointFormProps {
  series: Series;
  onSaved?: (point: StartingPoint) => void;
}

export function StartingPointForm({ series, onSaved }: StartingPointFormProps) {
  const api = useApi();
  const [groups, setGroups] = useState<MetricGroup[] | null>(null);
  const [stored, setStored] = useState<StartingPoint | null>(null);
  const [fields, setFields] = useState<Fields>(() => toFields(null));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([api['statistics.groups']({ seriesId: series.id }), api['start.get']({ seriesId: series.id })]).then(([g, p]) => {
      if (!live) return;
      if (!g.ok) setError(g.error.message);
      else setGroups(g.value);
      if (!p.ok) setError(p.error.message);
      else {
        setStored(p.value.point);
        setFields(toFields(p.value.point));
      }
    });
    return () => {
      live = false;
    };
  }, [api, series.id]);

  const set = (name: Exclude<keyof Fields, 'balances'>) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const point = fieldsToPoint(fields, groups ?? [], series.hasTotal);
    if (typeof point === 'string') {
      setError(point);
      return;
    }
    setBusy(true);
    const result = await api['start.save']({ seriesId: series.id, point });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setStored(result.value);
    setNotice('起点已保存：新建一期将接着它编号，今年以来累计从它的数字算起。');
    onSaved?.(result.value);
  };

  const clear = async () => {
    const result = await api['start.clear']({ seriesId: series.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStored(null);
    setFields(toFields(null));
    setNotice('起点已删除。');
  };

  const input = (name: Exclude<keyof Fields, 'balances'>, label: string, type: 'number' | 'date') => (
    <label className="bd-field">
      <span>{label}</span>
      <input
        name={name}
        type={type}
        value={fields[name]}
        onChange={set(name)}
        {...(type === 'number' ? { inputMode: 'numeric', min: 1 } : {})}
      />
    </label>
  );

  return (
    <form className="bd-start-point" data-testid="starting-point-form" aria-label={`${series.title}的起点`} onSubmit={submit} noValidate>
      <p className="bd-hint">
        在 BriefDesk 之前最后印发的一期：新建一期接着它的期号和总期号；“今年以来”累计从这里填写的数字接着算（留空的指标不设期初累计）。
      </p>
      <fieldset>
        <legend>最后印发的一期</legend>
        <div className="bd-field-row">
          {input('year', '年份', 'number')}
          {input('number', '第几期', 'number')}
          {series.hasTotal && input('totalNumber', '总第几期', 'number')}
          {input('issueDate', '印发日期', 'date')}
          {input('periodEnd', '该期时段结束', 'date')}
        </div>
      </fieldset>
      {(groups ?? []).map((group) => (
        <fieldset key={group.id} data-testid={`starting-group-${group.id}`}>
          <legend>
            {group.name}：截至该期的{group.mode === 'period' ? '今年以来累计' : '累计数字'}
          </legend>
          <div className="bd-field-row">
            {group.metrics.map((metric) => (
              <label key={metric.id} className="bd-field">
                <span>
                  {metricName(metric)}（{metric.unit}）
                </span>
                <input
                  name={`balance-${metric.id}`}
                  inputMode="numeric"
                  value={fields.balances[metric.id] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    setFields((f) => ({ ...f, balances: { ...f.balances, [metric.id]: value } }));
                  }}
                />
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="bd-form-actions">
        <button type="submit" className="bd-primary" data-testid="starting-point-save" disabled={busy || groups === null}>
          保存起点
        </button>
        {stored && (
          <button type="button" data-testid="starting-point-clear" onClick={() => void clear()}>
            删除起点
          </button>
        )}
      </div>
      {error && (
        <p className="bd-form-error" role="alert" data-testid="starting-point-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="starting-point-notice">
          {notice}
        </p>
      )}
    </form>
  );
}
