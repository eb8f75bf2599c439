// Component test set-up: DOM matchers (toHaveValue, toBeDisabled, …) and unmounting between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom lacks HTMLElement.isContentEditable; slate-react ignores key events whose target is not
// editable, so without it no shortcut test could reach the editor. Same rule as browsers: the nearest
// contenteditable attribute decides.
if (typeof HTMLElement !== 'undefined' && !('isContentEditable' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    get(this: HTMLElement): boolean {
      const value = this.closest('[contenteditable]')?.getAttribute('contenteditable');
      return value === '' || value === 'true';
    },
  });
}
