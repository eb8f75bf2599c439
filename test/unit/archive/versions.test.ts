import { describe, expect, it } from 'vitest';
import { addIssue, doc, makeHarness, manualClock, numbered, paragraph } from './harness';

describe('version history', () => {
  it('keeps at most one automatic save point per five minutes, holding the body before the edit', async () => {
    const clock = manualClock();
    const h = makeHarness(clock);
    const id = await addIssue(h, {}, [paragraph('第一稿')]);
    // The first save replaced an empty body: nothing worth keeping.
    expect(await h.value('versions.list', { issueId: id })).toEqual([]);

    clock.advanceMinutes(1);
    await h.value('issues.saveDocument', { id, document: doc(paragraph('第二稿')) });
    const first = await h.value('versions.list', { issueId: id });
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ reason: 'auto', revision: 2, characters: 3 });

    for (let minute = 0; minute < 4; minute++) {
      clock.advanceMinutes(1);
      await h.value('issues.saveDocument', { id, document: doc(paragraph(`第${minute + 3}稿`)) });
    }
    expect(await h.value('versions.list', { issueId: id })).toHaveLength(1);

    clock.advanceMinutes(1); // five minutes after the first point
    await h.value('issues.saveDocument', { id, document: doc(paragraph('第七稿')) });
    const points = await h.value('versions.list', { issueId: id });
    expect(points.map((p) => p.reason)).toEqual(['auto', 'auto']);
    const diff = await h.value('versions.diff', { savePointId: points[0]!.id });
    expect(diff.blocks).toEqual([
      {
        kind: 'changed',
        oldIndex: 0,
        newIndex: 0,
        segments: [
          { kind: 'same', text: '第' },
          { kind: 'removed', text: '6' },
          { kind: 'added', text: '七' },
          { kind: 'same', text: '稿' },
        ],
      },
    ]);
  });

  it('marks every explicit save and does not duplicate an unchanged state', async () => {
    const clock = manualClock();
    const h = makeHarness(clock);
    const id = await addIssue(h, {}, [paragraph('正文')]);
    const point = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    expect(point).toMatchObject({ reason: 'explicit', revision: 2 });
    const again = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    expect(again.id).toBe(point.id);
    clock.advanceMinutes(1);
    await h.value('issues.saveDocument', { id, document: doc(paragraph('正文改')) });
    const second = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    expect(second.id).not.toBe(point.id);
    const finalized = await h.value('versions.savePoint', { issueId: id, reason: 'finalize' });
    expect(finalized).toMatchObject({ id: second.id, reason: 'finalize' });
    expect((await h.value('versions.list', { issueId: id })).map((p) => p.reason)).toEqual(['finalize', 'explicit']);
  });

  it('shows a readable diff: added, removed and changed blocks with their numbers', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [numbered(1, '政务工作动态'), paragraph('本周受理700件。'), paragraph('大厅巡查总体情况良好。')]);
    const point = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    await h.value('issues.saveDocument', {
      id,
      document: doc(numbered(1, '政务工作动态'), paragraph('本周受理725件。'), numbered(1, '考勤情况')),
    });
    const diff = await h.value('versions.diff', { savePointId: point.id });
    expect(diff.blocks.map((b) => b.kind)).toEqual(['same', 'changed', 'removed', 'added']);
    expect(diff.blocks[0]).toMatchObject({ text: '一、政务工作动态' });
    expect(diff.blocks[3]).toMatchObject({ text: '二、考勤情况' });
    expect({ added: diff.added, removed: diff.removed, changed: diff.changed }).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('restores in one step and keeps the state before, so the restore can be undone', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('原稿')]);
    const original = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    await h.value('issues.saveDocument', { id, document: doc(paragraph('改稿')) });

    const restored = await h.value('versions.restore', { savePointId: original.id });
    expect((await h.value('issues.get', { id })).document.blocks).toEqual([paragraph('原稿')]);
    expect(restored.revision).toBe(4);
    // The restored text is searchable at once.
    expect((await h.value('archive.search', { query: '原稿' })).hits.map((x) => x.blockIndex)).toEqual([0]);

    await h.value('versions.restore', { savePointId: restored.undoSavePointId });
    expect((await h.value('issues.get', { id })).document.blocks).toEqual([paragraph('改稿')]);
  });

  it('refuses unknown save points and issues in the recycle bin', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('原稿')]);
    const point = await h.value('versions.savePoint', { issueId: id, reason: 'explicit' });
    expect((await h.call('versions.diff', { savePointId: 9999 })).ok).toBe(false);
    await h.value('issues.delete', { id });
    const refused = await h.call('versions.restore', { savePointId: point.id });
    expect(refused.ok ? null : refused.error.code).toBe('CONFLICT');
    expect((await h.call('versions.savePoint', { issueId: id, reason: 'explicit' })).ok).toBe(false);
  });
});
