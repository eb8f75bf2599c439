/**
 * 基本设置 of a series (and the form of 新建系列): name, issuing unit, 期号 form, period kind, whether
 * the period line prints, the part title. A refusal is shown as it comes and the typed values stay.
 */
import { useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { PeriodKind, Series, SeriesSettings } from '../../../shared/issues/types';
import { blankSettingsDraft, draftFromSeries, PERIOD_KIND_LABELS, settingsFromDraft, type SettingsDraft } from './settingsDraft';
import { SaveStatus } from '../common/SaveStatus';
import { useSaveStatus } from './useSaveStatus';

export interface SettingsFormProps {
  /** The series edited; null for a new one. */
  series: Series | null;
  submitLabel: string;
  submit: (settings: SeriesSettings) => Promise<Result<Series>>;
  onSaved: (series: Series) => void;
  onCancel?: () => void;
}

const PERIOD_KINDS = Object.keys(PERIOD_KIND_LABELS) as PeriodKind[];

export function SettingsForm({ series, submitLabel, submit, onSaved, onCancel }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => (series ? draftFromSeries(series) : blankSettingsDraft()));
  const { busy, error, state, setSaved, run } = useSaveStatus();

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      () => submit(settingsFromDraft(draft, series?.copyPlan ?? null)),
      (saved) => {
        setDraft(draftFromSeries(saved));
        onSaved(saved);
      },
    );
  };

  return (
    <form className="bd-series-settings" aria-label="基本设置" data-testid="series-settings" onSubmit={(e) => void onSubmit(e)} noValidate>
      <label className="bd-field">
        <span>简报名称</span>
        <input
          data-testid="series-title"
          value={draft.title}
          disabled={busy}
          placeholder="如：窗口工作周报"
          onChange={(e) => change({ title: e.target.value })}
        />
      </label>
      <label className="bd-field">
        <span>发文单位</span>
        <input data-testid="series-issuer" value={draft.issuer} disabled={busy} onChange={(e) => change({ issuer: e.target.value })} />
      </label>
      <label className="bd-check">
        <input
          type="checkbox"
          data-testid="series-has-total"
          checked={draft.hasTotal}
          disabled={busy}
          onChange={(e) => change({ hasTotal: e.target.checked })}
        />
        期号带“（总第N期）”（如：2022年第28期（总第403期））
      </label>
      <label className="bd-field">
        <span>周期</span>
        <select
          data-testid="series-period-kind"
          value={draft.periodKind}
          disabled={busy}
          onChange={(e) => change({ periodKind: e.target.value as PeriodKind })}
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PERIOD_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="bd-check">
        <input
          type="checkbox"
          data-testid="series-print-period"
          checked={draft.printPeriod}
          disabled={busy}
          onChange={(e) => change({ printPeriod: e.target.checked })}
        />
        打印时段行（如：（8月22日—8月26日））
      </label>
      <label className="bd-field">
        <span>分部标题（可不填）</span>
        <input
          data-testid="series-part-title"
          value={draft.partTitle}
          disabled={busy}
          placeholder="如：政务服务工作"
          onChange={(e) => change({ partTitle: e.target.value })}
        />
      </label>
      {error && (
        <p className="bd-form-error" role="alert" data-testid="series-settings-error">
          未保存：{error}
        </p>
      )}
      <div className="bd-form-actions">
        <button type="submit" className="bd-primary" data-testid="series-save" disabled={busy}>
          {busy ? '正在保存…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" data-testid="series-cancel" onClick={onCancel} disabled={busy}>
            取消
          </button>
        )}
        <SaveStatus state={state} testId="series-status" />
      </div>
    </form>
  );
}
