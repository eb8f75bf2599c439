/** A modal dialog for forms: titled, Escape or 关闭 closes it, focus starts inside and returns after. */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useFocusReturn } from '../common/useFocusReturn';

export interface ModalProps {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

export function Modal({ title, testId, onClose, children }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useFocusReturn(ref);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="bd-modal-backdrop">
      <div
        ref={ref}
        className="bd-modal bd-modal-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="bd-modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="bd-link" onClick={onClose} data-testid={`${testId}-close`}>
            关闭
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
