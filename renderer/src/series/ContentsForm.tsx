/**
 * 本期要目 of a series (in 基本设置): whether its issues print the contents box under the masthead by
 * default, and whether it lists the level-2 headings too. An issue can still say otherwise (the switch
 * in the open issue). Saved with its own 保存, the status beside it as in every form.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ContentsSetting } from '../../../shared/layout/contents';
import { useApi } from '../api/ApiContext';
import { SaveStatus } from '../common/SaveStatus';
import { useSaveStatus } from './useSaveStatus';

export function ContentsForm({ seriesId }: { seriesId: number }) {
  const api = useApi();
  const [draft, setDraft] = useState<ContentsSetting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, error, state, setSaved, run } = useSaveStatus();

  useEffect(() => {
    let live = true;
    void api['series.contents']({ seriesId }).then((result) => {
      if (!live) return;
      if (result.ok) setDraft({ enabled: result.value.enabled, level2: result.value.level2 });
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, seriesId]);

  const change = (patch: Partial<ContentsSetting>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    await run(
      () => api['series.updateContents']({ seriesId, ...draft }),
      (saved) => setDraft({ enabled: saved.enabled, level2: saved.level2 }),
    );
  };

  return (
    <form
      className="bd-series-settings bd-series-contents"
      aria-label="本期要目"
      data-testid="series-contents"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h3>本期要目</h3>
      <p className="bd-hint">在报头下方列出各部分标题（一、二、……），打印、导出和预览一致。每期可在本期页面中另行选择。</p>
      {loadError && (
        <p className="bd-form-error" role="alert" data-testid="series-contents-load-error">
          {loadError}
        </p>
      )}
      <label className="bd-check">
        <input
          type="checkbox"
          data-testid="series-contents-enabled"
          checked={draft?.enabled ?? false}
          disabled={busy || !draft}
          onChange={(e) => change({ enabled: e.target.checked })}
        />
        默认显示本期要目
      </label>
      <label className="bd-check">
        <input
          type="checkbox"
          data-testid="series-contents-level2"
          checked={draft?.level2 ?? false}
          disabled={busy || !draft}
          onChange={(e) => change({ level2: e.target.checked })}
        />
        包括二级标题（（一）、（二）……）
      </label>
      {error && (
        <p className="bd-form-error" role="alert" data-testid="series-contents-error">
          未保存：{error}
        </p>
      )}
      <div className="bd-form-actions">
        <button type="submit" className="bd-primary" data-testid="series-contents-save" disabled={busy || !draft}>
          {busy ? '正在保存…' : '保存'}
        </button>
        <SaveStatus state={state} testId="series-contents-status" />
      </div>
    </form>
  );
}
