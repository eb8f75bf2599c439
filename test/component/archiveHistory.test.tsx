import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Transforms } from 'slate';
import { paragraph } from '../../shared/document/types';
import { ok } from '../../shared/contract/result';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { BackupView } from '../../renderer/src/archive/BackupView';
import { HistoryDialog } from '../../renderer/src/archive/HistoryDialog';
import { StartupGate } from '../../renderer/src/archive/StartupGate';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { realApi } from './realApi';
import { addIssue, saveBlocks, seedWeekly, weekMeta } from './realSeed';

const BEFORE = [paragraph('一、政务工作动态'), paragraph('本周受理700件。'), paragraph('大厅巡查总体情况良好。')];
const AFTER = [paragraph('一、政务工作动态'), paragraph('本周受理725件。'), paragraph('二、考勤情况')];

describe('HistoryDialog', () => {
  it('lists save points, shows the diff with marked characters, and restores after confirming', async () => {
    // Main keeps BEFORE as an automatic save point when AFTER is saved over it; 保存 marks AFTER.
    const real = realApi();
    await seedWeekly(real);
    const { id } = await addIssue(real, weekMeta(5), BEFORE);
    await saveBlocks(real, id, AFTER);
    await real.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    const points = await real.value('versions.list', { issueId: id });
    const order: string[] = [];
    const { api } = real;
    api['versions.restore'].mockImplementation(async (input) => (order.push('restore'), real.call('versions.restore', input)));
    const flush = vi.fn(async () => {
      order.push('flush');
      return true;
    });
    const onRestored = vi.fn();
    const onClose = vi.fn();
    render(
      <ApiProvider api={api}>
        <HistoryDialog issueId={id} flush={flush} onRestored={onRestored} onClose={onClose} />
      </ApiProvider>,
    );
    const items = await screen.findAllByTestId('save-point');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining(`手动保存 · ${points[0]!.characters} 字`),
      expect.stringContaining(`自动保存点 · ${points[1]!.characters} 字`),
    ]);
    await userEvent.click(items[1]!);
    expect(api['versions.diff']).toHaveBeenCalledWith({ savePointId: points[1]!.id });
    const view = await screen.findByTestId('version-diff');
    expect(screen.getByTestId('diff-summary')).toHaveTextContent('新增 1 段，删除 1 段，修改 1 段');
    expect(within(view).getByText('00').tagName).toBe('DEL');
    expect(within(view).getByText('25').tagName).toBe('INS');
    expect(within(view).getByText('大厅巡查总体情况良好。').tagName).toBe('DEL');
    expect(within(view).getByText('二、考勤情况').tagName).toBe('INS');

    await userEvent.click(screen.getByTestId('restore-version'));
    expect(api['versions.restore']).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '恢复' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalled());
    expect(api['versions.restore']).toHaveBeenCalledWith({ savePointId: points[1]!.id });
    // The editor's pending text is saved before the restore, never after it.
    expect(order.slice(-2)).toEqual(['flush', 'restore']);
    expect(onRestored.mock.calls[0]![0].document.blocks).toEqual(BEFORE);
    expect((await real.value('issues.get', { id })).document.blocks).toEqual(BEFORE);
    expect(onClose).toHaveBeenCalled();
  });
});

describe('BackupView', () => {
  it('lists backups with date, kind and size, backs up now, and restores only after confirming', async () => {
    const backups = [
      {
        name: 'briefdesk-manual-20240329T081000000Z.db',
        kind: 'manual' as const,
        createdAt: '2024-03-29T08:10:00.000Z',
        sizeBytes: 2_516_582,
      },
      { name: 'briefdesk-auto-20240328T080000000Z.db', kind: 'auto' as const, createdAt: '2024-03-28T08:00:00.000Z', sizeBytes: 2048 },
    ];
    // Backups are files beside the database, made and swapped by the host: stood in for over main's api.
    const { api } = realApi();
    api['backups.list'].mockResolvedValue(ok({ folder: '/data/backups', backups }));
    api['backups.create'].mockResolvedValue(ok(backups[0]!));
    api['backups.restore'].mockResolvedValue(
      ok({
        name: 'briefdesk-before-restore-20240329T090000000Z.db',
        kind: 'before-restore' as const,
        createdAt: '2024-03-29T09:00:00.000Z',
        sizeBytes: 10,
      }),
    );
    const refresh = vi.fn();
    render(
      <ApiProvider api={api}>
        <BackupView refresh={refresh} />
      </ApiProvider>,
    );
    const rows = await screen.findAllByTestId('backup-row');
    expect(rows[0]).toHaveTextContent('手动备份');
    expect(rows[0]).toHaveTextContent('2.4 MB');
    expect(rows[1]).toHaveTextContent('每日自动备份');
    expect(screen.getByText('/data/backups')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('backup-now'));
    expect(api['backups.create']).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('backup-notice')).toHaveTextContent('已备份');

    await userEvent.click(within(rows[1]!).getByRole('button', { name: '从备份恢复' }));
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(api['backups.restore']).not.toHaveBeenCalled();
    await userEvent.click(within(rows[1]!).getByRole('button', { name: '从备份恢复' }));
    await userEvent.click(screen.getByRole('button', { name: '恢复' }));
    await waitFor(() => expect(api['backups.restore']).toHaveBeenCalledWith({ name: backups[1]!.name }));
    expect(refresh).toHaveBeenCalled();
    expect(await screen.findByTestId('backup-notice')).toHaveTextContent('恢复前的数据库已另存为备份');
  });
});

describe('StartupGate', () => {
  it('shows the offer instead of the app for a damaged database, and the app after recovering', async () => {
    const offer = {
      name: 'briefdesk-auto-20240328T080000000Z.db',
      kind: 'auto' as const,
      createdAt: '2024-03-28T08:00:00.000Z',
      sizeBytes: 2048,
    };
    // A damaged file and its recovery are the host's (it opens the file): stood in for over main's api.
    const { api } = realApi();
    api['archive.startupState'].mockResolvedValue(
      ok({ kind: 'damaged' as const, databasePath: '/data/briefdesk.sqlite', problem: '数据库文件已损坏', offer }),
    );
    api['archive.recover'].mockResolvedValue(ok({ damagedCopy: '/data/briefdesk.sqlite.damaged-x', restoredFrom: offer.name }));
    render(
      <ApiProvider api={api}>
        <StartupGate>
          <p>简报台主界面</p>
        </StartupGate>
      </ApiProvider>,
    );
    expect(await screen.findByTestId('startup-damaged')).toHaveTextContent('/data/briefdesk.sqlite');
    expect(screen.queryByText('简报台主界面')).toBeNull();
    await userEvent.click(screen.getByTestId('recover-from-backup'));
    expect(api['archive.recover']).toHaveBeenCalledWith({ name: offer.name });
    expect(await screen.findByText('简报台主界面')).toBeInTheDocument();
    expect(screen.getByTestId('recovered-note')).toHaveTextContent('/data/briefdesk.sqlite.damaged-x');
  });

  it('shows the app at once when the database is fine', async () => {
    // Main without a host runtime answers that the database is fine.
    const { api } = realApi();
    render(
      <ApiProvider api={api}>
        <StartupGate>
          <p>简报台主界面</p>
        </StartupGate>
      </ApiProvider>,
    );
    expect(await screen.findByText('简报台主界面')).toBeInTheDocument();
  });
});

describe('explicit save points', () => {
  it('Ctrl+S and 保存 mark a save point after the save, and 历史版本 opens the history', async () => {
    const { App } = await import('../../renderer/src/app/App');
    const { MessageProvider } = await import('../../renderer/src/app/messages');
    const real = realApi();
    await seedWeekly(real);
    const { id } = await addIssue(real, weekMeta(5), [paragraph('正文')]);
    const order: string[] = [];
    const { api } = real;
    api['issues.saveDocument'].mockImplementation(async (input) => (order.push('save'), real.call('issues.saveDocument', input)));
    api['versions.savePoint'].mockImplementation(async (input) => (order.push('savePoint'), real.call('versions.savePoint', input)));
    let editor: BriefEditor | null = null;
    render(
      <ApiProvider api={api}>
        <MessageProvider>
          <App onEditorReady={(e) => (editor = e)} />
        </MessageProvider>
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByText(/2024年第5期/));
    await screen.findByTestId('open-history');
    fireEvent.keyDown(window, { key: 's', keyCode: 83, which: 83, ctrlKey: true });
    await waitFor(() => expect(api['versions.savePoint']).toHaveBeenCalledWith({ issueId: id, reason: 'explicit' }));
    // Main keeps one point per state: an edit, then 保存 marks a second one.
    await act(async () => Transforms.insertText(editor!, '补充', { at: { path: [0, 0], offset: 0 } }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api['versions.savePoint']).toHaveBeenCalledTimes(2));
    // Each point is marked after its save.
    expect(order.slice(-2)).toEqual(['save', 'savePoint']);

    await userEvent.click(screen.getByTestId('open-history'));
    expect(await screen.findAllByTestId('save-point')).toHaveLength(2);
  });
});
