/**
 * The figures of a statistics block, a row per metric: label and unit, this period's figure, the
 * year-to-date total computed as the clerk types (previous printed total + this figure, the rule of
 * shared/statistics/ytd.ts), the platform's total to check against, and the previous issue's total.
 * Plain inputs holding their own text: nothing is written into the document while typing, so a
 * Chinese input method's composition is never disturbed.
 */
import type { KeyboardEvent } from 'react';
import type { StatisticsView } from '../../../shared/statistics/types';
import { addToYearTotal, metricName } from '../../../shared/statistics/ytd';
import { parseFigure, type Drafts, type FigureDraft } from './figureDrafts';

interface Props {
  view: StatisticsView;
  drafts: Drafts;
  disabled: boolean;
  onDraft: (metricId: number, draft: FigureDraft) => void;
  onEnter: () => void;
}

const shown = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(n));

export function FigureRows({ view, drafts, disabled, onDraft, onEnter }: Props) {
  const period = view.group.mode === 'period';
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
  return (
    <table className="bd-statistics-figures">
      <thead>
        <tr>
          <th>指标</th>
          <th>单位</th>
          <th>{period ? '本期数字' : '累计数字'}</th>
          {period && <th>今年以来</th>}
          {period && <th>按平台核对的累计</th>}
          <th>{period ? '上期累计' : '上期'}</th>
        </tr>
      </thead>
      <tbody>
        {view.figures.map(({ metric, previousTotal }) => {
          const draft = drafts[metric.id] ?? { value: '', total: '' };
          const value = parseFigure(draft.value);
          const computed = addToYearTotal(typeof value === 'number' ? value : null, previousTotal);
          const name = metricName(metric);
          return (
            <tr key={metric.id}>
              <th scope="row">{name}</th>
              <td>{metric.unit}</td>
              <td>
                <input
                  type="text"
                  inputMode="numeric"
                  aria-label={`${name}${period ? '本期数字' : '累计数字'}`}
                  data-testid={`statistics-value-${metric.id}`}
                  value={draft.value}
                  disabled={disabled}
                  onChange={(event) => onDraft(metric.id, { ...draft, value: event.target.value })}
                  onKeyDown={onKeyDown}
                />
              </td>
              {period && <td data-testid={`statistics-computed-${metric.id}`}>{shown(computed)}</td>}
              {period && (
                <td>
                  <input
                    type="text"
                    inputMode="numeric"
                    aria-label={`${name}按平台核对的累计`}
                    placeholder="可不填"
                    data-testid={`statistics-total-${metric.id}`}
                    value={draft.total}
                    disabled={disabled}
                    onChange={(event) => onDraft(metric.id, { ...draft, total: event.target.value })}
                    onKeyDown={onKeyDown}
                  />
                </td>
              )}
              <td>{shown(previousTotal)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
