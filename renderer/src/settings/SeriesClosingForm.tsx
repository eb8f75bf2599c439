/** The series' default 报尾 (报/送/发 lines and 共印份数): every issue prints it unless it has its own. */
import { useState, type FormEvent } from 'react';
import type { Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { ClosingEditor } from './ClosingEditor';
import { closingFromDraft, draftFromClosing, type ClosingDraft } from './closingForm';
import { SaveStatus, type SaveState } from '../common/SaveStatus';
import { refusalMessages } from './layoutForm';

export interface SeriesClosingFormProps {
  series: Series;
  onSaved: (series: Series) => void;
}

export function SeriesClosingForm({ series, onSaved }: SeriesClosingFormProps) {
  const api = useApi();
  const [draft, setDraft] = useState<ClosingDraft>(() => draftFromClosing(series.closing));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const status: SaveState = busy
    ? { kind: 'saving' }
    : error !== null
      ? { kind: 'failed', reason: '见上方说明' }
      : saved
        ? { kind: 'saved', detail: '默认报尾' }
        : { kind: 'idle' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const result = await api['series.updateClosing']({ id: series.id, closing: closingFromDraft(draft) });
    setBusy(false);
    if (!result.ok) {
      setError(refusalMessages(result.error.message).join('；'));
      return;
    }
    setError(null);
    setSaved(true);
    setDraft(draftFromClosing(result.value.closing));
    onSaved(result.value);
  };

  return (
    <form className="bd-closing-form" aria-label="系列默认报尾" data-testid="series-closing" onSubmit={(e) => void submit(e)} noValidate>
      <p className="bd-hint">每期默认印在最后一页底部；某一期可在“本期报尾”中单独设置。</p>
      <ClosingEditor
        draft={draft}
        disabled={busy}
        {...(series.copyPlan ? { copiesComputed: '共印份数（按发送对象计算，在“简报系列”中修改）' } : {})}
        onChange={(next) => {
          setDraft(next);
          setSaved(false);
        }}
      />
      {error && (
        <p className="bd-form-error" role="alert">
          报尾未保存：{error}
        </p>
      )}
      <div className="bd-form-actions">
        <button type="submit" className="bd-primary" data-testid="series-closing-save" disabled={busy}>
          {busy ? '正在保存…' : '保存默认报尾'}
        </button>
        <SaveStatus state={status} testId="series-closing-status" />
      </div>
    </form>
  );
}
