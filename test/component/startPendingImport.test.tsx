/**
 * 从往期导入 asks for what a file lost in its own row (issue 10): the folder import stores the complete
 * files, keeps the one without a readable 期号 (and the one whose period is far from its date) in
 * 需要补填的文件 with the review's fields, the clerk types the 期号/总期号 there and 导入 stores it with
 * them; a questioned period is confirmed once first. Main reads, stores and sums up the samples.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/contract/result';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { StartPage } from '../../renderer/src/start/StartPage';
import { realApi } from './realApi';
import { seedWeekly } from './realSeed';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';
import weekly2024b from '../fixtures/import/samples/weekly-2024-07-04.txt?raw';

const FAR = '远.txt';
const SAMPLES: Record<string, string> = { 'weekly-2022-28.txt': weekly2022, 'weekly-2024-07-04.txt': weekly2024b, [FAR]: weekly2022 };

/**
 * Main reads and stores the files and sums up the archive. 远.txt is the 2022 sample's period under a
 * 2024 期号 and date (2022-08-26 is 678 days before 2024-07-04): main's reading with those fields changed.
 */
async function setup() {
  const real = realApi();
  const weekly = await seedWeekly(real);
  const { api } = real;
  api['import.preview'].mockImplementation(async (input) => {
    const answer = await real.call('import.preview', input);
    if (!answer.ok || input.fileName !== FAR) return answer;
    return ok({ ...answer.value, issue: { ...answer.value.issue, year: 2024, number: 24, totalNumber: 476, issueDate: '2024-07-04' } });
  });
  const refresh = vi.fn();
  render(
    <ApiProvider api={api}>
      <StartPage seriesList={[weekly]} onDone={() => {}} refresh={refresh} />
    </ApiProvider>,
  );
  return { real, api, refresh };
}

const files = () => Object.entries(SAMPLES).map(([name, text]) => new File([text], name, { type: 'text/plain' }));
const row = (name: string) => screen.getAllByTestId('pending-file').find((el) => el.dataset.file === name)!;

describe('从往期导入: files that lost a field wait in their row', () => {
  it('stores the complete file, asks for the lost 期号 inline, then stores it with what was typed', async () => {
    const user = userEvent.setup();
    const { api, real } = await setup();
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
    // Nothing in the empty fields looks like a proposed number.
    for (const field of ['期号', '总期号']) {
      expect(within(lost).getByLabelText(`weekly-2024-07-04.txt ${field}`)).toHaveAttribute('placeholder', '按原件填写');
    }
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
    // The body is main's reading of the file, as the row showed it.
    const read = await real.value('import.preview', {
      fileName: 'weekly-2024-07-04.txt',
      base64: Buffer.from(weekly2024b).toString('base64'),
    });
    expect(saved.document).toEqual(read.issue.document);
    await waitFor(() => expect(screen.getAllByTestId('pending-file').map((el) => el.dataset.file)).toEqual([FAR]));
    expect(screen.getByTestId('summary-imported')).toHaveTextContent('已导入 2 个文件，1 个待补填。');
    // The summary is read again with the new issue in it.
    await waitFor(() => expect(api['start.summary']).toHaveBeenCalledTimes(2));
    expect((await real.value('issues.list', { seriesId: 1 })).map((i) => `${i.year}-${i.number}`).sort()).toEqual(['2022-28', '2024-23']);
  });

  it('questions a period far from the issue date once, and stores it when the clerk confirms', async () => {
    const user = userEvent.setup();
    const { api, real } = await setup();
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
    expect((await real.value('issues.list', { seriesId: 1 })).find((i) => i.year === 2024)).toMatchObject({
      number: 24,
      periodEnd: '2022-08-26',
    });
  });

  it('lists a .doc of the archive as not imported, with why, and passes over Word’s ~$ owner file', async () => {
    // A folder pick brings every file: Chromium does not filter a webkitdirectory input by its accept.
    const user = userEvent.setup({ applyAccept: false });
    const { api } = await setup();
    const old = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], '2023年第5期.doc');
    await user.upload(screen.getByTestId('start-import-files'), [
      new File([weekly2022], 'weekly-2022-28.txt'),
      old,
      new File(['x'], '~$eekly.docx'),
    ]);
    await screen.findByTestId('archive-summary');
    expect(screen.getByTestId('summary-imported')).toHaveTextContent('已导入 1 个文件，1 个未能导入。');
    expect(screen.getByTestId('summary-failed')).toHaveTextContent(
      '2023年第5期.doc：无法导入“2023年第5期.doc”：旧版 Word/WPS 格式（.doc、.wps）不能直接导入，请在 Word 或 WPS 中另存为 .docx 后再导入。',
    );
    // Refused without its bytes travelling to main.
    expect(api['import.preview'].mock.calls.map(([input]) => input.fileName)).toEqual(['weekly-2022-28.txt']);
  });
});
