/**
 * 从往期导入 asks for what a file lost in its own row (issue 10): the folder import stores the complete
 * files, keeps the one without a readable 期号 (and the one whose period is far from its date) in
 * 需要补填的文件 with the review's fields, the clerk types the 期号/总期号 there and 导入 stores it with
 * them; a questioned period is confirmed once first. The preview runs the real detection on the samples.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../shared/contract/importChannels';
import { detectIssue } from '../../shared/import';
import type { ArchiveSummary } from '../../shared/start/summary';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { StartPage } from '../../renderer/src/start/StartPage';
import { fakeApi, ok, weekly } from './fakeApi';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';
import weekly2024b from '../fixtures/import/samples/weekly-2024-07-04.txt?raw';

const FAR = '远.txt';
const SAMPLES: Record<string, string> = { 'weekly-2022-28.txt': weekly2022, 'weekly-2024-07-04.txt': weekly2024b, [FAR]: weekly2022 };

function decode(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

function setup() {
  const api = fakeApi({
    'import.preview': async ({ fileName, base64 }) => {
      let issue = detectIssue(decode(base64));
      // The 2022 issue's period kept by a 2024 issue: 2022-08-26 is 678 days before 2024-07-04.
      if (fileName === FAR) issue = { ...issue, year: 2024, number: 24, totalNumber: 476, issueDate: '2024-07-04' };
      const preview: ImportPreview = { fileName, issue, seriesId: weekly.id, existingIssueId: null };
      return ok(preview);
    },
    'import.save': async ({ draft }) => ok({ issueId: draft.meta.number, seriesId: weekly.id, seriesCreated: false, replacedIssueId: null, closingOverridden: false }),
    'start.summary': async () => ok({ series: [] } as ArchiveSummary),
    'roster.proposeFromIssues': async () => ok({ newDepartments: [], people: [], unread: [], issuesRead: 0 }),
  });
  const refresh = vi.fn();
  render(
    <ApiProvider api={api}>
      <StartPage seriesList={[weekly]} onDone={() => {}} refresh={refresh} />
    </ApiProvider>,
  );
  return { api, refresh };
}

const files = () => Object.entries(SAMPLES).map(([name, text]) => new File([text], name, { type: 'text/plain' }));
const row = (name: string) => screen.getAllByTestId('pending-file').find((el) => el.dataset.file === name)!;

describe('从往期导入: files that lost a field wait in their row', () => {
  it('stores the complete file, asks for the lost 期号 inline, then stores it with what was typed', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.upload(screen.getByTestId('start-import-files'), files());
    await screen.findByTestId('start-pending');
    // Only the complete sample went in unattended.
    expect(api['import.save']).toHaveBeenCalledTimes(1);
    expect(api['import.save'].mock.calls[0]![0].draft.meta).toMatchObject({ year: 2022, number: 28, totalNumber: 403 });
    expect(screen.getByTestId('summary-imported')).toHaveTextContent('已导入 1 个文件，2 个待补填。');

    const lost = row('weekly-2024-07-04.txt');
    expect(lost).toHaveTextContent('未找到期号，请补填。');
    // What was detected is already in the fields; the lost ones are empty and 导入 waits for them.
    expect(within(lost).getByLabelText('weekly-2024-07-04.txt 印发日期')).toHaveValue('2024-07-04');
    expect(within(lost).getByLabelText('weekly-2024-07-04.txt 时段开始')).toHaveValue('2024-06-17');
    expect(within(lost).getByRole('button', { name: '导入 weekly-2024-07-04.txt' })).toBeDisabled();
    expect(lost).toHaveTextContent('请填写期号（正整数）。');
    await user.type(within(lost).getByLabelText('weekly-2024-07-04.txt 期号'), '23');
    await user.type(within(lost).getByLabelText('weekly-2024-07-04.txt 总期号'), '475');
    await user.click(within(lost).getByRole('button', { name: '导入 weekly-2024-07-04.txt' }));

    await waitFor(() => expect(api['import.save']).toHaveBeenCalledTimes(2));
    const saved = api['import.save'].mock.calls[1]![0].draft;
    expect(saved.meta).toEqual({
      year: 2024,
      supplement: false,
      number: 23,
      totalNumber: 475,
      issueDate: '2024-07-04',
      periodStart: '2024-06-17',
      periodEnd: '2024-06-21',
      partTitle: null,
    });
    expect(saved.document).toEqual(detectIssue(weekly2024b).document);
    await waitFor(() => expect(screen.getAllByTestId('pending-file').map((el) => el.dataset.file)).toEqual([FAR]));
    expect(screen.getByTestId('summary-imported')).toHaveTextContent('已导入 2 个文件，1 个待补填。');
    // The summary is read again with the new issue in it.
    await waitFor(() => expect(api['start.summary']).toHaveBeenCalledTimes(2));
  });

  it('questions a period far from the issue date once, and stores it when the clerk confirms', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.upload(screen.getByTestId('start-import-files'), files());
    await screen.findByTestId('start-pending');
    const far = row(FAR);
    expect(far).toHaveTextContent('请核对日期：时段结束日2022年8月26日比印发日期2024年7月4日早678天');
    await user.click(within(far).getByRole('button', { name: `导入 ${FAR}` }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('早678天');
    expect(api['import.save']).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: '确认并导入' }));
    await waitFor(() => expect(api['import.save']).toHaveBeenCalledTimes(2));
    expect(api['import.save'].mock.calls[1]![0].draft.meta).toMatchObject({ number: 24, periodEnd: '2022-08-26', issueDate: '2024-07-04' });
  });
});
