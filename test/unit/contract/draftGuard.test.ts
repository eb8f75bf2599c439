/**
 * The 定稿 rule lives in the contract: every channel is either declared `writesIssue` (and then the
 * dispatcher refuses it on a finalized issue before its handler runs) or listed below as one that does
 * not write an issue. A new channel that is neither fails here.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract/channels';
import { dispatch } from '../../../electron/services/dispatch';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';

/** Channels that do not write an issue's content, each with why. */
const NOT_ISSUE_WRITES = new Set<ChannelName>([
  'app.info',
  'archive.search',
  'versions.list',
  'versions.diff',
  'backups.list',
  'backups.create',
  'backups.restore',
  'archive.startupState',
  'archive.recover',
  'attendance.listLeaveTypes',
  'attendance.saveLeaveTypes',
  'attendance.listCalendar',
  'attendance.saveCalendar',
  'attendance.getSettings',
  'attendance.saveSettings',
  'attendance.listEntries',
  'attendance.listVisits',
  'generated.render',
  'issues.todoFacts',
  'compile.start',
  'compile.progress',
  'compile.cancel',
  'series.contents',
  'series.updateContents',
  'issues.contents',
  'import.preview',
  'import.cancel',
  'issues.list',
  'issues.listDeleted',
  'issues.propose',
  'issues.create',
  'issues.get',
  'issues.restore',
  'issues.purge',
  'issues.exportText',
  'issues.statusLog',
  'pictures.add',
  'pictures.get',
  'series.updateLayout',
  'series.resolvedLayout',
  'series.updateClosing',
  'issues.closing',
  'export.docx',
  'export.printHtml',
  'export.fontCheck',
  'export.pdf',
  'proofread.state',
  'roster.listDepartments',
  'roster.listPeople',
  'roster.createDepartment',
  'roster.updateDepartment',
  'roster.setDepartmentActive',
  'roster.reorderDepartments',
  'roster.createPerson',
  'roster.updatePerson',
  'roster.setPersonActive',
  'roster.previewImport',
  'roster.commitImport',
  'roster.proposeFromIssues',
  'roster.applyFromIssues',
  'roster.exportXlsx',
  'series.list',
  'series.get',
  'series.create',
  'series.update',
  'series.delete',
  'start.state',
  'start.get',
  'start.save',
  'start.clear',
  'start.summary',
  'statistics.groups',
  'statistics.saveGroups',
  'statistics.get',
  'templates.get',
  'templates.save',
  // A save point records the stored body; it does not change it (定稿 itself keeps one).
  'versions.savePoint',
  // Finalize refuses a finalized issue itself (CONFLICT); reopen exists to act on one.
  'issues.finalize',
  'issues.reopen',
  // The issue is not named by an input field: the handler checks 定稿 inside its transaction.
  'versions.restore',
  'import.save',
]);

/** A valid input for each channel declared `writesIssue`, on the issue `id`. */
function sampleInput(channel: ChannelName, id: number, document: unknown): unknown {
  const samples: Partial<Record<ChannelName, unknown>> = {
    'issues.updateMeta': { id, meta: meta({ partTitle: '改' }) },
    'issues.saveDocument': { id, document },
    'issues.delete': { id },
    'issues.updateClosing': { id, closing: null },
    'proofread.ignore': { id, key: 'k' },
    'proofread.unignore': { id, key: 'k' },
    'attendance.saveEntries': { issueId: id, entries: [] },
    'attendance.importCsv': { issueId: id, fileName: 'a.csv', base64: Buffer.from('姓名,部门,类型,开始,结束\n').toString('base64') },
    'attendance.saveVisits': { issueId: id, visits: [] },
    'records.confirmNone': { issueId: id, kind: 'attendance', confirmed: true },
    'issues.updateContents': { issueId: id, enabled: true, level2: true },
    'statistics.save': { issueId: id, groupId: 1, figures: [] },
  };
  return samples[channel];
}

const writers = CHANNEL_NAMES.filter((name) => contract[name].writesIssue !== undefined);

describe('the 定稿 guard of the contract', () => {
  it('classifies every channel', () => {
    const unclassified = CHANNEL_NAMES.filter((name) => contract[name].writesIssue === undefined && !NOT_ISSUE_WRITES.has(name));
    expect(unclassified).toEqual([]);
    for (const name of writers) expect(NOT_ISSUE_WRITES.has(name), name).toBe(false);
  });

  it.each(writers)('%s is refused on a finalized issue before its handler runs, and nothing changes', async (name) => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    await h.value('issues.finalize', { id: issue.id });
    const input = sampleInput(name, issue.id, issue.document);
    expect(input, `no sample input for ${name}`).toBeDefined();
    const before = dumpDatabase(h.db);
    let ran = false;
    const spied = await dispatch({ ...h.handlers, [name]: () => (ran = true) }, name, input);
    expect(ran).toBe(false);
    expect(spied).toMatchObject({ ok: false, error: { code: 'ISSUE_FINAL' } });
    const real = await h.raw(name, input);
    expect(real).toMatchObject({ ok: false, error: { code: 'ISSUE_FINAL' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
