import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/contract/channels';
import type { Series } from '../../shared/issues/types';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { IssueClosingDialog } from '../../renderer/src/settings/IssueClosingDialog';
import { LayoutSettingsDialog } from '../../renderer/src/settings/LayoutSettingsDialog';
import { fakeEnvironment, renderWith } from './previewHarness';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta, WEEKLY_CLOSING, WEEKLY_ID } from './realSeed';

type Layout = ChannelInput<'series.updateLayout'>['layout'];
type Closing = NonNullable<Series['closing']>;

/** The weekly as main stores it, with `layout` overrides and `closing` as its default 报尾. */
async function stored(layout: Layout = null, closing: Closing = WEEKLY_CLOSING) {
  const real = realApi();
  await seedWeekly(real, {}, closing);
  if (layout) await real.value('series.updateLayout', { id: WEEKLY_ID, layout });
  return { real, weekly: await real.value('series.get', { id: WEEKLY_ID }) };
}

async function renderSettings(layout: Layout = null, closing?: Closing) {
  const { real, weekly } = await stored(layout, closing);
  const onSeriesUpdated = vi.fn();
  const onClose = vi.fn();
  renderWith(real.api, fakeEnvironment(), <LayoutSettingsDialog series={weekly} onSeriesUpdated={onSeriesUpdated} onClose={onClose} />);
  return { dialog: screen.getByTestId('layout-settings'), onSeriesUpdated, onClose, real, api: real.api, weekly };
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`[data-testid="layout-settings"] input[name="${name}"]`)!;

describe('版式设置: the series layout', () => {
  it('shows the standard’s values as placeholders and leaves the fields empty', async () => {
    await renderSettings();
    expect(input('topMm')).toHaveAttribute('placeholder', '37');
    expect(input('bottomMm')).toHaveAttribute('placeholder', '35');
    expect(input('leftMm')).toHaveAttribute('placeholder', '28');
    expect(input('rightMm')).toHaveAttribute('placeholder', '26');
    expect(input('linePitchPt')).toHaveAttribute('placeholder', String(DEFAULT_LAYOUT.grid.linePitchPt));
    expect(input('titleSizePt')).toHaveAttribute('placeholder', '26');
    expect(input('titleColor')).toHaveAttribute('placeholder', 'FF0000');
    expect(input('font.body')).toHaveAttribute('placeholder', '仿宋_GB2312');
    expect(input('font.masthead')).toHaveAttribute('placeholder', '方正小标宋简体');
    expect(input('topMm')).toHaveValue('');
    expect(input('onEvenPage')).not.toBeChecked();
    expect(input('contentsTitleLeft')).not.toBeChecked();
  });

  it('shows the series’ own overrides in the fields', async () => {
    await renderSettings({
      margins: { topMm: 40 },
      masthead: { titleColor: 'C00000' },
      closing: { onEvenPage: true },
      contents: { titleAlign: 'left' },
    });
    expect(input('topMm')).toHaveValue('40');
    expect(input('titleColor')).toHaveValue('C00000');
    expect(input('bottomMm')).toHaveValue('');
    expect(input('onEvenPage')).toBeChecked();
    expect(input('contentsTitleLeft')).toBeChecked();
  });

  it('sends only the filled-in fields as overrides and hands on the stored series', async () => {
    const { onSeriesUpdated, api, weekly, real } = await renderSettings();
    const user = userEvent.setup();
    await user.type(input('topMm'), '30');
    await user.type(input('linePitchPt'), '28.5');
    await user.type(input('titleColor'), '#c00000');
    await user.type(input('font.body'), '方正仿宋_GBK');
    await user.click(input('onEvenPage'));
    await user.click(input('contentsTitleLeft'));
    await user.click(screen.getByTestId('layout-save'));
    const layout = {
      margins: { topMm: 30 },
      grid: { linePitchPt: 28.5 },
      masthead: { titleColor: 'C00000' },
      fonts: { body: '方正仿宋_GBK' },
      closing: { onEvenPage: true },
      contents: { titleAlign: 'left' },
    };
    await waitFor(() => expect(onSeriesUpdated).toHaveBeenCalled());
    expect(api['series.updateLayout']).toHaveBeenCalledWith({ id: weekly.id, layout });
    // What is handed on is the series as main stored it.
    const after = await real.value('series.get', { id: weekly.id });
    expect(after.layout).toEqual(layout);
    expect(onSeriesUpdated).toHaveBeenCalledWith(after);
    expect(await screen.findByText(/版式已保存/)).toHaveAttribute('role', 'status');
  });

  it('shows the service’s refusal in Chinese beside the form, marks the field and keeps what was typed', async () => {
    // Main's contract refuses both fields with its own messages.
    const { onSeriesUpdated } = await renderSettings();
    const user = userEvent.setup();
    await user.type(input('topMm'), '5');
    await user.type(input('titleColor'), '红色');
    await user.click(screen.getByTestId('layout-save'));
    const error = await screen.findByTestId('layout-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent('上边距不能小于10毫米');
    expect(error).toHaveTextContent('报头颜色应为六位十六进制颜色值');
    expect(error).not.toHaveTextContent('layout.');
    expect(input('topMm')).toHaveAttribute('aria-invalid', 'true');
    expect(input('titleColor')).toHaveAttribute('aria-invalid', 'true');
    expect(input('bottomMm')).not.toHaveAttribute('aria-invalid');
    expect(input('topMm')).toHaveValue('5');
    expect(onSeriesUpdated).not.toHaveBeenCalled();
  });

  it('恢复默认 asks first; cancelled it sends nothing, confirmed it sends null and empties the fields', async () => {
    const { onSeriesUpdated, api, weekly, real } = await renderSettings({ margins: { topMm: 40 } });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('layout-reset'));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('恢复为国家标准的默认值');
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(api['series.updateLayout']).not.toHaveBeenCalled();
    expect(input('topMm')).toHaveValue('40');

    await user.click(screen.getByTestId('layout-reset'));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(api['series.updateLayout']).toHaveBeenCalledWith({ id: weekly.id, layout: null }));
    await waitFor(() => expect(input('topMm')).toHaveValue(''));
    expect(onSeriesUpdated).toHaveBeenCalledWith({ ...weekly, layout: null });
    expect((await real.value('series.get', { id: weekly.id })).layout).toBeNull();
    expect(screen.getByTestId('layout-settings')).toBeInTheDocument();
  });

  it('Escape in the confirmation closes the confirmation, not the settings', async () => {
    const { onClose } = await renderSettings();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('layout-reset'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('版式设置: the series’ default 报尾', () => {
  it('sends the 报/送/发 lines and the print run, leaving out empty rows', async () => {
    const { onSeriesUpdated, api, weekly, real } = await renderSettings(null, { lines: [], copies: null });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('settings-tab-closing'));
    await user.type(screen.getByRole('textbox', { name: '第1行（报）' }), '中心领导');
    await user.type(screen.getByRole('textbox', { name: '第3行（发）' }), '各部门窗口');
    await user.type(screen.getByRole('textbox', { name: '共印份数（留空则不印“共印N份”）' }), '80');
    await user.click(screen.getByTestId('series-closing-save'));
    await waitFor(() => expect(onSeriesUpdated).toHaveBeenCalled());
    expect(onSeriesUpdated).toHaveBeenCalledWith(await real.value('series.get', { id: weekly.id }));
    expect(api['series.updateClosing']).toHaveBeenCalledWith({
      id: weekly.id,
      closing: {
        lines: [
          { label: '报', text: '中心领导' },
          { label: '发', text: '各部门窗口' },
        ],
        copies: 80,
      },
    });
  });

  it('shows a refusal in Chinese', async () => {
    await renderSettings(null, { lines: [], copies: 80 });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('settings-tab-closing'));
    const copies = screen.getByRole('textbox', { name: '共印份数（留空则不印“共印N份”）' });
    expect(copies).toHaveValue('80');
    await user.clear(copies);
    await user.type(copies, '0');
    await user.click(screen.getByTestId('series-closing-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent('报尾未保存：印数至少为1份');
  });
});

describe('版式设置: 字体', () => {
  it('lists each official face as installed (under which name) or replaced by its bundled face', async () => {
    const env = fakeEnvironment([
      {
        face: { name: '仿宋_GB2312', aliases: ['仿宋'], fallback: 'FandolFang', fallbackFile: 'FandolFang-Regular.otf' },
        installedAs: '仿宋',
      },
      {
        face: { name: '方正小标宋简体', aliases: [], fallback: 'FandolSong Bold', fallbackFile: 'FandolSong-Bold.otf' },
        installedAs: null,
      },
    ]);
    const { real, weekly } = await stored();
    renderWith(real.api, env, <LayoutSettingsDialog series={weekly} onSeriesUpdated={() => {}} onClose={() => {}} />);
    await userEvent.click(screen.getByTestId('settings-tab-fonts'));
    const rows = within(screen.getByTestId('font-status'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['仿宋_GB2312已安装（仿宋）仿宋', '方正小标宋简体未安装随附字体 FandolSong Bold']);
  });
});

describe('本期报尾', () => {
  const seriesDefault = { lines: [{ label: '报' as const, text: '中心领导' }], copies: 80 };

  /** An issue of the weekly whose default 报尾 is `seriesDefault`, with its own 报尾 `own` if given. */
  async function closingApi(own: Closing | null) {
    const { real } = await stored(null, seriesDefault);
    const { id } = await addIssue(real, weekMeta(26));
    if (own) await real.value('issues.updateClosing', { id, closing: own });
    return { real, api: real.api, id };
  }

  it('starts from the series’ default and stores the issue’s own 报尾', async () => {
    const { api, id, real } = await closingApi(null);
    const onSaved = vi.fn();
    renderWith(api, fakeEnvironment(), <IssueClosingDialog issueId={id} onSaved={onSaved} onClose={() => {}} />);
    expect(await screen.findByTestId('series-closing-text')).toHaveTextContent('报：中心领导（共印80份）');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '本期单独设置' }));
    const copies = screen.getByRole('textbox', { name: '共印份数（留空则不印“共印N份”）' });
    expect(copies).toHaveValue('80');
    await user.clear(copies);
    await user.type(copies, '103');
    await user.click(screen.getByTestId('issue-closing-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api['issues.updateClosing']).toHaveBeenCalledWith({ id, closing: { lines: [{ label: '报', text: '中心领导' }], copies: 103 } });
    expect((await real.value('issues.closing', { id })).effective).toEqual({ lines: [{ label: '报', text: '中心领导' }], copies: 103 });
  });

  it('goes back to the series’ default with null', async () => {
    const own = { lines: [{ label: '发' as const, text: '各部门窗口' }], copies: 20 };
    const { api, id, real } = await closingApi(own);
    renderWith(api, fakeEnvironment(), <IssueClosingDialog issueId={id} onSaved={() => {}} onClose={() => {}} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('radio', { name: '本期单独设置' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: '第1行（发）' })).toHaveValue('各部门窗口');
    await user.click(screen.getByRole('radio', { name: '使用系列默认报尾' }));
    await user.click(screen.getByTestId('issue-closing-save'));
    await waitFor(() => expect(api['issues.updateClosing']).toHaveBeenCalledWith({ id, closing: null }));
    await waitFor(async () => expect((await real.value('issues.closing', { id })).override).toBeNull());
  });
});
