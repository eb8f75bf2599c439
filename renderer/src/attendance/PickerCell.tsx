/**
 * A grid cell that picks one item by typing: characters or pinyin initials (shared/roster/search).
 * ↑/↓ move in the list; Enter or Tab take the highlighted item (Enter then moves on like Tab).
 */
import { useState, type KeyboardEvent, type Ref } from 'react';

export interface PickerOption {
  id: number;
  label: string;
}

export interface PickerCellProps {
  inputRef: Ref<HTMLInputElement>;
  label: string;
  text: string;
  selectedId: number | null;
  options: (query: string) => PickerOption[];
  onText: (text: string) => void;
  onPick: (option: PickerOption) => void;
  /** Enter after a pick: go to the next cell. */
  onAdvance: () => void;
  testId: string;
}

export function PickerCell({ inputRef, label, text, selectedId, options, onText, onPick, onAdvance, testId }: PickerCellProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = open && text.trim() !== '' && selectedId === null ? options(text).slice(0, 8) : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + list.length) % list.length);
      return;
    }
    if (event.key !== 'Enter' && event.key !== 'Tab') return;
    if (event.nativeEvent.isComposing) return;
    const choice = list[Math.min(active, list.length - 1)];
    if (choice) onPick(choice);
    setOpen(false);
    if (event.key === 'Enter') {
      event.preventDefault();
      onAdvance();
    }
  };

  return (
    <div className="bd-person-cell">
      <input
        ref={inputRef}
        aria-label={label}
        data-testid={testId}
        value={text}
        autoComplete="off"
        aria-invalid={text.trim() !== '' && selectedId === null}
        onChange={(event) => {
          onText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {list.length > 0 && (
        <ul className="bd-person-options" role="listbox" aria-label={`${label}候选`}>
          {list.map((option, i) => (
            <li
              key={option.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(option);
                setOpen(false);
              }}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
