/**
 * 关于与帮助 and the fonts notice: the host's facts from app.info, the guide rendered with its pictures,
 * and a notice that names each face that will print in some other face, stays up without a close
 * button, and goes once a re-check finds the files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FILES } from '../../electron/services/fonts/bundledFonts';
import { FontsNotice } from '../../renderer/src/app/FontsNotice';
import { HelpView } from '../../renderer/src/help/HelpView';
import { GUIDE_MARKDOWN, guideToHtml } from '../../renderer/src/help/guideHtml';
import { OFFICIAL_FACES } from '../../renderer/src/settings/fontDetection';
import { fakeEnvironment, renderWith } from './previewHarness';
import { realApi } from './realApi';

const ALL_FILES = OFFICIAL_FACES.map((face) => face.fallbackFile);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * Main's app.info for a desktop host whose bundled fonts folder (a temporary one) lacks `missing`;
 * `fonts: false` is a host that serves no fonts. `put` adds files later, as fetching them would.
 */
function infoApi(missing: readonly string[], fonts = true) {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-fonts-'));
  folders.push(dir);
  const put = (files: readonly string[]) => files.forEach((file) => writeFileSync(path.join(dir, file), ''));
  put(BUNDLED_FONT_FILES.filter((file) => !missing.includes(file)));
  const { api } = realApi({
    info: {
      host: 'electron',
      version: '0.1.0',
      databasePath: '/home/clerk/.config/BriefDesk/briefdesk.sqlite',
      ...(fonts ? { fontsDir: dir } : {}),
    },
  });
  return { api, put };
}

const notInstalled = OFFICIAL_FACES.map((face) => ({ face, installedAs: null }));

describe('关于与帮助', () => {
  it('shows the version, the database and backups folders, and the guide with its pictures', async () => {
    const { api } = infoApi([]);
    renderWith(api, fakeEnvironment(notInstalled), <HelpView />);
    const facts = await screen.findByTestId('help-facts');
    expect(facts).toHaveTextContent('0.1.0');
    expect(facts).toHaveTextContent('桌面版');
    expect(facts).toHaveTextContent('/home/clerk/.config/BriefDesk/briefdesk.sqlite');
    expect(facts).toHaveTextContent('/home/clerk/.config/BriefDesk/backups');
    const guide = screen.getByTestId('guide');
    expect(within(guide).getByRole('heading', { name: '一、第一次启动：接续往期' })).toBeInTheDocument();
    const images = within(guide).getAllByRole('img');
    expect(images.length).toBeGreaterThanOrEqual(10);
    // Each picture points at a bundled asset, not at the guide's relative path.
    for (const image of images) expect(image.getAttribute('src')).not.toMatch(/^images\//);
  });

  it('renders the guide from docs/使用说明.md', () => {
    const html = guideToHtml('# 标题\n\n![说明](images/a.png)', { 'images/a.png': '/assets/a-123.png' });
    expect(html).toContain('<h1>标题</h1>');
    expect(html).toContain('src="/assets/a-123.png"');
    expect(GUIDE_MARKDOWN).toContain('## 十二、缺少字体时');
  });
});

describe('the fonts notice', () => {
  it('names each face whose official font is not installed and whose bundled file is missing', async () => {
    const { api } = infoApi(['FandolKai-Regular.otf', 'FandolHei-Regular.otf']);
    const installedKai = notInstalled.map((s) => (s.face.name === '楷体_GB2312' ? { ...s, installedAs: '楷体' } : s));
    renderWith(api, fakeEnvironment(installedKai), <FontsNotice />);
    const notice = await screen.findByTestId('fonts-notice');
    expect(notice).toHaveTextContent('黑体（本机未安装，随附的 FandolHei-Regular.otf 也不在）');
    // 楷体 is installed here: its missing bundled file does not matter.
    expect(notice).not.toHaveTextContent('楷体');
    expect(notice).toHaveTextContent('bash scripts/setup-layout-tools.sh --fonts');
    expect(within(notice).queryByRole('button', { name: /关闭/ })).toBeNull();
  });

  it('stays until a re-check finds the files', async () => {
    const { api, put } = infoApi(ALL_FILES);
    renderWith(api, fakeEnvironment(notInstalled), <FontsNotice />);
    await screen.findByTestId('fonts-notice');
    put(ALL_FILES);
    await userEvent.click(screen.getByTestId('fonts-recheck'));
    await waitFor(() => expect(screen.queryByTestId('fonts-notice')).toBeNull());
  });

  it('says nothing when every face has its bundled file, or the host serves none', async () => {
    const complete = renderWith(infoApi([]).api, fakeEnvironment(notInstalled), <FontsNotice />);
    await waitFor(() => expect(complete.container).toBeEmptyDOMElement());
    complete.unmount();
    const none = renderWith(infoApi(ALL_FILES, false).api, fakeEnvironment(notInstalled), <FontsNotice />);
    await waitFor(() => expect(none.container).toBeEmptyDOMElement());
  });
});
