/**
 * The three sample issues, imported from their extracted text: the summary equals the expected
 * output checked by hand (test/fixtures/import/*.json), and the body and 报尾 equal the clean
 * fixtures another helper wrote independently from the same samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectIssue, importSummary } from '../../../shared/import';
import { SAMPLE_ISSUES } from '../../fixtures/issues';

const SAMPLES = join(__dirname, '../../fixtures/import/samples');
const EXPECTED = join(__dirname, '../../fixtures/import');

function sampleText(source: string): string {
  return readFileSync(join(SAMPLES, source), 'utf8');
}

describe.each(SAMPLE_ISSUES.map((fixture) => [fixture.source, fixture] as const))('%s', (source, fixture) => {
  const detected = detectIssue(sampleText(source));
  const expected: unknown = JSON.parse(readFileSync(join(EXPECTED, source.replace(/\.txt$/, '.json')), 'utf8'));

  it('gives the structure checked by hand', () => {
    expect(importSummary(detected)).toEqual(expected);
  });

  it('gives the body blocks of the clean fixture, bold runs and item levels included', () => {
    expect(detected.document).toEqual(fixture.document);
  });

  it('gives the 报尾 of the clean fixture', () => {
    expect(detected.closing).toEqual(fixture.closing);
  });

  it('gives the masthead fields the sample prints', () => {
    expect(detected.issueDate).toBe(fixture.meta.issueDate);
    expect(detected.period).toEqual([fixture.meta.periodStart, fixture.meta.periodEnd]);
    expect(detected.partTitle).toBe(fixture.meta.partTitle);
    expect(detected.year).toBe(fixture.meta.year);
  });
});

describe('what the samples lost', () => {
  it('2022-28 prints its 期号 line, read despite the spaces', () => {
    const detected = detectIssue(sampleText('weekly-2022-28.txt'));
    expect([detected.number, detected.totalNumber]).toEqual([28, 403]);
    expect(detected.warnings).toEqual([]);
  });

  it('2024-03-29 has no 期号 line: number unknown, said in a warning', () => {
    const detected = detectIssue(sampleText('weekly-2024-03-29.txt'));
    expect(detected.number).toBeNull();
    expect(detected.seriesTitleFound).toBe(true);
    expect(detected.warnings.join()).toContain('未找到期号行');
  });

  it('2024-07-04 lost its masthead title: the default series, with a warning', () => {
    const detected = detectIssue(sampleText('weekly-2024-07-04.txt'), { defaultSeriesTitle: '窗口工作周报' });
    expect(detected.seriesTitle).toBe('窗口工作周报');
    expect(detected.seriesTitleFound).toBe(false);
    expect(detected.warnings.join()).toContain('未找到报头标题');
    expect(detected.issuer).toBe('四川省政府政务服务和公共资源交易服务中心');
  });
});
