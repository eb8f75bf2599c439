/**
 * A period years away from the issue date is questioned (issue 10): once, with the reason, in the
 * New-issue form and in the 导入往期 review (the rule of shared/issues/dateQuestions.ts), and the start
 * page's summary says when the next issue starts a new year, letting the clerk set the starting point.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { ImportPreview } from '../../shared/contract/importChannels';
import { detectIssue } from '../../shared/import';
import type { IssueMeta } from '../../shared/issues/types';
import type { ArchiveSummary } from '../../shared/start/summary';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MessageProvider } from '../../renderer/src/app/messages';
import { ImportWorkbench } from '../../renderer/src/import/ImportWorkbench';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { StartPage } from '../../renderer/src/start/StartPage';
import { fakeApi, issue, ok, weekly } from './fakeApi';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';

describe('新建一期 with a period far before the issue date', () => {
  // The period the clerk left from an old issue: ends 2022-08-26, the issue dated 2024-07-04.
  const proposal: IssueMeta = { supplement: false, year: 2024, number: 1, totalNumber: 404, issueDate: '2024-07-04', periodStart: '2022-08-22', periodEnd: '2022-08-26', partTitle: null };

  it('asks once with the reason and creates with the confirmation', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'issues.propose': async () => ok(proposal),
      'issues.create': async () => ok(issue(7)),
      'templates.get': async () => ok([]),
      'issues.list': async () => ok([]),
    });
    render(
      <ApiProvider api={api}>
        <NewIssue series={weekly} onCreated={() => {}} onCancel={() => {}} />
      </ApiProvider>,
    );
    await user.click(await screen.findByTestId('create-issue'));
    const dialog = await screen.findByRole('alertdialog');
    // 2022-08-26 → 2024-07-04: 127 + 365 (2023) + 186 (1 January – 4 July 2024) = 678 days.
    expect(dialog).toHaveTextContent('时段结束日2022年8月26日比印发日期2024年7月4日早678天（超过60天）');
    expect(api['issues.create']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '日期无误，继续' }));
    await waitFor(() => expect(api['issues.create']).toHaveBeenCalledTimes(1));
    expect(api['issues.create'].mock.calls[0]![0].confirm).toEqual(['periodLongBeforeDate']);
  });
});

describe('导入往期 with a period far before the issue date', () => {
  function decode(base64: string): string {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  }

  it('names it in the row, keeps the file out of 全部导入, and asks before saving it', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'series.list': async () => ok([weekly]),
      'import.preview': async ({ fileName, base64 }) => {
        const detected = detectIssue(decode(base64));
        // 远.txt: the 2022 sample's period under a 2024 date.
        const issueFields = fileName === '远.txt' ? { ...detected, year: 2024, number: 24, totalNumber: 476, issueDate: '2024-07-04' } : detected;
        const preview: ImportPreview = { fileName, issue: issueFields, seriesId: weekly.id, existingIssueId: null };
        return ok(preview);
      },
      'import.save': async () => ok({ issueId: 3, seriesId: weekly.id, seriesCreated: false, replacedIssueId: null, closingOverridden: false }),
    });
    render(
      <ApiProvider api={api as unknown as BriefDeskApi}>
        <MessageProvider>
          <ImportWorkbench openIssue={vi.fn()} refresh={vi.fn()} />
        </MessageProvider>
      </ApiProvider>,
    );
    await user.upload(screen.getByTestId('import-files'), [
      new File([weekly2022], 'weekly-2022-28.txt', { type: 'text/plain' }),
      new File([weekly2022], '远.txt', { type: 'text/plain' }),
      new File([weekly2022.replace('第 28 期（总第 403 期）', '第 29 期（总第 404 期）')], 'weekly-2022-29.txt', { type: 'text/plain' }),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('import-entry').every((el) => el.dataset.status === 'ready')).toBe(true));
    const far = screen.getAllByTestId('import-entry').find((el) => el.dataset.file === '远.txt')!;
    expect(within(far).getByTestId('import-question')).toHaveTextContent('导入前将请您确认：时段结束日2022年8月26日比印发日期2024年7月4日早678天');
    // 全部导入 takes the two plausible files only.
    expect(screen.getByTestId('import-all')).toHaveTextContent('全部导入（2 份）');
    await user.click(within(far).getByRole('button', { name: '导入 远.txt' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('早678天');
    expect(api['import.save']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '确认并导入' }));
    await waitFor(() => expect(api['import.save']).toHaveBeenCalledTimes(1));
    expect(api['import.save'].mock.calls[0]![0].draft.meta).toMatchObject({ number: 24, periodEnd: '2022-08-26' });
  });
});

describe('the summary after an archive that stops in an earlier year', () => {
  const SUMMARY: ArchiveSummary = {
    series: [
      {
        seriesId: weekly.id,
        title: weekly.title,
        periodKind: 'week',
        hasTotal: true,
        issueCount: 1,
        last: { year: 2022, number: 28, totalNumber: 403, issueDate: '2022-08-29', periodStart: '2022-08-22', periodEnd: '2022-08-26' },
        start: null,
        groups: [],
        next: { year: 2026, supplement: false, number: 1, totalNumber: 404, issueDate: '2026-12-02', periodStart: '2026-11-23', periodEnd: '2026-11-27', partTitle: null },
      },
    ],
  };

  it('says the new year starts at 第1期 and offers 手动设定起点 instead', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'import.preview': async ({ fileName }) => ok({ fileName, issue: detectIssue(weekly2022), seriesId: weekly.id, existingIssueId: null }),
      'import.save': async () => ok({ issueId: 1, seriesId: weekly.id, seriesCreated: false, replacedIssueId: null, closingOverridden: false }),
      'start.summary': async () => ok(SUMMARY),
      'roster.proposeFromIssues': async () => ok({ newDepartments: [], people: [], unread: [], issuesRead: 0 }),
      'statistics.groups': async () => ok([]),
      'start.get': async () => ok({ point: null }),
    });
    const onDone = vi.fn();
    render(
      <ApiProvider api={api}>
        <StartPage seriesList={[weekly]} onDone={onDone} refresh={() => {}} />
      </ApiProvider>,
    );
    await user.upload(screen.getByTestId('start-import-files'), [new File([weekly2022], 'weekly-2022-28.txt', { type: 'text/plain' })]);
    const notice = await screen.findByTestId('summary-new-year');
    expect(notice).toHaveTextContent('往期最后一期是2022年第28期，新的一年（2026年）从第1期开始，总期号接着为总第404期。');
    expect(screen.getByTestId('summary-next')).toHaveTextContent('2026年第1期（总第404期） （11月23日—11月27日）');
    await user.click(within(notice).getByTestId('summary-set-start'));
    expect(await screen.findByTestId('starting-point-form')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
