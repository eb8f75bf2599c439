/** The checks of a 大厅巡查 block: label and default result per row, added and removed. */
import type { HallCheck } from '../../../shared/templates/types';
import { HALL_CHECK_DEFAULT_TEXT } from '../../../shared/templates/types';

/** The contract's limit on checks of one block. */
const MAX_CHECKS = 20;

export interface HallChecksEditorProps {
  row: number;
  checks: HallCheck[];
  onChange: (checks: HallCheck[]) => void;
  disabled: boolean;
}

export function HallChecksEditor({ row, checks, onChange, disabled }: HallChecksEditorProps) {
  const set = (index: number, patch: Partial<HallCheck>) => onChange(checks.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="bd-hall-checks" data-testid={`template-checks-${row}`}>
      <legend>巡查项目（每期可再修改）</legend>
      <ol>
        {checks.map((check, j) => (
          <li key={j}>
            <input
              aria-label={`巡查项目${j + 1}`}
              data-testid={`template-check-label-${row}-${j}`}
              value={check.label}
              disabled={disabled}
              onChange={(e) => set(j, { label: e.target.value })}
            />
            <input
              aria-label={`巡查项目${j + 1}的默认结果`}
              data-testid={`template-check-text-${row}-${j}`}
              value={check.text}
              disabled={disabled}
              onChange={(e) => set(j, { text: e.target.value })}
            />
            <button
              type="button"
              className="bd-link"
              data-testid={`template-check-remove-${row}-${j}`}
              disabled={disabled || checks.length <= 1}
              onClick={() => onChange(checks.filter((_, i) => i !== j))}
            >
              删除
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid={`template-check-add-${row}`}
        disabled={disabled || checks.length >= MAX_CHECKS}
        onClick={() => onChange([...checks, { label: '', text: HALL_CHECK_DEFAULT_TEXT }])}
      >
        添加巡查项目
      </button>
    </fieldset>
  );
}
