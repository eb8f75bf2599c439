/**
 * The 统计指标 editor at the window size a clerk uses (1366×768): names, 引导语, metric labels, units
 * and categories as long as the real ones are shown whole — no field's text is cut (its scrollWidth
 * exceeds its clientWidth), no caption is cut, and no caption runs into its field. A screenshot is
 * written for a person to look at (its path is printed).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './session';
import { callApi } from './ui';

interface Group {
  id: number;
  name: string;
  mode: string;
  lead: string;
  metrics: { id: number; label: string; unit: string; category: string }[];
}

async function seedLongNames(page: Page): Promise<void> {
  const [series] = await callApi<{ id: number }[]>(page, 'series.list', {});
  const groups = await callApi<Group[]>(page, 'statistics.groups', { seriesId: series!.id });
  const long = groups.map((g, i) => ({
    id: g.id,
    mode: g.mode,
    name: i === 0 ? '省级政务服务事项受理办理情况' : '四川一体化政务服务平台省本级办件情况',
    lead: '据四川一体化政务服务平台数据统计，',
    metrics: g.metrics.map((m) => ({
      id: m.id,
      label: m.category === '' ? `${m.label}（窗口现场）` : m.label,
      unit: m.unit === '件' ? '件' : '人次',
      category: m.category === '' ? '' : `省本级${m.category}`,
    })),
  }));
  await callApi(page, 'statistics.saveGroups', { seriesId: series!.id, groups: long });
}

describe('the 统计指标 editor at 1366×768', () => {
  const session = useAppSession({ viewport: { width: 1366, height: 768 } });
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await seedLongNames(page);
    await page.reload();
  });

  it('shows every name, 引导语 and label whole', async () => {
    await page.getByTestId('open-tool-series').click();
    await page.getByTestId('series-tab-metrics').click();
    const editorBox = page.getByTestId('metric-groups-editor');
    await editorBox.waitFor();
    await expect.poll(() => page.getByTestId('metric-group-name-0').inputValue()).toBe('省级政务服务事项受理办理情况');

    const cut = await editorBox.evaluate((root) => {
      const problems: string[] = [];
      const name = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? el.tagName;
      for (const el of root.querySelectorAll('input, select, label, th, legend, button')) {
        const h = el as HTMLElement;
        if (h.scrollWidth > h.clientWidth) problems.push(`${name(el)}: scrollWidth ${h.scrollWidth} > clientWidth ${h.clientWidth}`);
      }
      // A caption never runs into its field: the caption's text ends before the field begins.
      for (const label of root.querySelectorAll('fieldset > label')) {
        const field = label.querySelector('input, select');
        const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (!field || !text) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const caption = range.getBoundingClientRect();
        if (caption.right > field.getBoundingClientRect().left) problems.push(`${name(field)}: caption overlaps its field`);
      }
      return problems;
    });
    const shot = join(mkdtempSync(join(tmpdir(), 'briefdesk-metric-editor-')), 'metric-editor-1366x768.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`[metric editor] screenshot at 1366×768: ${shot}`);
    expect(cut).toEqual([]);
    // The page itself does not scroll sideways at this size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  }, 180_000);
});
