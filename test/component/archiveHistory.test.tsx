import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SavePoint, VersionDiff } from '../../shared/archive/types';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { BackupView } from '../../renderer/src/archive/BackupView';
import { HistoryDialog } from '../../renderer/src/archive/HistoryDialog';
import { StartupGate } from '../../renderer/src/archive/StartupGate';
import { fakeApi, issue, ok } from './fakeApi';

const points: SavePoint[] = [
  { id: 12, issueId: 5, createdAt: '2024-03-29T08:10:00.000Z', reason: 'explicit', revision: 9, characters: 120 },
  { id: 11, issueId: 5, createdAt: '2024-03-29T08:00:00.000Z', reason: 'auto', revision: 4, characters: 100 },
];

const diff: VersionDiff = {
  savePoint: points[1]!,
  added: 1,
  removed: 1,
  changed: 1,
  blocks: [
    { kind: 'same', text: '一、政务工作动态', oldIndex: 0, newIndex: 0 },
    {
      kind: 'changed',
      oldIndex: 1,
      newIndex: 1,
      segments: [
        { kind: 'same', text: '本周受理7' },
        { kind: 'removed', text: '00' },
        { kind: 'added', text: '25' },
        { kind: 'same', text: '件。' },
      ],
    },
    { kind: 'removed', text: '大厅巡查总体情况良好。', oldIndex: 2 },
    { kind: 'added', text: '二、考勤情况', newIndex: 2 },
  ],
};

describe('HistoryDialog', () => {
  it('lists save points, shows the diff with marked characters, and restores after confirming', async () => {
    const order: string[] = [];
    const api = fakeApi({
      'versions.list': async () => ok(points),
      'versions.diff': async () => ok(diff),
      'versions.restore': async () => {
        order.push('restore');
        return ok({ revision: 10, updatedAt: 'x', undoSavePointId: 13 });
      },
      'issues.get': async ({ id }) => ok(issue(id, [paragraph('本周受理700件。')])),
    });
    const flush = vi.fn(async () => {
      order.push('flush');
      return true;
    });
    const onRestored = vi.fn();
    const onClose = vi.fn();
    render(
      <ApiProvider api={api}>
        <HistoryDialog issueId={5} flush={flush} onRestored={onRestored} onClose={onClose} />
      </ApiProvider>,
    );
    const items = await screen.findAllByTestId('save-point');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('手动保存 · 120 字'),
      expect.stringContaining('自动保存点 · 100 字'),
    ]);
    await userEvent.click(items[1]!);
    expect(api['versions.diff']).toHaveBeenCalledWith({ savePointId: 11 });
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
    expect(api['versions.restore']).toHaveBeenCalledWith({ savePointId: 11 });
    // The editor's pending text is saved before the restore, never after it.
    expect(order.slice(-2)).toEqual(['flush', 'restore']);
    expect(onRestored.mock.calls[0]![0].document.blocks).toEqual([paragraph('本周受理700件。')]);
    expect(onClose).toHaveBeenCalled();
  });
});

describe('BackupView', () => {
  it('lists backups with date, kind and size, backs up now, and restores only after confirming', async () => {
    const backups = [
      { name: 'briefdesk-manual-20240329T081000000Z.db', kind: 'manual' as const, createdAt: '2024-03-29T08:10:00.000Z', sizeBytes: 2_516_582 },
      { name: 'briefdesk-auto-20240328T080000000Z.db', kind: 'auto' as const, createdAt: '2024-03-28T08:00:00.000Z', sizeBytes: 2048 },
    ];
    const api = fakeApi({
      'backups.list': async () => ok({ folder: '/data/backups', backups }),
      'backups.create': async () => ok(backups[0]!),
      'backups.restore': async () =>
        ok({ name: 'briefdesk-before-restore-20240329T090000000Z.db', kind: 'before-restore' as const, createdAt: '2024-03-29T09:00:00.000Z', sizeBytes: 10 }),
    });
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
    const offer = { name: 'briefdesk-auto-20240328T080000000Z.db', kind: 'auto' as const, createdAt: '2024-03-28T08:00:00.000Z', sizeBytes: 2048 };
    const api = fakeApi({
      'archive.startupState': async () => ok({ kind: 'damaged' as const, databasePath: '/data/briefdesk.sqlite', problem: '数据库文件已损坏', offer }),
      'archive.recover': async () => ok({ damagedCopy: '/data/briefdesk.sqlite.damaged-x', restoredFrom: offer.name }),
    });
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
    const api = fakeApi({ 'archive.startupState': async () => ok({ kind: 'ok' as const }) });
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
    const { summary, weekly } = await import('./fakeApi');
    const order: string[] = [];
    const api = fakeApi({
      'series.list': async () => ok([weekly]),
      'issues.list': async () => ok([summary(5, 2024, 5)]),
      'issues.get': async ({ id }) => ok(issue(id, [paragraph('正文')])),
      'issues.saveDocument': async () => {
        order.push('save');
        return ok({ revision: 2, updatedAt: 'x' });
      },
      'versions.savePoint': async ({ issueId }) => {
        order.push('savePoint');
        return ok({ ...points[0]!, issueId });
      },
      'versions.list': async () => ok(points),
    });
    render(
      <ApiProvider api={api}>
        <MessageProvider>
          <App />
        </MessageProvider>
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByText(/2024年第5期/));
    await screen.findByTestId('open-history');
    fireEvent.keyDown(window, { key: 's', keyCode: 83, which: 83, ctrlKey: true });
    await waitFor(() => expect(api['versions.savePoint']).toHaveBeenCalledWith({ issueId: 5, reason: 'explicit' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api['versions.savePoint']).toHaveBeenCalledTimes(2));

    await userEvent.click(screen.getByTestId('open-history'));
    expect(await screen.findAllByTestId('save-point')).toHaveLength(2);
  });
});
