/**
 * What the two 接续往期 end-to-end proofs share: a past issue built as Word builds one (raw
 * WordprocessingML through jszip, test/fixtures/import/word/wordXml.ts), and the steps on the real UI
 * from 新建一期 to the exported text — typing the week's figures into the statistics block.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildWordFile, para, run } from '../fixtures/import/word/wordXml';
import { callApi, editor } from './ui';

export interface PeriodFigures {
  咨询: number;
  受理: number;
  颁发: number;
  流转: number;
}

const LABELS = ['咨询', '受理', '颁发', '流转'] as const;

/** `咨询1200人次、受理400件、颁发2100件、流转3100件次`: the printed form of shared/statistics/text.ts. */
export function figureList(f: PeriodFigures): string {
  return `咨询${f.咨询}人次、受理${f.受理}件、颁发${f.颁发}件、流转${f.流转}件次`;
}

export function plus(a: PeriodFigures, b: PeriodFigures): PeriodFigures {
  return { 咨询: a.咨询 + b.咨询, 受理: a.受理 + b.受理, 颁发: a.颁发 + b.颁发, 流转: a.流转 + b.流转 };
}

export interface HandMadeIssue {
  number: number;
  total: number;
  /** `2024年7月11日` as printed. */
  dateLine: string;
  /** `（6月24日—6月28日）` as printed. */
  periodLine: string;
  week: PeriodFigures;
  yearToDate: PeriodFigures;
}

/**
 * One weekly as the clerk's Word file holds it: the masthead (title in 方正小标宋, number line, issuer
 * and date split by a tab over a red rule, the period in 楷体), sections under 黑体 headings typed
 * with their numbers, the statistics sentence under its title sentence, and the 报尾 between rules.
 */
export function handMadeWeekly(issue: HandMadeIssue): Promise<Uint8Array> {
  const hei = (text: string) => para([run(text, { face: '黑体' })]);
  return buildWordFile(
    para([run('窗口工作周报', { face: '方正小标宋简体' })], { center: true }) +
      para(`2024年第${issue.number}期（总第${issue.total}期）`, { center: true }) +
      para(`四川省政府政务服务和公共资源交易服务中心\t${issue.dateLine}`, { borderBottom: true }) +
      para([run(issue.periodLine, { face: '楷体_GB2312' })], { center: true }) +
      hei('一、政务工作动态') +
      para('（一）本周，省中心召开窗口首席事务代表工作例会，部署下半年窗口服务效能提升工作。') +
      hei('二、综窗改革攻坚行动') +
      para(`省本级综窗办件情况。本周，共计${figureList(issue.week)}。今年以来，累计${figureList(issue.yearToDate)}。`) +
      hei('三、考勤情况') +
      para('本周无累计请假3天以上的人员。') +
      para('报：中心领导。', { borderBottom: true }) +
      para('送：各相关省级部门（单位），中心各处（室）、直属单位。') +
      para('发：各部门窗口。', { borderBottom: true }) +
      para('（共印80份）'),
  );
}

/** The id of the series' 本期数字 group (省本级综窗办件情况) and its metrics' ids by label. */
export async function periodGroup(page: Page, seriesId: number): Promise<{ id: number; metrics: Record<string, number> }> {
  const groups = await callApi<{ id: number; mode: string; metrics: { id: number; label: string }[] }[]>(page, 'statistics.groups', {
    seriesId,
  });
  const group = groups.find((g) => g.mode === 'period')!;
  return { id: group.id, metrics: Object.fromEntries(group.metrics.map((m) => [m.label, m.id])) };
}

/** The values of the New-issue form's fields, once the proposal has filled them. */
export async function proposedFields(page: Page): Promise<Record<string, string>> {
  const form = page.getByTestId('issue-form');
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="issue-form"] input[name="number"]') as HTMLInputElement | null)?.value !== '',
  );
  const names = ['year', 'number', 'totalNumber', 'issueDate', 'periodStart', 'periodEnd'];
  const values = await Promise.all(names.map((name) => form.locator(`input[name="${name}"]`).inputValue()));
  return Object.fromEntries(names.map((name, i) => [name, values[i]!]));
}

/**
 * In the open issue: types the week's figures into the statistics block of `groupId`, saves them, and
 * answers the issue's exported text (issues.exportText, what `cli export --txt` writes) once the
 * statistics sentence is in it.
 */
export async function typeFiguresAndExport(
  page: Page,
  issueId: number,
  group: { id: number; metrics: Record<string, number> },
  week: PeriodFigures,
): Promise<string> {
  await editor(page).waitFor();
  const block = page.locator(`[data-testid="statistics-block"][data-group="${group.id}"]`);
  await block.waitFor();
  for (const label of LABELS) await block.getByTestId(`statistics-value-${group.metrics[label]}`).fill(String(week[label]));
  await block.getByTestId('statistics-save').click();
  let text = '';
  await expect
    .poll(
      async () => {
        text = await callApi<string>(page, 'issues.exportText', { id: issueId });
        return text.includes(`本周，共计${figureList(week)}。`);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return text;
}
