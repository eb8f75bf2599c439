/** 简报系列 → 合订本: starting a job with the chosen options, the progress bar, 取消, the saved file, refusals. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CompileProgress } from '../../shared/contract/channels';
import { paragraph } from '../../shared/document/types';
import { ok } from '../../shared/contract/result';
import type { Series } from '../../shared/issues/types';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { missingPicturesWarning } from '../../electron/services/export/pictureSource';
import { fakeEnvironment, renderWith } from './previewHarness';
import { realApi, type RealApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

const running = (done: number, label: string): CompileProgress => ({
  jobId: 7,
  state: 'running',
  done,
  total: 4,
  label,
  file: null,
  pages: null,
  error: null,
});

/**
 * The weekly series with 2024年第1期 (定稿) and 第2期 (draft). compile.start is main's, so what it refuses
 * (an empty year) is real; the job itself lays the issues out in Chromium, which jsdom has not: its
 * progress answers `steps` in turn (the last one repeated), and 取消 answers as main would.
 */
async function volumeFake(steps: CompileProgress[]): Promise<{ real: RealApi; weekly: Series }> {
  const real = realApi();
  const weekly = await seedWeekly(real);
  await real.value('issues.finalize', { id: (await addIssue(real, weekMeta(1), [paragraph('第一期')])).id });
  await addIssue(real, weekMeta(2), [paragraph('第二期')]);
  let call = 0;
  real.api['compile.start'].mockImplementation(async (input) => {
    const started = await real.call('compile.start', input);
    // The real job cannot measure here; it is let go, and the UI follows the job 7 below.
    if (started.ok) await real.call('compile.cancel', { jobId: started.value.jobId });
    return started.ok ? ok({ jobId: 7 }) : started;
  });
  real.api['compile.progress'].mockImplementation(async () => ok(steps[Math.min(call++, steps.length - 1)]!));
  real.api['compile.cancel'].mockImplementation(async () => ok({ cancelled: true }));
  return { real, weekly };
}

async function openVolumeTab({ real, weekly }: { real: RealApi; weekly: Series }) {
  const env = fakeEnvironment();
  renderWith(real.api, env, <SeriesWorkbench series={weekly} refresh={() => {}} />);
  await userEvent.click(await screen.findByTestId('series-tab-volume'));
  return env;
}

describe('简报系列 → 合订本', () => {
  it('starts the job with the year and options, shows its progress, then saves the file', async () => {
    const fake = await volumeFake([
      running(1, '正在排版2024年第2期'),
      running(1, '正在排版2024年第2期'),
      {
        ...running(4, ''),
        state: 'done',
        label: null,
        pages: 21,
        file: { fileName: '窗口工作周报2024年合订本.pdf', base64: btoa('%PDF-1.7') },
      },
    ]);
    const env = await openVolumeTab(fake);
    const year = screen.getByTestId('volume-year');
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    await userEvent.selectOptions(screen.getByTestId('volume-scope'), 'all');
    await userEvent.selectOptions(screen.getByTestId('volume-pages'), 'issue');
    await userEvent.click(screen.getByTestId('volume-pdf'));

    expect(fake.real.api['compile.start']).toHaveBeenCalledWith({
      seriesId: fake.weekly.id,
      year: 2024,
      all: true,
      perIssuePages: true,
      format: 'pdf',
    });
    const bar = await screen.findByTestId('volume-progress');
    await waitFor(() => expect(bar).toHaveAttribute('value', '1'));
    expect(bar).toHaveAttribute('max', '4');
    expect(screen.getByTestId('volume-label')).toHaveTextContent('正在排版2024年第2期');
    expect(screen.getByTestId('volume-docx')).toBeDisabled();

    await waitFor(() => expect(env.save).toHaveBeenCalledTimes(1));
    expect(env.save.mock.calls[0]![0]).toBe('窗口工作周报2024年合订本.pdf');
    expect(screen.getByTestId('volume-notice')).toHaveTextContent('已生成合订本（PDF，共21页）');
    expect(screen.queryByTestId('volume-running')).toBeNull();
    expect(screen.queryByTestId('volume-warning')).toBeNull();
  });

  it('says after saving that pictures printed as 图片缺失, until the next run', async () => {
    // What main's job answers when two pictures of the year were not in the database.
    const warning = missingPicturesWarning(['a'.repeat(64), 'b'.repeat(64)])!;
    const done = (file: CompileProgress['file']): CompileProgress => ({ ...running(4, ''), state: 'done', label: null, pages: 9, file });
    const steps = [done({ fileName: '窗口工作周报2024年合订本.docx', base64: btoa('PK'), warning })];
    const fake = await volumeFake(steps);
    const env = await openVolumeTab(fake);
    await userEvent.clear(screen.getByTestId('volume-year'));
    await userEvent.type(screen.getByTestId('volume-year'), '2024');
    await userEvent.click(screen.getByTestId('volume-docx'));
    const notice = await screen.findByTestId('volume-warning');
    expect(env.save).toHaveBeenCalledTimes(1);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('有 2 张图片在数据库中找不到，已在文件中以“图片缺失”方框代替');

    // The pictures were inserted again: the next volume is clean, and the old notice goes.
    steps.push(done({ fileName: '窗口工作周报2024年合订本.docx', base64: btoa('PK') }));
    await userEvent.click(screen.getByTestId('volume-docx'));
    await waitFor(() => expect(env.save).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('volume-warning')).toBeNull();
  });

  it('取消 asks the job to stop and says nothing was made', async () => {
    const steps = [running(0, '正在排版2024年第1期')];
    const fake = await volumeFake(steps);
    fake.real.api['compile.cancel'].mockImplementation(async () => {
      steps.push({ ...running(0, ''), state: 'cancelled', error: { code: 'CANCELLED', message: '操作已取消，没有保存任何改动。' } });
      return ok({ cancelled: true });
    });
    const env = await openVolumeTab(fake);
    // The form starts at the renderer's own year; the seeded issues are of 2024.
    await userEvent.clear(screen.getByTestId('volume-year'));
    await userEvent.type(screen.getByTestId('volume-year'), '2024');
    await userEvent.click(screen.getByTestId('volume-docx'));
    await userEvent.click(await screen.findByTestId('volume-cancel'));
    expect(fake.real.api['compile.cancel']).toHaveBeenCalledWith({ jobId: 7 });
    await waitFor(() => expect(screen.getByTestId('volume-notice')).toHaveTextContent('已取消，没有生成文件。'));
    expect(env.save).not.toHaveBeenCalled();
    expect(screen.queryByTestId('volume-running')).toBeNull();
  });

  it('shows a refusal in Chinese and starts nothing for a bad year', async () => {
    const fake = await volumeFake([]);
    await openVolumeTab(fake);
    const year = screen.getByTestId('volume-year');
    await userEvent.clear(year);
    await userEvent.type(year, '2025');
    await userEvent.click(screen.getByTestId('volume-pdf'));
    expect(await screen.findByTestId('volume-error')).toHaveTextContent('2025年没有已定稿的期次');
    expect(fake.real.api['compile.progress']).not.toHaveBeenCalled();

    await userEvent.clear(year);
    await userEvent.type(year, '25');
    await userEvent.click(screen.getByTestId('volume-pdf'));
    expect(await screen.findByTestId('volume-error')).toHaveTextContent('请填写2000–2100年之间的年份');
    expect(fake.real.api['compile.start']).toHaveBeenCalledTimes(1);
  });
});
