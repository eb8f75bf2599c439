/**
 * 报尾与印数: how the print run is found — typed into the 报尾, or the sum of copies per recipient —
 * and, below, the default 报/送/发 lines (the same form as 版式设置 → 默认报尾).
 */
import { useState } from 'react';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { SeriesClosingForm } from '../settings/SeriesClosingForm';
import { draftFromPlan, liveTotal, planFromDraft, type CopyPlanDraft, type RecipientDraft } from './copyPlanDraft';
import { settingsOf } from './settingsDraft';
import { SaveStatus } from '../common/SaveStatus';
import { useSaveStatus } from './useSaveStatus';

/** The contract's limit on recipients. */
const MAX_RECIPIENTS = 100;

export interface CopiesFormProps {
  series: Series;
  onSaved: (series: Series) => void;
}

export function CopiesForm({ series, onSaved }: CopiesFormProps) {
  const api = useApi();
  const [draft, setDraft] = useState<CopyPlanDraft>(() => draftFromPlan(series.copyPlan));
  const { busy, error, state, setSaved, run } = useSaveStatus();

  const change = (next: CopyPlanDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const setRecipient = (index: number, patch: Partial<RecipientDraft>) =>
    change({ ...draft, recipients: draft.recipients.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  const save = () =>
    run(() => api['series.update']({ id: series.id, settings: { ...settingsOf(series), copyPlan: planFromDraft(draft) } }), onSaved);

  return (
    <div className="bd-copies" data-testid="series-copies">
      <fieldset className="bd-radio-row">
        <legend>印数</legend>
        <label className="bd-check">
          <input
            type="radio"
            name="copies-mode"
            data-testid="copies-mode-typed"
            checked={draft.mode === 'typed'}
            disabled={busy}
            onChange={() => change({ ...draft, mode: 'typed' })}
          />
          直接填写（在下面的报尾中填写共印份数）
        </label>
        <label className="bd-check">
          <input
            type="radio"
            name="copies-mode"
            data-testid="copies-mode-plan"
            checked={draft.mode === 'plan'}
            disabled={busy}
            onChange={() => change({ ...draft, mode: 'plan' })}
          />
          按发送对象计算
        </label>
        {draft.mode === 'plan' && (
          <>
            <table className="bd-copies-table">
              <thead>
                <tr>
                  <th scope="col">发送对象</th>
                  <th scope="col">份数</th>
                  <th scope="col" aria-label="操作" />
                </tr>
              </thead>
              <tbody>
                {draft.recipients.map((r, i) => (
                  <tr key={i}>
                    <td>
                      <input
                        aria-label={`第${i + 1}个发送对象`}
                        data-testid={`copies-name-${i}`}
                        value={r.name}
                        disabled={busy}
                        placeholder="如：中心领导"
                        onChange={(e) => setRecipient(i, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`第${i + 1}个发送对象的份数`}
                        data-testid={`copies-count-${i}`}
                        inputMode="numeric"
                        value={r.copies}
                        disabled={busy}
                        onChange={(e) => setRecipient(i, { copies: e.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="bd-link"
                        data-testid={`copies-remove-${i}`}
                        disabled={busy || draft.recipients.length <= 1}
                        onClick={() => change({ ...draft, recipients: draft.recipients.filter((_, j) => j !== i) })}
                      >
                        删除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              data-testid="copies-add"
              disabled={busy || draft.recipients.length >= MAX_RECIPIENTS}
              onClick={() => change({ ...draft, recipients: [...draft.recipients, { name: '', copies: '' }] })}
            >
              添加发送对象
            </button>
            <p data-testid="copies-sum" aria-live="polite">
              共印{liveTotal(draft)}份
            </p>
          </>
        )}
      </fieldset>
      {error && (
        <p className="bd-form-error" role="alert" data-testid="copies-error">
          印数未保存：{error}
        </p>
      )}
      <div className="bd-form-actions">
        <button type="button" className="bd-primary" data-testid="copies-save" disabled={busy} onClick={() => void save()}>
          {busy ? '正在保存…' : '保存印数'}
        </button>
        <SaveStatus state={state} testId="copies-status" />
      </div>
      <h3>默认报尾（报 / 送 / 发）</h3>
      {/* Remounted when the stored 报尾 changes, so its fields show the print run the plan gave it. */}
      <SeriesClosingForm key={JSON.stringify([series.closing, series.copyPlan])} series={series} onSaved={onSaved} />
    </div>
  );
}
