/**
 * Pictures are fetched when they come near the screen, not all while an issue opens: with a stand-in
 * IntersectionObserver the test decides which placeholder the browser would report as near. Over
 * main's real handlers.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraph, picture } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { makeJpeg, makePng } from '../fixtures/pictures';
import { realApi } from './realApi';
import { addIssue, weekMeta } from './realSeed';

/** Every observer made, with what it watches and its callback, so a test can report an element as near. */
const observers: { callback: IntersectionObserverCallback; watched: Set<Element> }[] = [];

class StandInObserver {
  private readonly entry: { callback: IntersectionObserverCallback; watched: Set<Element> };
  constructor(callback: IntersectionObserverCallback) {
    this.entry = { callback, watched: new Set() };
    observers.push(this.entry);
  }
  observe(node: Element) {
    this.entry.watched.add(node);
  }
  disconnect() {
    this.entry.watched.clear();
  }
}

function reportNear(node: Element) {
  for (const { callback, watched } of observers) {
    if (watched.has(node)) callback([{ target: node, isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
  }
}

beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('IntersectionObserver', StandInObserver);
  let n = 0;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => `blob:test/${++n}` });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
});
afterEach(() => vi.unstubAllGlobals());

describe('pictures near the screen', () => {
  it('fetches none while the issue opens, and each when it comes near', async () => {
    const real = realApi();
    const first = await real.value('pictures.add', { fileName: '一.jpg', base64: makeJpeg(40, 30).bytes.toString('base64') });
    const second = await real.value('pictures.add', { fileName: '二.png', base64: makePng(30, 40).bytes.toString('base64') });
    const issue = await addIssue(real, weekMeta(27), [
      paragraph('前'),
      picture(first.pictureId, first.pixelWidth, first.pixelHeight),
      paragraph('中'),
      picture(second.pictureId, second.pixelWidth, second.pixelHeight),
    ]);
    render(
      <ApiProvider api={real.api}>
        <DocumentEditor issueId={issue.id} initialBlocks={issue.document.blocks} />
      </ApiProvider>,
    );
    const placeholders = await screen.findAllByLabelText('图片加载中');
    expect(placeholders).toHaveLength(2);
    expect(real.api['pictures.get']).not.toHaveBeenCalled();

    await act(async () => reportNear(placeholders[0]!));
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(1));
    expect(real.api['pictures.get'].mock.calls).toEqual([[{ pictureId: first.pictureId }]]);
    expect(screen.getAllByLabelText('图片加载中')).toHaveLength(1);

    await act(async () => reportNear(placeholders[1]!));
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(2));
    expect(real.api['pictures.get']).toHaveBeenCalledTimes(2);
  });
});
