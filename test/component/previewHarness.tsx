/**
 * What the preview, export and settings tests share: a fake print environment (jsdom lays nothing
 * out, prints nothing and has no canvas), print HTML of a given number of pages, controllable
 * promises, and rendering with the API and the environment provided.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MessageProvider } from '../../renderer/src/app/messages';
import { PrintEnvironmentProvider, type FlowMeasurement, type PrintEnvironment } from '../../renderer/src/preview/environment';
import type { FaceStatus } from '../../renderer/src/settings/fontDetection';

export interface FakeEnvironment extends PrintEnvironment {
  measure: Mock<PrintEnvironment['measure']>;
  print: Mock<PrintEnvironment['print']>;
  save: Mock<PrintEnvironment['save']>;
  detectFonts: Mock<PrintEnvironment['detectFonts']>;
}

export const MEASURED: FlowMeasurement = {
  items: [
    { lines: 5, lineStarts: null },
    { lines: 2, lineStarts: [0, 28] },
  ],
};

export function fakeEnvironment(faces: FaceStatus[] | null = null): FakeEnvironment {
  return {
    measure: vi.fn(async () => MEASURED),
    print: vi.fn(async () => undefined),
    save: vi.fn(),
    detectFonts: vi.fn(() => faces),
  };
}

export const FLOW_HTML = '<!doctype html><html><body class="preview"><main class="flow" data-line-pitch-px="38.6"></main></body></html>';

/** Paginated print HTML with `pages` sheets, each carrying `text`. */
export function pagedHtml(pages: number, text = '窗口工作周报'): string {
  const sheets = Array.from(
    { length: pages },
    (_, i) => `<div class="sheet ${i % 2 === 0 ? 'odd' : 'even'}" data-page="${i + 1}"><section class="page">${text}</section></div>`,
  );
  return `<!doctype html><html><body class="preview">${sheets.join('\n')}</body></html>`;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function renderWith(api: BriefDeskApi, env: PrintEnvironment, ui: ReactNode) {
  const wrap = (node: ReactNode) => (
    <ApiProvider api={api}>
      <PrintEnvironmentProvider value={env}>
        <MessageProvider>{node}</MessageProvider>
      </PrintEnvironmentProvider>
    </ApiProvider>
  );
  const view = render(wrap(ui));
  return { ...view, rerender: (next: ReactNode) => view.rerender(wrap(next)) };
}
