import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../../shared/archive/types';
import { printedBlockTexts } from '../../../shared/archive/indexText';
import { searchArchive } from '../../../electron/services/archive/search';
import { table } from '../../../shared/document/table';
import { addIssue, doc, makeHarness, numbered, paragraph, type Harness } from './harness';

const hitKeys = (answer: SearchAnswer) => answer.hits.map((h) => `${h.issueId}:${h.blockIndex ?? 'm'}`);

/** A small archive with known places for 综窗改革攻坚行动 and friends. */
async function archive(h: Harness) {
  const a = await addIssue(h, { year: 2023, number: 5, totalNumber: 401, issueDate: '2023-02-10' }, [
    numbered(1, '综窗改革攻坚行动'),
    paragraph('本周综窗运行平稳，受理700件。'),
  ]);
  const b = await addIssue(h, { year: 2024, number: 3, totalNumber: 430, issueDate: '2024-01-19' }, [
    numbered(1, '政务工作动态'),
    paragraph('综合窗口改革持续推进。'),
    numbered(2, '综窗改革'),
  ]);
  const c = await addIssue(h, { year: 2024, number: 9, totalNumber: 436, issueDate: '2024-03-01' }, [
    paragraph('大厅巡查总体情况良好。'),
    paragraph('推进综窗改革攻坚行动第二阶段。'),
  ]);
  return { a, b, c };
}

describe('archive.search', () => {
  it('finds 2-, 3- and 5-character queries exactly, newest issue first', async () => {
    const h = makeHarness();
    const { a, b, c } = await archive(h);

    const two = await h.value('archive.search', { query: '综窗' });
    expect(two.route).toBe('scan');
    expect(hitKeys(two)).toEqual([`${c}:1`, `${b}:2`, `${a}:0`, `${a}:1`]);

    const three = await h.value('archive.search', { query: '综窗改' });
    expect(three.route).toBe('trigram');
    expect(hitKeys(three)).toEqual([`${c}:1`, `${b}:2`, `${a}:0`]);

    const five = await h.value('archive.search', { query: '综窗改革攻' });
    expect(hitKeys(five)).toEqual([`${c}:1`, `${a}:0`]);

    const none = await h.value('archive.search', { query: '窗改革攻坚行动第三' });
    expect(none.hits).toEqual([]);
  });

  it('finds one character and generated numbers, and marks the hit in the snippet', async () => {
    const h = makeHarness();
    const { b } = await archive(h);
    const label = await h.value('archive.search', { query: '（一）综窗' });
    expect(hitKeys(label)).toEqual([`${b}:2`]);
    expect(label.hits[0]!.segments).toEqual([
      { text: '（一）综窗', hit: true },
      { text: '改革', hit: false },
    ]);

    const one = await h.value('archive.search', { query: '良' });
    expect(one.hits).toHaveLength(1);
    expect(one.hits[0]!.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['良']);
  });

  it('searches the masthead: 期号 line, issuer and date', async () => {
    const h = makeHarness();
    const { b } = await archive(h);
    const answer = await h.value('archive.search', { query: '总第430期' });
    expect(answer.hits).toHaveLength(1);
    expect(answer.hits[0]).toMatchObject({ issueId: b, blockIndex: null, year: 2024, number: 3, seriesTitle: '窗口工作周报' });
    expect((await h.value('archive.search', { query: '2024年1月19日' })).hits.map((x) => x.issueId)).toEqual([b]);
  });

  it('filters by series and year and leaves the recycle bin out unless asked', async () => {
    const h = makeHarness();
    const { a, b, c } = await archive(h);
    expect(new Set((await h.value('archive.search', { query: '综窗', year: 2023 })).hits.map((x) => x.issueId))).toEqual(new Set([a]));
    expect((await h.value('archive.search', { query: '综窗', seriesId: 99 })).hits).toEqual([]);
    await h.value('issues.delete', { id: c });
    expect(hitKeys(await h.value('archive.search', { query: '综窗改革攻' }))).toEqual([`${a}:0`]);
    const withBin = await h.value('archive.search', { query: '综窗改革攻', includeDeleted: true });
    expect(hitKeys(withBin)).toEqual([`${c}:1`, `${a}:0`]);
    await h.value('issues.purge', { id: c });
    expect(hitKeys(await h.value('archive.search', { query: '综窗改革攻', includeDeleted: true }))).toEqual([`${a}:0`]);
    expect(b).toBeGreaterThan(0);
  });

  it('follows every write: a save, a meta change and a series rename are found at once', async () => {
    const h = makeHarness();
    const { a } = await archive(h);
    await h.value('issues.saveDocument', { id: a, document: doc(paragraph('营商环境持续优化')) });
    expect(hitKeys(await h.value('archive.search', { query: '营商环境' }))).toEqual([`${a}:0`]);
    // Short queries scan a copy held in memory: it follows the save too.
    expect(hitKeys(await h.value('archive.search', { query: '营商' }))).toEqual([`${a}:0`]);
    await h.value('issues.saveDocument', { id: a, document: doc(paragraph('优化服务')) });
    expect(hitKeys(await h.value('archive.search', { query: '营商' }))).toEqual([]);
    expect(hitKeys(await h.value('archive.search', { query: '综窗改革攻' })).some((k) => k.startsWith(`${a}:`))).toBe(false);

    const { year, number, issueDate, periodStart, periodEnd, partTitle } = await h.value('issues.get', { id: a });
    const changed = { year, number, totalNumber: 999, issueDate, periodStart, periodEnd, partTitle };
    await h.value('issues.updateMeta', { id: a, meta: changed });
    expect((await h.value('archive.search', { query: '总第999期' })).hits.map((x) => x.issueId)).toEqual([a]);

    h.db.prepare("UPDATE series SET title = '政务窗口月报' WHERE id = 1").run();
    expect((await h.value('archive.search', { query: '政务窗口月报' })).hits.length).toBe(3);
  });

  it('agrees with a plain substring scan on a generated archive', async () => {
    const h = makeHarness();
    const words = ['综窗', '改革', '攻坚', '行动', '受理', '办件', '窗口', '大厅', '巡查', '考勤', '外出', '民政厅'];
    const texts = new Map<number, string[]>();
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 40; i++) {
      const blocks = Array.from({ length: 6 }, (_, k) =>
        k % 3 === 0
          ? numbered(1, words[rand(words.length)]!)
          : paragraph(Array.from({ length: 8 }, () => words[rand(words.length)]).join('')),
      );
      const month = String(1 + (i % 12)).padStart(2, '0');
      const id = await addIssue(
        h,
        {
          year: 2020 + Math.floor(i / 12),
          number: i + 1,
          totalNumber: 100 + i,
          issueDate: `${2020 + Math.floor(i / 12)}-${month}-0${1 + (i % 9)}`,
        },
        blocks,
      );
      texts.set(id, printedBlockTexts(doc(...blocks)));
    }
    for (const query of ['窗', '综窗', '窗改革', '革攻坚', '综窗改革攻', '民政厅外出', '巡查考勤大厅']) {
      const expected = new Set<string>();
      for (const [id, blocks] of texts) blocks.forEach((t, i) => t.includes(query) && expected.add(`${id}:${i}`));
      const answer = await h.value('archive.search', { query, limit: 500 });
      expect(new Set(hitKeys(answer).filter((k) => !k.endsWith(':m'))), query).toEqual(expected);
      // The common-word path (walk the issues in SQL) finds the same, in the same order.
      const common = searchArchive(h.db, { query, limit: 500, candidateCap: 1 });
      expect(hitKeys(common), query).toEqual(hitKeys(answer));
    }
  });

  it('finds the text of table cells, and indexes a table one row per line', async () => {
    const h = makeHarness();
    const stats = table([
      ['事项', '受理', '办结'],
      ['省级政务服务事项', '588929', '583751'],
    ]);
    const id = await addIssue(h, { year: 2022, number: 28, totalNumber: 403, issueDate: '2022-09-27' }, [paragraph('统计如下'), stats]);
    expect(printedBlockTexts(doc(paragraph('统计如下'), stats))[1]).toBe('事项\t受理\t办结\n省级政务服务事项\t588929\t583751');
    for (const query of ['办结', '政务服务事项', '588929']) {
      expect(hitKeys(await h.value('archive.search', { query })), query).toContain(`${id}:1`);
    }
  });

  it('says when there are more hits than the limit', async () => {
    const h = makeHarness();
    await archive(h);
    const answer = await h.value('archive.search', { query: '综窗', limit: 2 });
    expect(answer.hits).toHaveLength(2);
    expect(answer.truncated).toBe(true);
  });
});
