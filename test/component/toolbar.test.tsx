import { act, fireEvent, screen, within } from '@testing-library/react';
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { numbered, paragraph } from '../../shared/document/types';
import { picturesLeftOut } from '../../renderer/src/editor/paste';
import { renderOnIssue, shownNumbers } from './editorHarness';

/** Slate tells React about a change in a microtask: an async act lets that render happen. */
async function settle(fn: () => void): Promise<void> {
  await act(async () => fn());
}

function select(editor: Parameters<typeof Transforms.select>[0], block: number, from = 0, to = from) {
  return settle(() => Transforms.select(editor, { anchor: { path: [block, 0], offset: from }, focus: { path: [block, 0], offset: to } }));
}

describe('toolbar', async () => {
  it('makes blocks numbered, changes their level and back to a paragraph', async () => {
    const { editor, container } = await renderOnIssue([paragraph('政务工作动态'), paragraph('正文')]);
    const toolbar = screen.getByRole('toolbar');
    await select(editor, 0);
    expect(within(toolbar).getByRole('button', { name: '正文' })).toHaveAttribute('aria-pressed', 'true');

    await settle(() => fireEvent.click(within(toolbar).getByRole('button', { name: '一级' })));
    const first = () => container.querySelector('[data-slate-node="element"]')!;
    expect(first()).toHaveAttribute('data-level', '1');
    expect(first()).toHaveAttribute('data-display', 'heading');
    expect(shownNumbers(container)).toEqual(['一、', '']);
    expect(within(toolbar).getByRole('button', { name: '一级' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(toolbar).getByRole('button', { name: '升级' })).toBeDisabled();

    await settle(() => fireEvent.click(within(toolbar).getByRole('button', { name: '降级' })));
    expect(first()).toHaveAttribute('data-level', '2');
    expect(shownNumbers(container)).toEqual(['（一）', '']);

    expect(within(toolbar).getByRole('button', { name: '标题' })).toHaveAttribute('aria-pressed', 'true');
    await settle(() => fireEvent.click(within(toolbar).getByRole('button', { name: '段落式' })));
    expect(first()).toHaveAttribute('data-display', 'paragraph');
    expect(within(toolbar).getByRole('button', { name: '段落式' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(toolbar).getByRole('button', { name: '标题' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(toolbar).getByRole('button', { name: '段落式' }).title).toContain('正文仿宋');
    await settle(() => fireEvent.click(within(toolbar).getByRole('button', { name: '标题' })));
    expect(first()).toHaveAttribute('data-display', 'heading');

    await settle(() => fireEvent.click(within(toolbar).getByRole('button', { name: '正文' })));
    expect(first()).not.toHaveAttribute('data-level');
    expect(shownNumbers(container)).toEqual(['', '']);
  });

  it('renumbers every block on screen when a block moves or one is inserted', async () => {
    const { editor, container } = await renderOnIssue([
      numbered(1, '甲'),
      numbered(2, 'a', 'paragraph'),
      numbered(2, 'b', 'paragraph'),
      numbered(1, '乙'),
      numbered(2, 'c', 'paragraph'),
    ]);
    expect(shownNumbers(container)).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
    await select(editor, 0);
    await settle(() => fireEvent.click(screen.getByRole('button', { name: '下移' })));
    // 甲 below its first item: the item is now counted before any section.
    expect(shownNumbers(container)).toEqual(['（一）', '一、', '（一）', '二、', '（一）']);
    await settle(() => fireEvent.click(screen.getByRole('button', { name: '上移' })));
    expect(shownNumbers(container)).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);

    await settle(() => Transforms.insertNodes(editor, numbered(1, '新'), { at: [0] }));
    expect(shownNumbers(container)).toEqual(['一、', '二、', '（一）', '（二）', '三、', '（一）']);
    await settle(() => Transforms.removeNodes(editor, { at: [0] }));
    expect(shownNumbers(container)).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
  });

  it('shows bold as pressed where the selection is bold', async () => {
    const { editor } = await renderOnIssue([{ type: 'paragraph', children: [{ text: '加粗', bold: true }, { text: '普通' }] }]);
    const bold = screen.getByRole('button', { name: '加粗' });
    await select(editor, 0, 1);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    await settle(() => Transforms.select(editor, { path: [0, 1], offset: 1 }));
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    await settle(() => fireEvent.click(bold));
    expect(bold).toHaveAttribute('aria-pressed', 'true');
  });

  it('enables undo after a change and redo after an undo', async () => {
    const { editor, container } = await renderOnIssue([numbered(1, '甲'), numbered(1, '乙')]);
    const undo = screen.getByRole('button', { name: '撤销' });
    const redo = screen.getByRole('button', { name: '重做' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();
    await select(editor, 1);
    await settle(() => fireEvent.click(screen.getByRole('button', { name: '上移' })));
    expect(container.querySelector('[data-slate-node="element"]')).toHaveTextContent('一、乙');
    expect(undo).toBeEnabled();
    await settle(() => fireEvent.click(undo));
    expect(container.querySelector('[data-slate-node="element"]')).toHaveTextContent('一、甲');
    expect(redo).toBeEnabled();
    await settle(() => fireEvent.click(redo));
    expect(container.querySelector('[data-slate-node="element"]')).toHaveTextContent('一、乙');
  });

  it('runs shortcuts: Ctrl+Alt+2 makes a level-2 item, Tab lowers it, Ctrl+B bolds', async () => {
    const { editor, container } = await renderOnIssue([paragraph('事项')]);
    const editable = screen.getByTestId('editor');
    await select(editor, 0, 0, 2);
    await settle(() => fireEvent.keyDown(editable, { key: '2', keyCode: 50, which: 50, ctrlKey: true, altKey: true }));
    expect(container.querySelector('[data-level]')).toHaveAttribute('data-level', '2');
    await settle(() => fireEvent.keyDown(editable, { key: 'Tab', keyCode: 9, which: 9 }));
    expect(container.querySelector('[data-level]')).toHaveAttribute('data-level', '3');
    await settle(() => fireEvent.keyDown(editable, { key: 'b', keyCode: 66, which: 66, ctrlKey: true }));
    expect(editor.children[0]).toMatchObject({ children: [{ text: '事项', bold: true }] });
  });

  it('pastes Word HTML as blocks: typed numbers become generated ones, styles are dropped, one undo', async () => {
    const { editor, container } = await renderOnIssue([numbered(1, '政务工作动态'), paragraph('')]);
    await select(editor, 1);
    const clipboard = {
      getData: (type: string) =>
        type === 'text/plain'
          ? '（一）6月20日，省中心组织警示教育。\n(二)印发5项制度。'
          : type === 'text/html'
            ? '<p><span style="mso-bidi-font-family:楷体">（一）</span>6月20日，省中心组织警示教育。</p><p class=MsoNormal>(二)印发5项制度。</p>'
            : '',
    } as DataTransfer;
    await settle(() => editor.insertData(clipboard));
    expect(shownNumbers(container)).toEqual(['一、', '（一）', '（二）']);
    expect(container.querySelectorAll('[data-slate-node="element"]')[2]).toHaveTextContent('（二）印发5项制度。');
    expect(container.querySelector('[style*="mso"]')).toBeNull();
    await settle(() => HistoryEditor.undo(editor));
    expect(shownNumbers(container)).toEqual(['一、', '']);
  });

  it('pastes the text of a Word copy with a photo and says the photo did not come with it', async () => {
    const { editor, container } = await renderOnIssue([paragraph('')]);
    await select(editor, 0);
    const html =
      '<p class=MsoNormal align=center><![if !vml]><img width=552 height=414 src="file:///C:/Users/clerk/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg"><![endif]></p>' +
      '<p class=MsoNormal align=center>图为导办人员引导群众取号。</p>';
    const clipboard = {
      getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? '图为导办人员引导群众取号。' : ''),
    } as DataTransfer;
    await settle(() => editor.insertData(clipboard));
    expect(container.querySelector('[data-slate-node="element"]')).toHaveTextContent('图为导办人员引导群众取号。');
    expect(screen.getByTestId('paste-notice')).toHaveTextContent(picturesLeftOut(1));
    expect(picturesLeftOut(1)).toContain('1 张图片没有一起粘贴进来');
  });

  it('pastes plain text when the clipboard has no HTML', async () => {
    const { editor, container } = await renderOnIssue([numbered(1, '政务工作动态'), paragraph('')]);
    await select(editor, 1);
    const clipboard = {
      getData: (type: string) => (type === 'text/plain' ? '（一）6月20日，组织警示教育。\n(二)印发5项制度。' : ''),
    } as DataTransfer;
    await settle(() => editor.insertData(clipboard));
    expect(shownNumbers(container)).toEqual(['一、', '（一）', '（二）']);
  });
});
