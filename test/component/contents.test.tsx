/** 本期要目: the series' two checkboxes and the open issue's switch, and the preview following the switch. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintHtml } from '../../shared/contract/channels';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueContentsSwitch } from '../../renderer/src/issues/IssueContentsSwitch';
import { IssueView } from '../../renderer/src/issues/IssueView';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { ok } from '../../shared/contract/result';
import { fakeEnvironment, FLOW_HTML, pagedHtml, renderWith } from './previewHarness';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta, WEEKLY_ID } from './realSeed';

beforeEach(() => localStorage.clear());

/**
 * The weekly series with the given 本期要目 default and one issue, optionally with its own choice.
 * jsdom lays nothing out, so the print HTML is the one piece answered here, not by main.
 */
async function contentsApi(series: { enabled: boolean }, override: { enabled: boolean | null } = { enabled: null }) {
  const real = realApi();
  const weekly = await seedWeekly(real);
  await real.value('series.updateContents', { seriesId: WEEKLY_ID, enabled: series.enabled, level2: false });
  const issue = await addIssue(real, weekMeta(27), [paragraph('本周')]);
  if (override.enabled !== null) await real.value('issues.updateContents', { issueId: issue.id, enabled: override.enabled, level2: null });
  real.api['export.printHtml'].mockImplementation(async (input) => ok<PrintHtml>({ html: input.measurement ? pagedHtml(1) : FLOW_HTML }));
  return { real, api: real.api, weekly, issue };
}

const choice = () => screen.getByTestId('issue-contents-choice') as HTMLSelectElement;

describe('简报系列 → 本期要目', () => {
  it('loads the series’ setting and saves both checkboxes as ticked', async () => {
    const real = realApi();
    const weekly = await seedWeekly(real);
    const user = userEvent.setup();
    render(
      <ApiProvider api={real.api}>
        <SeriesWorkbench series={weekly} refresh={vi.fn()} />
      </ApiProvider>,
    );
    const enabled = await screen.findByTestId('series-contents-enabled');
    await waitFor(() => expect(enabled).toBeEnabled());
    expect(enabled).not.toBeChecked();
    expect(screen.getByText('默认显示本期要目')).toBeInTheDocument();
    expect(screen.getByText(/包括二级标题/)).toBeInTheDocument();

    await user.click(enabled);
    await user.click(screen.getByTestId('series-contents-level2'));
    await user.click(screen.getByTestId('series-contents-save'));
    await waitFor(() => expect(screen.getByTestId('series-contents-status')).toHaveTextContent('已保存'));
    expect(real.api['series.updateContents']).toHaveBeenCalledWith({ seriesId: weekly.id, enabled: true, level2: true });
    expect(await real.value('series.contents', { seriesId: weekly.id })).toEqual({ seriesId: weekly.id, enabled: true, level2: true });

    // Unticking again sends false: the series can turn it back off.
    await user.click(screen.getByTestId('series-contents-enabled'));
    expect(screen.getByTestId('series-contents-status')).toHaveTextContent('');
    await user.click(screen.getByTestId('series-contents-save'));
    await waitFor(() =>
      expect(real.api['series.updateContents']).toHaveBeenLastCalledWith({ seriesId: weekly.id, enabled: false, level2: true }),
    );
    await waitFor(async () =>
      expect(await real.value('series.contents', { seriesId: weekly.id })).toMatchObject({ enabled: false, level2: true }),
    );
  });

  it('shows a refusal and keeps what was ticked', async () => {
    const real = realApi();
    const weekly = await seedWeekly(real);
    const user = userEvent.setup();
    render(
      <ApiProvider api={real.api}>
        <SeriesWorkbench series={weekly} refresh={vi.fn()} />
      </ApiProvider>,
    );
    const enabled = await screen.findByTestId('series-contents-enabled');
    await waitFor(() => expect(enabled).toBeEnabled());
    await user.click(enabled);
    // Meanwhile the series is gone (deleted elsewhere): main refuses the setting.
    await real.value('series.delete', { id: weekly.id });
    await user.click(screen.getByTestId('series-contents-save'));
    await waitFor(() => expect(screen.getByTestId('series-contents-error')).toHaveTextContent(`没有找到编号为 ${weekly.id} 的简报系列`));
    expect(screen.getByTestId('series-contents-enabled')).toBeChecked();
    expect(screen.getByTestId('series-contents-status')).toHaveAttribute('data-state', 'failed');
  });
});

describe('the open issue’s 本期要目 switch', () => {
  it('offers 跟随系列 (naming the series’ choice) / 显示 / 不显示 and saves the choice at once', async () => {
    const { real, api, issue } = await contentsApi({ enabled: true });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={issue.id} readOnly={false} onChanged={onChanged} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice()).toBeEnabled());
    expect(choice().value).toBe('follow');
    expect([...choice().options].map((o) => o.textContent)).toEqual(['跟随系列（显示）', '显示', '不显示']);

    await user.selectOptions(choice(), 'off');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenCalledWith({ issueId: issue.id, enabled: false, level2: null }));
    await waitFor(() => expect(screen.getByTestId('issue-contents-status')).toHaveTextContent('已保存'));
    expect(choice().value).toBe('off');
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((await real.value('issues.contents', { issueId: issue.id })).effective.enabled).toBe(false);

    await user.selectOptions(choice(), 'follow');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenLastCalledWith({ issueId: issue.id, enabled: null, level2: null }));
    expect((await real.value('issues.contents', { issueId: issue.id })).effective.enabled).toBe(true);
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenLastCalledWith({ issueId: issue.id, enabled: true, level2: null }));
  });

  it('is read-only on a finalized issue and sends nothing', async () => {
    const { api, issue } = await contentsApi({ enabled: false }, { enabled: true });
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={issue.id} readOnly onChanged={vi.fn()} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice().value).toBe('on'));
    expect(choice()).toBeDisabled();
    expect(choice()).toHaveAttribute('title', expect.stringContaining('已定稿'));
    expect(api['issues.updateContents']).not.toHaveBeenCalled();
  });

  it('shows a refusal beside the switch and keeps the stored choice', async () => {
    const { real, api, issue } = await contentsApi({ enabled: false });
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={issue.id} readOnly={false} onChanged={vi.fn()} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice()).toBeEnabled());
    expect([...choice().options][0]!.textContent).toBe('跟随系列（不显示）');
    // Finalized meanwhile (another window): main's 定稿 guard refuses the change.
    await real.value('issues.finalize', { id: issue.id });
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(screen.getByTestId('issue-contents-status')).toHaveTextContent('保存失败：本期简报已定稿'));
    expect(choice().value).toBe('follow');
    expect((await real.value('issues.contents', { issueId: issue.id })).override.enabled).toBeNull();
  });

  it('makes the open preview render again with the new choice', async () => {
    const { api, issue, weekly } = await contentsApi({ enabled: false });
    const user = userEvent.setup();
    renderWith(api, fakeEnvironment(), <IssueView issue={issue} series={weekly} onUpdated={() => {}} onFlushReady={() => {}} />);
    await user.click(screen.getByTestId('toggle-preview'));
    await waitFor(() => expect(screen.getByTestId('preview-page-count')).toHaveTextContent('共 1 页'));
    expect(api['export.printHtml']).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(choice()).toBeEnabled());
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(api['export.printHtml']).toHaveBeenCalledTimes(4));
    expect(api['issues.updateContents'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.printHtml'].mock.invocationCallOrder[2]!);
  });
});
