/** Import inputs for tests: the sample texts, and real DOCX files of the clean fixtures (buildDocx). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { fixtureIssue, type IssueFixture } from '../../fixtures/issues';

/** Copies of shared/samples/*.txt, so the repository tests itself wherever it is checked out. */
export const SAMPLES_DIR = join(__dirname, '../../fixtures/import/samples');

export function sampleBytes(source: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES_DIR, source)));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function fixtureDocx(fixture: IssueFixture): Promise<Uint8Array> {
  return buildDocx(toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing), DEFAULT_LAYOUT);
}
