/** 校对 around the database: the issue's context, 忽略 remembered per issue, and the CLI with --fix. */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { numbered, type BriefDocument } from '../../../shared/document/types';
import { harness, meta, type Harness } from '../services/helpers';

const DOCUMENT: BriefDocument = {
  schemaVersion: 2,
  blocks: [
    numbered(1, '政务工作动态'),
    numbered(2, '3月26日,省中心召开2024 年第2次窗口首席事务代表工作例会。', 'paragraph'),
    { type: 'paragraph', children: [{ text: '住房城乡建设厅', bold: true }, { text: '召开会议,要求做好 燃气安全工作' }] },
  ],
};

let h: Harness;
afterEach(() => h?.db.close());

async function issueWith(document: BriefDocument, number = 12): Promise<number> {
  const { id } = await h.value('issues.create', { seriesId: 1, meta: meta({ number }) });
  await h.value('issues.saveDocument', { id, document });
  return id;
}

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return runCli([...args, '--db', h.file], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }).then((code) => ({
    code,
    out,
    err,
  }));
}

describe('proofread channels', () => {
  it('give the period, date and 报尾 of the issue, and remember 忽略 per issue', async () => {
    h = harness();
    const id = await issueWith(DOCUMENT);
    const other = await issueWith(DOCUMENT, 13);
    const state = await h.value('proofread.state', { id });
    expect(state.context.period).toEqual({ start: '2024-03-25', end: '2024-03-29' });
    expect(state.context.issueDate).toBe('2024-03-29');
    expect(state.context.closingLines?.length).toBeGreaterThan(0);
    expect(state.ignored).toEqual([]);
    const ignored = await h.value('proofread.ignore', { id, key: 'endPunctuation|block|安全工作|作|' });
    expect(ignored.ignored).toEqual(['endPunctuation|block|安全工作|作|']);
    expect((await h.value('proofread.state', { id })).ignored).toHaveLength(1);
    expect((await h.value('proofread.state', { id: other })).ignored).toEqual([]);
    expect((await h.value('proofread.unignore', { id, key: 'endPunctuation|block|安全工作|作|' })).ignored).toEqual([]);
  });

  it('refuse 忽略 on a finalized issue and an unknown issue', async () => {
    h = harness();
    const id = await issueWith(DOCUMENT);
    await h.value('issues.finalize', { id });
    const refused = await h.call('proofread.ignore', { id, key: 'x' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('ISSUE_FINAL');
    const unknown = await h.call('proofread.state', { id: 9999 });
    expect(unknown.ok).toBe(false);
  });
});

describe('npm run cli -- proofread', () => {
  it('lists the findings in Chinese, --json as data, ignored ones left out', async () => {
    h = harness();
    const id = await issueWith(DOCUMENT);
    const human = await cli(['proofread', String(id)]);
    expect(human.code).toBe(0);
    expect(human.out).toContain('[半角标点] 第2段：…3月26日【,】省中心召开2024 年第…  中文之间应使用全角“，”');
    expect(human.out).toContain('[段末无标点] 第3段');
    const json = JSON.parse((await cli(['proofread', String(id), '--json'])).out) as { rule: string; key: string }[];
    const end = json.find((f) => f.rule === 'endPunctuation')!;
    await h.value('proofread.ignore', { id, key: end.key });
    const after = JSON.parse((await cli(['proofread', String(id), '--json'])).out) as { rule: string }[];
    expect(after.map((f) => f.rule)).not.toContain('endPunctuation');
    expect(after).toHaveLength(json.length - 1);
  });

  it('--fix applies only the certain fixes through the save path, keeps bold, and prints what changed', async () => {
    h = harness();
    const id = await issueWith(DOCUMENT);
    const run = await cli(['proofread', String(id), '--fix']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('已修正 2 处文字');
    expect(run.out).toContain('改为：3月26日，省中心召开2024年第2次窗口首席事务代表工作例会。');
    const issue = await h.value('issues.get', { id });
    expect(issue.document.blocks[2]).toEqual({
      type: 'paragraph',
      children: [{ text: '住房城乡建设厅', bold: true }, { text: '召开会议，要求做好燃气安全工作' }],
    });
    expect(issue.revision).toBe(3);
    const again = await cli(['proofread', String(id), '--fix']);
    expect(again.out).toContain('没有可自动修正的问题。');
    expect((await h.value('issues.get', { id })).revision).toBe(3);
  });

  it('--fix on a finalized issue is refused and changes nothing', async () => {
    h = harness();
    const id = await issueWith(DOCUMENT);
    await h.value('issues.finalize', { id });
    const run = await cli(['proofread', String(id), '--fix']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('定稿');
    expect((await h.value('issues.get', { id })).document).toEqual(DOCUMENT);
  });
});
