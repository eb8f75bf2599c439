/** Renders the body editor with an API and hands back the Slate editor to drive edits through. */
import { render } from '@testing-library/react';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { BlockElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

export function renderEditor(api: BriefDeskApi, blocks: BlockElement[], issueId = 7) {
  let editor: BriefEditor | null = null;
  const view = render(
    <ApiProvider api={api}>
      <DocumentEditor issueId={issueId} initialBlocks={blocks} onEditorReady={(e) => (editor = e)} />
    </ApiProvider>,
  );
  if (!editor) throw new Error('editor not ready');
  return { ...view, editor: editor as BriefEditor };
}

/** The generated number shown in front of each block (empty for a plain paragraph), in page order. */
export function shownNumbers(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-slate-node="element"]')].map((el) => el.querySelector('[data-number]')?.textContent ?? '');
}

/**
 * The body editor over main's real services: an issue of the weekly holding `blocks` is stored first,
 * so every save the editor makes is main's (validated and stored, or refused).
 */
export async function renderOnIssue(blocks: BlockElement[]) {
  const real = realApi();
  await seedWeekly(real);
  const { id } = await addIssue(real, weekMeta(26), blocks);
  return { ...renderEditor(real.api, blocks, id), api: real.api, real, id };
}
