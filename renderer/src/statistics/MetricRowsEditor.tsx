/** The metrics of one group in the groups editor: label, unit, category, reorder, remove, add. */
import type { GroupDraft, MetricDraft } from './groupsDraft';
import { moved, newMetric, removedAt, replacedAt } from './groupsDraft';

interface Props {
  group: GroupDraft;
  /** The group's place in the list, for labels and test ids. */
  index: number;
  onChange: (metrics: MetricDraft[]) => void;
}

export function MetricRowsEditor({ group, index, onChange }: Props) {
  const metrics = group.metrics;
  const edit = (i: number, patch: Partial<MetricDraft>) => onChange(replacedAt(metrics, i, { ...metrics[i]!, ...patch }));
  const name = `统计${index + 1}`;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>指标</th>
            <th>单位</th>
            <th>分类（累计数字用）</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {metrics.map((m, i) => (
            <tr key={m.key}>
              <td>
                <input
                  className="bd-metric-label"
                  aria-label={`${name}指标${i + 1}名称`}
                  data-testid={`metric-label-${index}-${i}`}
                  value={m.label}
                  onChange={(e) => edit(i, { label: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="bd-metric-unit"
                  aria-label={`${name}指标${i + 1}单位`}
                  value={m.unit}
                  onChange={(e) => edit(i, { unit: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="bd-metric-category"
                  aria-label={`${name}指标${i + 1}分类`}
                  placeholder="如 公共服务事项"
                  value={m.category}
                  onChange={(e) => edit(i, { category: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`${name}指标${i + 1}上移`}
                  disabled={i === 0}
                  onClick={() => onChange(moved(metrics, i, -1))}
                >
                  上移
                </button>
                <button
                  type="button"
                  aria-label={`${name}指标${i + 1}下移`}
                  disabled={i === metrics.length - 1}
                  onClick={() => onChange(moved(metrics, i, 1))}
                >
                  下移
                </button>
                <button type="button" aria-label={`${name}指标${i + 1}删除`} onClick={() => onChange(removedAt(metrics, i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid={`metric-add-${index}`} onClick={() => onChange([...metrics, newMetric()])}>
        添加指标
      </button>
    </>
  );
}
