/** One section of the template: level and number as printed, title, default text, carry-over, automatic content. */
import type { NumberLevel } from '../../../shared/document/types';
import type { MetricGroup } from '../../../shared/statistics/types';
import { HallChecksEditor } from './HallChecksEditor';
import { BLOCK_CHOICES, blockFor, LEVEL_CHOICES, type BlockChoice, type SectionDraft } from './templateDraft';

export interface TemplateRowProps {
  index: number;
  count: number;
  label: string;
  row: SectionDraft;
  groups: readonly MetricGroup[];
  disabled: boolean;
  onChange: (row: SectionDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function TemplateRow({ index: i, count, label, row, groups, disabled, onChange, onMove, onRemove }: TemplateRowProps) {
  const set = (patch: Partial<SectionDraft>) => onChange({ ...row, ...patch });
  const { block } = row;
  return (
    <li className="bd-template-row" data-testid={`template-row-${i}`} data-level={row.level}>
      <div className="bd-template-head">
        <span className="bd-template-label" data-testid={`template-label-${i}`} aria-label="打印编号">
          {label}
        </span>
        <select
          aria-label={`第${i + 1}部分层级`}
          data-testid={`template-level-${i}`}
          value={row.level}
          disabled={disabled}
          onChange={(e) => set({ level: Number(e.target.value) as NumberLevel })}
        >
          {LEVEL_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <input
          className="bd-template-title"
          aria-label={`第${i + 1}部分标题`}
          data-testid={`template-title-${i}`}
          value={row.title}
          disabled={disabled}
          onChange={(e) => set({ title: e.target.value })}
        />
        <button type="button" data-testid={`template-up-${i}`} disabled={disabled || i === 0} onClick={() => onMove(i - 1)}>
          上移
        </button>
        <button type="button" data-testid={`template-down-${i}`} disabled={disabled || i === count - 1} onClick={() => onMove(i + 1)}>
          下移
        </button>
        <button type="button" className="bd-link" data-testid={`template-remove-${i}`} disabled={disabled} onClick={onRemove}>
          删除
        </button>
      </div>
      <label className="bd-field">
        <span>默认正文（每行一段，可不填）</span>
        <textarea
          rows={2}
          data-testid={`template-text-${i}`}
          value={row.defaultText}
          disabled={disabled}
          onChange={(e) => set({ defaultText: e.target.value })}
        />
      </label>
      <label className="bd-check">
        <input
          type="checkbox"
          data-testid={`template-keep-${i}`}
          checked={row.keepText}
          disabled={disabled}
          onChange={(e) => set({ keepText: e.target.checked })}
        />
        从上期新建时沿用本部分正文
      </label>
      <div className="bd-template-block">
        <label className="bd-field">
          <span>自动内容</span>
          <select
            data-testid={`template-block-${i}`}
            value={block.kind}
            disabled={disabled}
            onChange={(e) => set({ block: blockFor(e.target.value as BlockChoice, groups[0]?.id ?? null) })}
          >
            {BLOCK_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        {block.kind === 'statistics' && (
          <>
            <label className="bd-field">
              <span>统计项目</span>
              <select
                data-testid={`template-group-${i}`}
                value={block.groupId ?? ''}
                disabled={disabled}
                onChange={(e) => set({ block: { ...block, groupId: e.target.value === '' ? null : Number(e.target.value) } })}
              >
                <option value="">（请选择）</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="bd-field">
              <span>形式</span>
              <select
                data-testid={`template-form-${i}`}
                value={block.form}
                disabled={disabled}
                onChange={(e) => set({ block: { ...block, form: e.target.value === 'table' ? 'table' : 'sentence' } })}
              >
                <option value="sentence">句子</option>
                <option value="table">表格</option>
              </select>
            </label>
          </>
        )}
      </div>
      {block.kind === 'hallInspection' && (
        <HallChecksEditor
          row={i}
          checks={block.checks}
          disabled={disabled}
          onChange={(checks) => set({ block: { kind: 'hallInspection', checks } })}
        />
      )}
    </li>
  );
}
