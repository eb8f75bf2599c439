/**
 * 导入往期 while files are read: 正在读取…（2/3） names the file of how many, and 取消 stops the
 * file the host is reading (import.cancel with that reading's job id), reads no more, saves nothing,
 * and says so; the files already read stay for review.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/importChannels';
import { ok, type Result } from '../../shared/contract/result';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MessageProvider } from '../../renderer/src/app/messages';
import { ImportWorkbench } from '../../renderer/src/import/ImportWorkbench';
import { realApi } from './realApi';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';

/**
 * 第一份 is read by main. Main reads in its own thread here (no worker pool), so a reading cannot be
 * caught half-way: the later ones are held, by job id, until import.cancel lets them go as the host's
 * worker would, answering 已取消.
 */
function setup() {
  const real = realApi();
  const held = new Map<string, (result: Result<ImportPreview>) => void>();
  const { api } = real;
  api['import.preview'].mockImplementation((input) =>
    input.fileName === '第一份.txt' ? real.call('import.preview', input) : new Promise((resolve) => held.set(input.jobId!, resolve)),
  );
  api['import.cancel'].mockImplementation(async ({ jobId }) => {
    const resolve = held.get(jobId);
    held.delete(jobId);
    resolve?.({ ok: false, error: { code: 'CANCELLED', message: '操作已取消，没有保存任何改动。' } });
    return ok({ cancelled: resolve !== undefined });
  });
  render(
    <ApiProvider api={api}>
      <MessageProvider>
        <ImportWorkbench openIssue={() => {}} refresh={() => {}} />
      </MessageProvider>
    </ApiProvider>,
  );
  return { api, held };
}

const file = (name: string) => new File([weekly2022], name, { type: 'text/plain' });

describe('导入往期: 读取进度与取消', () => {
  it('shows which file is read and cancels the one in the host, reading no more and saving nothing', async () => {
    const { api, held } = setup();
    const user = userEvent.setup();
    await user.upload(screen.getByTestId('import-files'), [file('第一份.txt'), file('第二份.txt'), file('第三份.txt')]);
    await waitFor(() => expect(screen.getByTestId('import-reading')).toHaveTextContent('正在读取…（2/3）'));
    await waitFor(() => expect(held.size).toBe(1));
    const jobId = [...held.keys()][0]!;
    expect(api['import.preview'].mock.calls[1]![0]).toMatchObject({ fileName: '第二份.txt', jobId });

    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(api['import.cancel']).toHaveBeenCalledWith({ jobId });
    expect(await screen.findByRole('status')).toHaveTextContent('已取消，未保存任何内容。');
    await waitFor(() => expect(screen.queryByTestId('import-reading')).toBeNull());
    // The third file was never sent; nothing was saved; the first, read before, stays for review.
    expect(api['import.preview']).toHaveBeenCalledTimes(2);
    expect(api['import.save']).not.toHaveBeenCalled();
    const entries = screen.getAllByTestId('import-entry');
    expect(entries.map((el) => [el.dataset.file, el.dataset.status])).toEqual([['第一份.txt', 'ready']]);
    expect(screen.getByTestId('import-counts')).toHaveTextContent('已识别 1/1 份');
  });

  it('gives every reading its own job id and shows no progress line once all are read', async () => {
    const { api } = setup();
    const user = userEvent.setup();
    await user.upload(screen.getByTestId('import-files'), [file('第一份.txt')]);
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('已识别 1/1 份'));
    expect(screen.queryByTestId('import-reading')).toBeNull();
    expect(screen.queryByTestId('import-cancelled')).toBeNull();
    expect(api['import.preview'].mock.calls[0]![0].jobId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(api['import.cancel']).not.toHaveBeenCalled();
  });
});
