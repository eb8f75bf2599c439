/**
 * 章节模板 of a series: the ordered sections a new issue starts with. Each row shows the number it
 * will print with; the whole list is saved at once, and a refusal leaves the rows as typed.
 */
import { useEffect, useState } from 'react';
import type { MetricGroup } from '../../../shared/statistics/types';
import { useApi } from '../api/ApiContext';
import { TemplateRow } from './TemplateRow';
import { blankSection, draftFromSections, moveRow, rowLabels, sectionsFromDraft, type SectionDraft } from './templateDraft';
import { SaveStatus } from '../common/SaveStatus';
import { useSaveStatus } from './useSaveStatus';

/** The contract's limit on sections of one template. */
const MAX_SECTIONS = 100;

export function TemplateEditor({ seriesId }: { seriesId: number }) {
  const api = useApi();
  const [rows, setRows] = useState<SectionDraft[] | null>(null);
  const [groups, setGroups] = useState<MetricGroup[]>([]);
  const { busy, error, state, setError, setSaved, run } = useSaveStatus();

  useEffect(() => {
    let live = true;
    void Promise.all([api['templates.get']({ seriesId }), api['statistics.groups']({ seriesId })]).then(([template, stats]) => {
      if (!live) return;
      if (template.ok) setRows(draftFromSections(template.value));
      else setError(template.error.message);
      // Without groups the statistics choice has nothing to offer; the rest of the template still works.
      if (stats.ok) setGroups(stats.value);
    });
    return () => {
      live = false;
    };
    // setError is useSaveStatus's state setter: listing it never runs the load again.
  }, [api, seriesId, setError]);

  if (rows === null) {
    return error ? (
      <p role="alert" className="bd-form-error" data-testid="template-error">
        {error}
      </p>
    ) : (
      <p>正在读取模板…</p>
    );
  }

  const update = (next: SectionDraft[]) => {
    setRows(next);
    setSaved(false);
  };
  const labels = rowLabels(rows);

  const save = async () => {
    const payload = sectionsFromDraft(rows);
    if ('problem' in payload) {
      setError(payload.problem);
      return;
    }
    await run(
      () => api['templates.save']({ seriesId, sections: payload.sections }),
      (sections) => setRows(draftFromSections(sections)),
    );
  };

  return (
    <div className="bd-template-editor" data-testid="template-editor">
      <p className="bd-hint">
        新建一期时按此顺序生成各部分标题和默认正文。标题可含 {'{年}'} {'{月}'}，新建时换成该期时段的年、月，例：{'{年}年{月}月总体运行情况'}
        。
      </p>
      {rows.length === 0 && <p>还没有任何部分。点“添加部分”开始。</p>}
      <ol className="bd-template-rows">
        {rows.map((row, i) => (
          <TemplateRow
            key={row.key}
            index={i}
            count={rows.length}
            label={labels[i] ?? ''}
            row={row}
            groups={groups}
            disabled={busy}
            onChange={(next) => update(rows.map((r, j) => (j === i ? next : r)))}
            onMove={(to) => update(moveRow(rows, i, to))}
            onRemove={() => update(rows.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      {error && (
        <p role="alert" className="bd-form-error" data-testid="template-error">
          模板未保存：{error}
        </p>
      )}
      <div className="bd-form-actions">
        <button
          type="button"
          data-testid="template-add"
          disabled={busy || rows.length >= MAX_SECTIONS}
          onClick={() => update([...rows, blankSection(rows.at(-1)?.level ?? 1)])}
        >
          添加部分
        </button>
        <button type="button" className="bd-primary" data-testid="template-save" disabled={busy} onClick={() => void save()}>
          {busy ? '正在保存…' : '保存模板'}
        </button>
        <SaveStatus state={state} testId="template-status" />
      </div>
    </div>
  );
}
