import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor, Transforms } from 'slate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, PrintHtml } from '../../shared/contract/channels';
import { ok, type Result } from '../../shared/contract/result';
import { paragraph } from '../../shared/document/types';
import { App } from '../../renderer/src/app/App';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { IssueView } from '../../renderer/src/issues/IssueView';
import { PreviewPanel } from '../../renderer/src/preview/PreviewPanel';
import { deferred, fakeEnvironment, FLOW_HTML, MEASURED, pagedHtml, renderWith, type Deferred } from './previewHarness';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

type PrintInput = ChannelInput<'export.printHtml'>;

/**
 * Main's services with an issue of the weekly (本周). jsdom lays nothing out, so the print HTML is the
 * one piece answered here: the flow without a measurement and `pages` sheets with one (or `print`).
 */
async function printApi(pages: () => number = () => 3, print?: (input: PrintInput) => Promise<Result<PrintHtml>>) {
  const real = realApi();
  const weekly = await seedWeekly(real);
  const issue = await addIssue(real, weekMeta(26), [paragraph('本周')]);
  real.api['export.printHtml'].mockImplementation(
    print ?? (async (input) => ok<PrintHtml>({ html: input.measurement ? pagedHtml(pages()) : FLOW_HTML })),
  );
  return { real, api: real.api, id: issue.id, issue, weekly };
}

const pageCount = () => screen.getByTestId('preview-page-count');
const frame = () => screen.getByTestId('preview-frame') as HTMLIFrameElement;

beforeEach(() => localStorage.clear());

describe('paginated preview', () => {
  it('requests the flow, measures it, requests the pages with the measurement and shows them with the page count', async () => {
    const { api, id } = await printApi(() => 3);
    const env = fakeEnvironment();
    renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
    const calls = api['export.printHtml'].mock.calls.map(([input]) => input);
    expect(calls).toEqual([
      { id, mode: 'preview' },
      { id, mode: 'preview', measurement: MEASURED },
    ]);
    expect(env.measure).toHaveBeenCalledWith(FLOW_HTML);
    expect(frame().getAttribute('srcdoc')).toBe(pagedHtml(3));
    // Same origin so the app can read and zoom it; no scripts run inside.
    expect(frame().getAttribute('sandbox')).toBe('allow-same-origin');
  });

  it('shows 正在排版… while working and renders again when the version changes', async () => {
    let pages = 1;
    const { api, id } = await printApi(() => pages);
    const env = fakeEnvironment();
    const measuring: Deferred<typeof MEASURED>[] = [];
    env.measure.mockImplementation(() => {
      const d = deferred<typeof MEASURED>();
      measuring.push(d);
      return d.promise;
    });
    const { rerender } = renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(measuring).toHaveLength(1));
    expect(screen.getByTestId('preview-status')).toHaveTextContent('正在排版…');
    await act(async () => measuring[0]!.resolve(MEASURED));
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 1 页'));
    expect(screen.getByTestId('preview-status')).toHaveTextContent('');

    pages = 2;
    rerender(<PreviewPanel issueId={id} version="2" faces={[]} />);
    await waitFor(() => expect(measuring).toHaveLength(2));
    expect(screen.getByTestId('preview-status')).toHaveTextContent('正在排版…');
    // The last pages stay on screen while the next ones are made.
    expect(pageCount()).toHaveTextContent('共 1 页');
    await act(async () => measuring[1]!.resolve(MEASURED));
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 2 页'));
  });

  it('drops an answer that arrives after a newer rendering started', async () => {
    const answers: Deferred<Result<PrintHtml>>[] = [];
    const { api, id } = await printApi(undefined, (input) => {
      if (!input.measurement) return Promise.resolve(ok({ html: FLOW_HTML }));
      const d = deferred<Result<PrintHtml>>();
      answers.push(d);
      return d.promise;
    });
    const env = fakeEnvironment();
    const { rerender } = renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(answers).toHaveLength(1));
    rerender(<PreviewPanel issueId={id} version="2" faces={[]} />);
    await waitFor(() => expect(answers).toHaveLength(2));
    // The newer answer first, then the older one late.
    await act(async () => answers[1]!.resolve(ok({ html: pagedHtml(4, '新的') })));
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 4 页'));
    await act(async () => answers[0]!.resolve(ok({ html: pagedHtml(9, '旧的') })));
    expect(pageCount()).toHaveTextContent('共 4 页');
    expect(frame().getAttribute('srcdoc')).toContain('新的');
  });

  it('does not measure a flow that is already stale', async () => {
    const flows: Deferred<Result<PrintHtml>>[] = [];
    const { api, id } = await printApi(undefined, (input) => {
      if (input.measurement) return Promise.resolve(ok({ html: pagedHtml(2) }));
      const d = deferred<Result<PrintHtml>>();
      flows.push(d);
      return d.promise;
    });
    const env = fakeEnvironment();
    const { rerender } = renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(flows).toHaveLength(1));
    rerender(<PreviewPanel issueId={id} version="2" faces={[]} />);
    await waitFor(() => expect(flows).toHaveLength(2));
    await act(async () => flows[0]!.resolve(ok({ html: '<p>旧</p>' })));
    await act(async () => flows[1]!.resolve(ok({ html: FLOW_HTML })));
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 2 页'));
    expect(env.measure.mock.calls).toEqual([[FLOW_HTML]]);
  });

  it('shows a refusal of the services in Chinese', async () => {
    // An issue main does not have: its own refusal.
    const { real } = await printApi();
    renderWith(real.api, fakeEnvironment(), <PreviewPanel issueId={99} version="1" faces={[]} />);
    real.api['export.printHtml'].mockImplementation((input) => real.call('export.printHtml', input));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('预览未能更新：没有找到编号为 99 的简报');
    expect(pageCount()).toHaveTextContent('');
  });

  it('shows a failed measurement in Chinese and keeps the pages it had', async () => {
    const { api, id } = await printApi(() => 2);
    const env = fakeEnvironment();
    const { rerender } = renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 2 页'));
    env.measure.mockRejectedValueOnce(new Error('no [data-line-pitch-px] root'));
    rerender(<PreviewPanel issueId={id} version="2" faces={[]} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('排版测量失败');
    expect(pageCount()).toHaveTextContent('共 2 页');
    expect(frame()).toBeInTheDocument();
  });

  it('zooms the pages with the select and the buttons, within 50–150 %', async () => {
    const { api, id } = await printApi();
    renderWith(api, fakeEnvironment(), <PreviewPanel issueId={id} version="1" faces={[]} />);
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
    await waitFor(() => expect(frame().contentDocument?.documentElement.style.zoom).toBe('0.75'));
    const zoom = screen.getByTestId('preview-zoom');
    fireEvent.change(zoom, { target: { value: '125' } });
    expect(frame().contentDocument?.documentElement.style.zoom).toBe('1.25');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '放大' }));
    expect(zoom).toHaveValue('150');
    expect(frame().contentDocument?.documentElement.style.zoom).toBe('1.5');
    expect(screen.getByRole('button', { name: '放大' })).toBeDisabled();
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: '缩小' }));
    expect(zoom).toHaveValue('50');
    expect(frame().contentDocument?.documentElement.style.zoom).toBe('0.5');
    expect(screen.getByRole('button', { name: '缩小' })).toBeDisabled();
  });

  it('notes the bundled faces used for the missing faces the layout asks for', async () => {
    const [fang, kai, hei, song, xbs] = [
      { name: '仿宋_GB2312', aliases: [], fallback: 'FandolFang', fallbackFile: 'FandolFang-Regular.otf' },
      { name: '楷体_GB2312', aliases: [], fallback: 'FandolKai', fallbackFile: 'FandolKai-Regular.otf' },
      { name: '黑体', aliases: [], fallback: 'FandolHei', fallbackFile: 'FandolHei-Regular.otf' },
      { name: '宋体', aliases: [], fallback: 'FandolSong', fallbackFile: 'FandolSong-Regular.otf' },
      { name: '方正小标宋简体', aliases: [], fallback: 'FandolSong Bold', fallbackFile: 'FandolSong-Bold.otf' },
    ];
    const env = fakeEnvironment([
      { face: fang, installedAs: '仿宋' },
      { face: kai, installedAs: null },
      { face: hei, installedAs: 'SimHei' },
      { face: song, installedAs: null },
      { face: xbs, installedAs: null },
    ]);
    // The layout uses 楷体 and 方正小标宋简体 but not 宋体: only those two are noted.
    const { api, id } = await printApi();
    renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体', '黑体']} />);
    const note = screen.getByTestId('preview-font-note');
    expect(note).toHaveTextContent('楷体_GB2312 → FandolKai');
    expect(note).toHaveTextContent('方正小标宋简体 → FandolSong Bold');
    expect(note).not.toHaveTextContent('宋体 →');
    expect(note).not.toHaveTextContent('仿宋_GB2312');
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
  });

  it("shows the host's refusal when no face can draw Chinese here (export.fontCheck), in place of the fallback note", async () => {
    const message = '没有生成 PDF：本机没有能显示中文的字体，“仿宋_GB2312”无法显示，PDF 中的中文将是空白。';
    const { api, id } = await printApi();
    // A machine without Chinese faces is stood in for: main checks the host's fonts folder.
    api['export.fontCheck'].mockImplementation(async () => ok({ missingFaces: ['仿宋_GB2312'], message }));
    const env = fakeEnvironment([
      { face: { name: '仿宋_GB2312', aliases: [], fallback: 'FandolFang', fallbackFile: 'FandolFang-Regular.otf' }, installedAs: null },
    ]);
    renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={['仿宋_GB2312']} />);
    expect(await screen.findByTestId('preview-font-missing')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('中文将是空白');
    expect(api['export.fontCheck']).toHaveBeenCalledWith({ id });
  });

  it('has no note when every face is installed', async () => {
    const env = fakeEnvironment([
      {
        face: { name: '仿宋_GB2312', aliases: [], fallback: 'FandolFang', fallbackFile: 'FandolFang-Regular.otf' },
        installedAs: '仿宋_GB2312',
      },
    ]);
    const { api, id } = await printApi();
    renderWith(api, env, <PreviewPanel issueId={id} version="1" faces={['仿宋_GB2312']} />);
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
    expect(screen.queryByTestId('preview-font-note')).toBeNull();
  });
});

describe('the preview in the issue view', () => {
  it('is hidden until asked for, and renders again after each completed save', async () => {
    const { api, issue, weekly } = await printApi();
    let editor: BriefEditor | null = null;
    renderWith(
      api,
      fakeEnvironment(),
      <IssueView issue={issue} series={weekly} onUpdated={() => {}} onFlushReady={() => {}} onEditorReady={(e) => (editor = e)} />,
    );
    expect(screen.queryByTestId('preview')).toBeNull();
    await userEvent.click(screen.getByTestId('toggle-preview'));
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
    expect(api['export.printHtml']).toHaveBeenCalledTimes(2);

    await act(async () => {
      Transforms.select(editor!, Editor.end(editor!, []));
      editor!.insertText('共计咨询');
    });
    // Not before the text is stored: the services render the stored document.
    expect(api['export.printHtml']).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(api['export.printHtml']).toHaveBeenCalledTimes(4));
    expect(api['issues.saveDocument'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.printHtml'].mock.invocationCallOrder[2]!);

    await userEvent.click(screen.getByTestId('toggle-preview'));
    expect(screen.queryByTestId('preview')).toBeNull();
  });

  it('renders again after the series layout is saved in 版式设置', async () => {
    const { api, weekly, real } = await printApi();
    localStorage.setItem('briefdesk.preview.shown', '1');
    renderWith(api, fakeEnvironment(), <App />);
    await userEvent.click((await screen.findByTestId('issue-row')).querySelector('button')!);
    await waitFor(() => expect(pageCount()).toHaveTextContent('共 3 页'));
    const before = api['export.printHtml'].mock.calls.length;

    await userEvent.click(screen.getByTestId('issue-layout-settings'));
    const dialog = screen.getByTestId('layout-settings');
    await userEvent.type(within(dialog).getByRole('textbox', { name: '报头颜色' }), '0000FF');
    await userEvent.click(within(dialog).getByTestId('layout-save'));
    await waitFor(() => expect(api['export.printHtml'].mock.calls.length).toBe(before + 2));
    expect(api['series.updateLayout']).toHaveBeenCalledWith({ id: weekly.id, layout: { masthead: { titleColor: '0000FF' } } });
    expect((await real.value('series.get', { id: weekly.id })).layout).toEqual({ masthead: { titleColor: '0000FF' } });
  });
});
