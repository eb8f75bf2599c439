/**
 * The 导入往期 workbench over main's import (detection, duplicates, saving) on the sample texts:
 * files are read one by one with a progress bar, each gets its report, the structure and warnings are
 * shown before saving, 导入 saves with the clerk's number, replacing asks first, bad files say why.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/contract/importChannels';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MessageProvider } from '../../renderer/src/app/messages';
import { ImportWorkbench } from '../../renderer/src/import/ImportWorkbench';
import { realApi } from './realApi';
import { addIssue, addSeries, seedWeekly } from './realSeed';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';
import weekly2024b from '../fixtures/import/samples/weekly-2024-07-04.txt?raw';

const SAMPLES: Record<string, string> = { 'weekly-2022-28.txt': weekly2022, 'weekly-2024-07-04.txt': weekly2024b };

function sampleFile(name: string): File {
  return new File([SAMPLES[name]!], name, { type: 'text/plain' });
}

/**
 * The weekly and 政务窗口月报; with `existing`, 2022年第28期 is stored already (the sample's issue), and
 * main finds it.
 */
async function setup(existing = false) {
  const real = realApi();
  await seedWeekly(real);
  await addSeries(real, { title: '政务窗口月报', periodKind: 'month' });
  const existingId = existing
    ? (
        await addIssue(real, {
          year: 2022,
          supplement: false,
          number: 28,
          totalNumber: 403,
          issueDate: '2022-08-26',
          periodStart: '2022-08-22',
          periodEnd: '2022-08-26',
          partTitle: null,
        })
      ).id
    : null;
  const openIssue = vi.fn();
  const refresh = vi.fn();
  render(
    <ApiProvider api={real.api}>
      <MessageProvider>
        <ImportWorkbench openIssue={openIssue} refresh={refresh} />
      </MessageProvider>
    </ApiProvider>,
  );
  return { real, api: real.api, openIssue, refresh, existingId };
}

function entryFor(name: string): HTMLElement {
  return screen.getAllByTestId('import-entry').find((el) => el.dataset.file === name)!;
}

describe('导入往期', () => {
  it('reads several files with a progress bar and reports each one: structure, warnings or error', async () => {
    const { api } = await setup();
    const user = userEvent.setup();
    const big = new File(['x'], '大.txt');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await user.upload(screen.getByTestId('import-files'), [
      sampleFile('weekly-2022-28.txt'),
      sampleFile('weekly-2024-07-04.txt'),
      new File(['PK'], '坏.docx'),
      big,
    ]);
    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveAttribute('value', '4'));
    expect(screen.getByTestId('import-counts')).toHaveTextContent('已识别 4/4 份，2 份出错');

    const first = entryFor('weekly-2022-28.txt');
    expect(within(first).getByTestId('import-status')).toHaveTextContent('识别完成');
    // Numbered as they will print: the sample's second （二） becomes （三）.
    expect(
      within(first)
        .getAllByTestId('import-section-title')
        .map((el) => el.textContent),
    ).toEqual([
      '一、省级政务服务事项受理办理情况',
      '二、窗口工作动态',
      '（一）优化营商环境工作开展情况',
      '（二）窗口服务效能提升工作情况',
      '（三）厅（局）长进大厅',
      '三、大厅巡查情况',
    ]);
    expect(within(first).getByTestId('import-field-报')).toHaveTextContent('中心领导。');
    expect(within(first).getByTestId('import-field-印数')).toHaveTextContent('共印80份');
    expect(within(first).getByLabelText('weekly-2022-28.txt 期号')).toHaveValue('28');

    const second = entryFor('weekly-2024-07-04.txt');
    expect(within(second).getByTestId('import-status')).toHaveTextContent('3 条提示');
    expect(within(second).getByTestId('import-warnings')).toHaveTextContent('未找到报头标题');
    // Main matches statistics against the series' own groups: this paragraph fits none of them.
    expect(within(second).getByTestId('import-warnings')).toHaveTextContent('与本系列的统计项对不上');
    // The lost 期号 must be given before 导入 is possible.
    expect(within(second).getByRole('button', { name: '导入 weekly-2024-07-04.txt' })).toBeDisabled();

    expect(within(entryFor('坏.docx')).getByTestId('import-error')).toHaveTextContent('已损坏');
    expect(within(entryFor('大.txt')).getByTestId('import-error')).toHaveTextContent('文件太大');
    // The oversized file never left the renderer.
    expect(api['import.preview']).toHaveBeenCalledTimes(3);
    expect(api['import.save']).not.toHaveBeenCalled();
  });

  it('saves a file with the number the clerk typed, then offers to open it', async () => {
    const { api, openIssue, refresh, real } = await setup();
    const user = userEvent.setup();
    await user.upload(screen.getByTestId('import-files'), [sampleFile('weekly-2024-07-04.txt')]);
    const entry = await waitFor(() => {
      const el = entryFor('weekly-2024-07-04.txt');
      expect(el.dataset.status).toBe('ready');
      return el;
    });
    await user.type(within(entry).getByLabelText('weekly-2024-07-04.txt 期号'), '22');
    await user.type(within(entry).getByLabelText('weekly-2024-07-04.txt 总期号'), '475');
    await user.click(within(entry).getByRole('button', { name: '导入 weekly-2024-07-04.txt' }));
    await waitFor(() => expect(entry.dataset.status).toBe('saved'));
    const call = api['import.save'].mock.calls[0]![0];
    expect(call.draft.meta).toMatchObject({ year: 2024, number: 22, totalNumber: 475, issueDate: '2024-07-04', periodStart: '2024-06-17' });
    expect(call.replaceExisting).toBe(false);
    expect(refresh).toHaveBeenCalled();
    await user.click(within(entry).getByRole('button', { name: '打开 weekly-2024-07-04.txt' }));
    const [stored] = await real.value('issues.list', { seriesId: 1 });
    expect(stored).toMatchObject({ year: 2024, number: 22, totalNumber: 475 });
    expect(openIssue).toHaveBeenCalledWith(stored!.id);
  });

  it('asks before replacing an existing issue; 取消 leaves it, 替换 saves with replaceExisting', async () => {
    const { api, existingId, real } = await setup(true);
    const user = userEvent.setup();
    await user.upload(screen.getByTestId('import-files'), [sampleFile('weekly-2022-28.txt')]);
    const entry = await waitFor(() => {
      const el = entryFor('weekly-2022-28.txt');
      expect(el.dataset.status).toBe('ready');
      return el;
    });
    expect(entry).toHaveTextContent(`本期已存在（简报编号 ${existingId}）`);
    const button = within(entry).getByRole('button', { name: '导入 weekly-2022-28.txt' });
    await user.click(button);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('2022年第28期已存在');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(entry.dataset.status).toBe('ready');
    await user.click(button);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '替换' }));
    await waitFor(() => expect(entry.dataset.status).toBe('saved'));
    expect(api['import.save'].mock.calls.map((c) => c[0].replaceExisting)).toEqual([false, false, true]);
    // Main replaced the stored issue: one 2022年第28期, with the imported body.
    const issues = await real.value('issues.list', { seriesId: 1 });
    expect(issues.map((i) => `${i.year}-${i.number}`)).toEqual(['2022-28']);
    expect((await real.value('issues.get', { id: issues[0]!.id })).document.blocks.length).toBeGreaterThan(1);
  });

  it('imports a folder: keeps .docx/.txt, lists a .doc with why, skips the rest, shows paths inside the folder', async () => {
    await setup();
    const user = userEvent.setup({ applyAccept: false });
    const inFolder = sampleFile('weekly-2022-28.txt');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: '往期/weekly-2022-28.txt' });
    const folderInput = screen.getByTestId('import-folder');
    expect(folderInput).toHaveAttribute('webkitdirectory');
    const old = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], '2023年第5期.doc');
    Object.defineProperty(old, 'webkitRelativePath', { value: '往期/2023年第5期.doc' });
    // Word's owner file beside an open document, and Windows' thumbnail cache: not of the archive.
    const owner = new File(['x'], '~$eekly-2022-28.docx');
    await user.upload(folderInput, [inFolder, old, owner, new File(['x'], 'Thumbs.db')]);
    await waitFor(() => expect(entryFor('往期/weekly-2022-28.txt').dataset.status).toBe('ready'));
    // The .doc is listed with why it is not in, so the clerk knows to save it as .docx.
    expect(entryFor('往期/2023年第5期.doc').dataset.status).toBe('error');
    expect(entryFor('往期/2023年第5期.doc')).toHaveTextContent(
      '旧版 Word/WPS 格式（.doc、.wps）不能直接导入，请在 Word 或 WPS 中另存为 .docx 后再导入。',
    );
    expect(screen.getAllByTestId('import-entry')).toHaveLength(2);
    expect(screen.getByText('跳过了 2 个不是 .docx 或 .txt 的文件。')).toBeInTheDocument();
  });
});

describe('导入往期: 全部导入', () => {
  it('saves every complete file that meets no existing issue, and leaves the others to confirm one by one', async () => {
    const { api, refresh, real } = await setup();
    const user = userEvent.setup();
    // The next week's issue: its own 期号, 总期号 and period (main refuses a repeated or overlapping one).
    const next = SAMPLES['weekly-2022-28.txt']!.replace('第 28 期（总第 403 期）', '第 29 期（总第 404 期）').replace(
      '（8 月 22 日—8 月 26 日）',
      '（8 月 29 日—9 月 2 日）',
    );
    const second = new File([next], '第29期.txt');
    await user.upload(screen.getByTestId('import-files'), [sampleFile('weekly-2022-28.txt'), second, sampleFile('weekly-2024-07-04.txt')]);
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('已识别 3/3 份'));
    await user.click(screen.getByTestId('import-all'));
    await waitFor(() => expect(entryFor('第29期.txt').dataset.status).toBe('saved'));
    expect(entryFor('weekly-2022-28.txt').dataset.status).toBe('saved');
    // No 期号: still waiting for the clerk.
    expect(entryFor('weekly-2024-07-04.txt').dataset.status).toBe('ready');
    expect(api['import.save'].mock.calls.map((c) => c[0].draft.meta.number)).toEqual([28, 29]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((await real.value('issues.list', { seriesId: 1 })).map((i) => i.number).sort()).toEqual([28, 29]);
  });

  it('lets the clerk correct every detected field and shows the body as it will be stored, warnings apart', async () => {
    const { api } = await setup();
    const user = userEvent.setup();
    await user.upload(screen.getByTestId('import-files'), [sampleFile('weekly-2024-07-04.txt')]);
    const entry = await waitFor(() => {
      const el = entryFor('weekly-2024-07-04.txt');
      expect(el.dataset.status).toBe('ready');
      return el;
    });
    const name = 'weekly-2024-07-04.txt';
    // Warnings have their own list, apart from the headings.
    expect(within(entry).getByRole('region', { name: '识别提示' })).toHaveTextContent('未找到报头标题');
    expect(within(within(entry).getByRole('region', { name: '识别提示' })).queryAllByTestId('import-section')).toHaveLength(0);
    // The body outline prints the numbers and levels it will be stored with.
    const outline = within(entry).getAllByTestId('import-outline-block');
    expect(outline[0]).toHaveTextContent('一、政务工作动态');
    expect(outline.filter((el) => el.dataset.level === '2')[0]).toHaveTextContent(/^（一）/);
    // Detected fields are prefilled; every one can be corrected.
    expect(within(entry).getByLabelText(`${name} 印发日期`)).toHaveValue('2024-07-04');
    expect(within(entry).getByLabelText(`${name} 时段开始`)).toHaveValue('2024-06-17');
    await user.selectOptions(within(entry).getByLabelText(`${name} 简报系列`), '2');
    await user.clear(within(entry).getByLabelText(`${name} 年份`));
    await user.type(within(entry).getByLabelText(`${name} 年份`), '2024');
    await user.type(within(entry).getByLabelText(`${name} 期号`), '6');
    await user.clear(within(entry).getByLabelText(`${name} 印发日期`));
    await user.type(within(entry).getByLabelText(`${name} 印发日期`), '2024-07-05');
    await user.clear(within(entry).getByLabelText(`${name} 时段结束`));
    await user.type(within(entry).getByLabelText(`${name} 时段结束`), '2024-06-10');
    expect(entry).toHaveTextContent('时段的结束日期早于开始日期。');
    await user.clear(within(entry).getByLabelText(`${name} 时段结束`));
    await user.type(within(entry).getByLabelText(`${name} 时段结束`), '2024-06-30');
    await user.click(within(entry).getByRole('button', { name: `导入 ${name}` }));
    await waitFor(() => expect(entry.dataset.status).toBe('saved'));
    const call = api['import.save'].mock.calls[0]![0];
    expect(call.seriesId).toBe(2);
    expect(call.draft.meta).toMatchObject({
      year: 2024,
      number: 6,
      issueDate: '2024-07-05',
      periodStart: '2024-06-17',
      periodEnd: '2024-06-30',
    });
  });
});
