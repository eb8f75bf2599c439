/** 本期要目: the series' two checkboxes and the open issue's switch, and the preview following the switch. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IssueContents, PrintHtml } from '../../shared/contract/channels';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueContentsSwitch } from '../../renderer/src/issues/IssueContentsSwitch';
import { IssueView } from '../../renderer/src/issues/IssueView';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { fakeApi, issue, ok, weekly } from './fakeApi';
import { fakeEnvironment, FLOW_HTML, pagedHtml, renderWith } from './previewHarness';
import { seriesFake } from './seriesFakeApi';

beforeEach(() => localStorage.clear());

function contentsApi(initial: Omit<IssueContents, 'issueId' | 'effective'>) {
  let state: IssueContents = { issueId: 7, ...initial, effective: { enabled: initial.override.enabled ?? initial.series.enabled, level2: false } };
  return fakeApi({
    'issues.contents': async () => ok(state),
    'issues.updateContents': async ({ enabled, level2 }) => {
      const override = { enabled: enabled ?? null, level2: level2 ?? null };
      state = { ...state, override, effective: { enabled: override.enabled ?? state.series.enabled, level2: override.level2 ?? state.series.level2 } };
      return ok(state);
    },
    'export.printHtml': async (input) => ok<PrintHtml>({ html: input.measurement ? pagedHtml(1) : FLOW_HTML }),
  });
}

const choice = () => screen.getByTestId('issue-contents-choice') as HTMLSelectElement;

describe('简报系列 → 本期要目', () => {
  it('loads the series’ setting and saves both checkboxes as ticked', async () => {
    const fake = seriesFake();
    fake.api['series.contents'].mockResolvedValue(ok({ seriesId: weekly.id, enabled: false, level2: false }));
    fake.api['series.updateContents'].mockImplementation(async (input) => ok({ seriesId: input.seriesId, enabled: input.enabled, level2: input.level2 }));
    const user = userEvent.setup();
    render(
      <ApiProvider api={fake.api}>
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
    expect(fake.api['series.updateContents']).toHaveBeenCalledWith({ seriesId: weekly.id, enabled: true, level2: true });

    // Unticking again sends false: the series can turn it back off.
    await user.click(screen.getByTestId('series-contents-enabled'));
    expect(screen.getByTestId('series-contents-status')).toHaveTextContent('');
    await user.click(screen.getByTestId('series-contents-save'));
    await waitFor(() => expect(fake.api['series.updateContents']).toHaveBeenLastCalledWith({ seriesId: weekly.id, enabled: false, level2: true }));
  });

  it('shows a refusal and keeps what was ticked', async () => {
    const fake = seriesFake();
    fake.api['series.contents'].mockResolvedValue(ok({ seriesId: weekly.id, enabled: false, level2: false }));
    fake.api['series.updateContents'].mockResolvedValue({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该简报系列。' } });
    const user = userEvent.setup();
    render(
      <ApiProvider api={fake.api}>
        <SeriesWorkbench series={weekly} refresh={vi.fn()} />
      </ApiProvider>,
    );
    const enabled = await screen.findByTestId('series-contents-enabled');
    await waitFor(() => expect(enabled).toBeEnabled());
    await user.click(enabled);
    await user.click(screen.getByTestId('series-contents-save'));
    await waitFor(() => expect(screen.getByTestId('series-contents-error')).toHaveTextContent('找不到该简报系列'));
    expect(screen.getByTestId('series-contents-enabled')).toBeChecked();
    expect(screen.getByTestId('series-contents-status')).toHaveAttribute('data-state', 'failed');
  });
});

describe('the open issue’s 本期要目 switch', () => {
  it('offers 跟随系列 (naming the series’ choice) / 显示 / 不显示 and saves the choice at once', async () => {
    const api = contentsApi({ override: { enabled: null, level2: null }, series: { enabled: true, level2: false } });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={7} readOnly={false} onChanged={onChanged} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice()).toBeEnabled());
    expect(choice().value).toBe('follow');
    expect([...choice().options].map((o) => o.textContent)).toEqual(['跟随系列（显示）', '显示', '不显示']);

    await user.selectOptions(choice(), 'off');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenCalledWith({ issueId: 7, enabled: false, level2: null }));
    await waitFor(() => expect(screen.getByTestId('issue-contents-status')).toHaveTextContent('已保存'));
    expect(choice().value).toBe('off');
    expect(onChanged).toHaveBeenCalledTimes(1);

    await user.selectOptions(choice(), 'follow');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenLastCalledWith({ issueId: 7, enabled: null, level2: null }));
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(api['issues.updateContents']).toHaveBeenLastCalledWith({ issueId: 7, enabled: true, level2: null }));
  });

  it('is read-only on a finalized issue and sends nothing', async () => {
    const api = contentsApi({ override: { enabled: true, level2: null }, series: { enabled: false, level2: false } });
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={7} readOnly onChanged={vi.fn()} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice().value).toBe('on'));
    expect(choice()).toBeDisabled();
    expect(choice()).toHaveAttribute('title', expect.stringContaining('已定稿'));
    expect(api['issues.updateContents']).not.toHaveBeenCalled();
  });

  it('shows a refusal beside the switch and keeps the stored choice', async () => {
    const api = contentsApi({ override: { enabled: null, level2: null }, series: { enabled: false, level2: false } });
    api['issues.updateContents'].mockResolvedValue({ ok: false, error: { code: 'ISSUE_FINAL', message: '本期简报已定稿，不能修改。' } });
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <IssueContentsSwitch issueId={7} readOnly={false} onChanged={vi.fn()} />
      </ApiProvider>,
    );
    await waitFor(() => expect(choice()).toBeEnabled());
    expect([...choice().options][0]!.textContent).toBe('跟随系列（不显示）');
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(screen.getByTestId('issue-contents-status')).toHaveTextContent('保存失败：本期简报已定稿'));
    expect(choice().value).toBe('follow');
  });

  it('makes the open preview render again with the new choice', async () => {
    const api = contentsApi({ override: { enabled: null, level2: null }, series: { enabled: false, level2: false } });
    const user = userEvent.setup();
    renderWith(api, fakeEnvironment(), <IssueView issue={issue(7, [paragraph('本周')])} series={weekly} onUpdated={() => {}} onFlushReady={() => {}} />);
    await user.click(screen.getByTestId('toggle-preview'));
    await waitFor(() => expect(screen.getByTestId('preview-page-count')).toHaveTextContent('共 1 页'));
    expect(api['export.printHtml']).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(choice()).toBeEnabled());
    await user.selectOptions(choice(), 'on');
    await waitFor(() => expect(api['export.printHtml']).toHaveBeenCalledTimes(4));
    expect(api['issues.updateContents'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.printHtml'].mock.invocationCallOrder[2]!);
  });
});
