/**
 * The series' layout: margins, line pitch, masthead size and colours, faces per role, 报尾 on an even
 * page. Empty fields print with the standard's value (the placeholder). The service checks the
 * values; its refusal is shown beside the form and the fields it names are marked. 恢复默认 asks
 * first, then clears every override.
 */
import { useState, type FormEvent } from 'react';
import type { Series } from '../../../shared/issues/types';
import { FONT_ROLES } from '../../../shared/layout/spec';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import {
  COLOUR_FIELDS,
  fieldsInRefusal,
  FONT_ROLE_NAMES,
  formFromOverrides,
  NUMBER_FIELDS,
  overridesFromForm,
  refusalMessages,
  STANDARD_TEXT,
  type LayoutFormValues,
  type TextField,
} from './layoutForm';

export interface LayoutFormProps {
  series: Series;
  onSaved: (series: Series) => void;
}

const HEX = /^#?[0-9A-Fa-f]{6}$/;

export function LayoutForm({ series, onSaved }: LayoutFormProps) {
  const api = useApi();
  const [form, setForm] = useState<LayoutFormValues>(() => formFromOverrides(series.layout));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const invalid = refusal ? fieldsInRefusal(refusal) : new Set<TextField>();

  const setText = (key: TextField, value: string) => {
    setForm((f) => ({ ...f, text: { ...f.text, [key]: value } }));
    setSaved(null);
  };

  const store = async (layout: ReturnType<typeof overridesFromForm> | null, done: string) => {
    setBusy(true);
    setSaved(null);
    const result = await api['series.updateLayout']({ id: series.id, layout });
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error.message);
      return;
    }
    setRefusal(null);
    setForm(formFromOverrides(result.value.series.layout));
    setSaved(done);
    onSaved(result.value.series);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store(overridesFromForm(form), '版式已保存，预览已按新版式更新。');
  };

  const field = (key: TextField, label: string, unit?: string) => (
    <label key={key} className={`bd-field bd-layout-field bd-field-${key.replace('.', '-')}`}>
      <span>
        {label}
        {unit ? `（${unit}）` : ''}
      </span>
      <input
        type="text"
        name={key}
        inputMode={unit ? 'decimal' : 'text'}
        value={form.text[key]}
        placeholder={STANDARD_TEXT[key]}
        aria-invalid={invalid.has(key) || undefined}
        disabled={busy}
        onChange={(event) => setText(key, event.target.value)}
      />
    </label>
  );

  return (
    <>
      <form className="bd-layout-form" aria-label="版式" data-testid="layout-form" onSubmit={submit} noValidate>
        <p className="bd-hint">留空的项目按国家标准（GB/T 9704）排版，框内浅色文字即标准值。</p>
        <fieldset>
          <legend>页边距与行距</legend>
          <div className="bd-field-row">{NUMBER_FIELDS.slice(0, 5).map((f) => field(f.key, f.label, f.unit))}</div>
        </fieldset>
        <fieldset>
          <legend>报头</legend>
          <div className="bd-field-row">
            {NUMBER_FIELDS.slice(5).map((f) => field(f.key, f.label, f.unit))}
            {COLOUR_FIELDS.map((f) => (
              <div key={f.key} className="bd-colour-field">
                {field(f.key, f.label, undefined)}
                <span
                  className="bd-colour-swatch"
                  aria-hidden="true"
                  style={{ background: `#${HEX.test(form.text[f.key]) ? form.text[f.key].replace('#', '') : STANDARD_TEXT[f.key]}` }}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>字体</legend>
          <div className="bd-field-row bd-font-fields">{FONT_ROLES.map((role) => field(`font.${role}`, FONT_ROLE_NAMES[role]))}</div>
        </fieldset>
        <label className="bd-check">
          <input
            type="checkbox"
            name="onEvenPage"
            checked={form.onEvenPage}
            disabled={busy}
            onChange={(event) => {
              const checked = event.target.checked;
              setForm((f) => ({ ...f, onEvenPage: checked }));
              setSaved(null);
            }}
          />
          报尾放在偶数页（双面印刷时使用，必要时加一空白页）
        </label>
        <label className="bd-check">
          <input
            type="checkbox"
            name="contentsTitleLeft"
            checked={form.contentsTitleLeft}
            disabled={busy}
            onChange={(event) => {
              const checked = event.target.checked;
              setForm((f) => ({ ...f, contentsTitleLeft: checked }));
              setSaved(null);
            }}
          />
          “本期要目”标题居左（默认居中）
        </label>
        {refusal && (
          <div className="bd-form-error" role="alert" data-testid="layout-error">
            <p>版式未保存：</p>
            <ul>
              {refusalMessages(refusal).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="bd-form-actions">
          <button type="submit" className="bd-primary" data-testid="layout-save" disabled={busy}>
            {busy ? '正在保存…' : '保存版式'}
          </button>
          <button type="button" data-testid="layout-reset" disabled={busy} onClick={() => setConfirmReset(true)}>
            恢复默认
          </button>
          {saved && (
            <span className="bd-saved-note" role="status">
              {saved}
            </span>
          )}
        </div>
      </form>
      {confirmReset && (
        <ConfirmDialog
          title="恢复默认版式"
          message={`确定将“${series.title}”的版式恢复为国家标准的默认值吗？本系列已做的版式修改将被清除（报尾内容不受影响）。`}
          confirmLabel="恢复默认"
          onConfirm={() => {
            setConfirmReset(false);
            void store(null, '已恢复默认版式。');
          }}
          onCancel={() => setConfirmReset(false)}
        />
      )}
    </>
  );
}
