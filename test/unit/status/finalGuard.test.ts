/**
 * A finalized issue is locked: every write path answers ISSUE_FINAL and the database stays byte for
 * byte what it was (statistics.save is checked with the statistics area).
 */
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../shared/contract/channels';
import { paragraph } from '../../../shared/document/types';
import { seedRoster } from '../../fixtures/roster';
import { dumpDatabase, meta } from '../services/helpers';
import { document, statusHarness } from './harness';

async function finalizedIssueWithRecords() {
  const s = await statusHarness();
  const { h, issueId, saveBody } = s;
  const roster = seedRoster(h.db);
  const types = await h.value('attendance.listLeaveTypes', {});
  const person = roster.person('民政厅', '游文慧');
  await h.value('attendance.saveEntries', {
    issueId,
    entries: [{ personId: person.id, leaveTypeId: types[0]!.id, start: '2024-03-25', end: '2024-03-27', note: '' }],
  });
  await h.value('attendance.saveVisits', {
    issueId,
    visits: [{ personId: person.id, name: person.name, title: person.title, department: '民政厅', date: '2024-03-26', kind: '调研值守' }],
  });
  await h.value('issues.updateClosing', { id: issueId, closing: { lines: [{ label: '报', text: '省政府办公厅' }], copies: 30 } });
  await saveBody('本周受理700件。');
  const early = await h.value('versions.savePoint', { issueId, reason: 'explicit' });
  await saveBody('本周受理705件。');
  await h.value('issues.finalize', { id: issueId });
  return { ...s, person, leaveTypeId: types[1]!.id, earlySavePointId: early.id };
}

type Attempt = { [K in ChannelName]: { channel: K; input: ChannelInput<K> } }[ChannelName];

describe('a finalized issue refuses every write', () => {
  it('saveDocument, updateMeta, delete, updateClosing, attendance, visits and versions.restore answer ISSUE_FINAL and change nothing', async () => {
    const { h, issueId, person, leaveTypeId, earlySavePointId } = await finalizedIssueWithRecords();
    const attempts: Attempt[] = [
      { channel: 'issues.saveDocument', input: { id: issueId, document: document([paragraph('改过的正文')]) } },
      { channel: 'issues.updateMeta', input: { id: issueId, meta: meta({ number: 13, totalNumber: 461 }) } },
      { channel: 'issues.delete', input: { id: issueId } },
      { channel: 'issues.updateClosing', input: { id: issueId, closing: null } },
      {
        channel: 'attendance.saveEntries',
        input: { issueId, entries: [{ personId: person.id, leaveTypeId, start: '2024-03-28', end: '2024-03-29', note: '改' }] },
      },
      { channel: 'attendance.saveEntries', input: { issueId, entries: [] } },
      { channel: 'attendance.saveVisits', input: { issueId, visits: [] } },
      { channel: 'versions.restore', input: { savePointId: earlySavePointId } },
    ];
    const before = dumpDatabase(h.db);
    for (const attempt of attempts) {
      const result = await h.call(attempt.channel, attempt.input as never);
      expect(result.ok, attempt.channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code, attempt.channel).toBe('ISSUE_FINAL');
        expect(result.error.message).toContain('已定稿');
      }
      expect(dumpDatabase(h.db), attempt.channel).toBe(before);
    }
  });

  it('the same writes succeed once the issue is reopened', async () => {
    const { h, issueId, earlySavePointId } = await finalizedIssueWithRecords();
    await h.value('issues.reopen', { id: issueId, note: '' });
    await h.value('issues.saveDocument', { id: issueId, document: document([paragraph('改过的正文')]) });
    await h.value('issues.updateClosing', { id: issueId, closing: null });
    await h.value('attendance.saveVisits', { issueId, visits: [] });
    await h.value('versions.restore', { savePointId: earlySavePointId });
    const body = await h.value('issues.get', { id: issueId });
    expect(body.document.blocks).toEqual([paragraph('本周受理700件。')]);
    await h.value('issues.delete', { id: issueId });
  });

  it('reads still work on a finalized issue: get, exportText, versions.list, attendance lists', async () => {
    const { h, issueId } = await finalizedIssueWithRecords();
    expect((await h.value('issues.get', { id: issueId })).status).toBe('final');
    expect(await h.value('issues.exportText', { id: issueId })).toContain('本周受理705件。');
    expect((await h.value('attendance.listEntries', { issueId })).length).toBe(1);
    expect((await h.value('attendance.listVisits', { issueId })).length).toBe(1);
  });
});
