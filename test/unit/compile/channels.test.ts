/** compile.start / compile.progress / compile.cancel through dispatch, with the browser-free surface. */
import { describe, expect, it } from 'vitest';
import type { CompileProgress } from '../../../shared/contract/channels';
import { harness, type Harness } from '../services/helpers';
import { fakeEngine, storeThreeSamples } from './volumeFixture';

async function untilEnded(h: Harness, jobId: number): Promise<CompileProgress> {
  for (let i = 0; i < 500; i++) {
    const progress = await h.value('compile.progress', { jobId });
    if (progress.state !== 'running') return progress;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the job never ended');
}

describe('the compile channels', () => {
  it('run a job to its file, answered once', async () => {
    const h = harness(fakeEngine().info);
    await storeThreeSamples(h);
    const { jobId } = await h.value('compile.start', { seriesId: 1, year: 2024, format: 'docx' });
    const ended = await untilEnded(h, jobId);
    expect(ended.state).toBe('done');
    expect(ended.file?.fileName).toBe('窗口工作周报2024年合订本.docx');
    expect(Buffer.from(ended.file!.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(ended.done).toBe(ended.total);
    const again = await h.call('compile.progress', { jobId });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  it('cancel a running job: it ends cancelled, without a file', async () => {
    const engine = fakeEngine();
    const h = harness(engine.info);
    await storeThreeSamples(h);
    const { jobId } = await h.value('compile.start', { seriesId: 1, year: 2024, format: 'pdf' });
    expect(await h.value('compile.cancel', { jobId })).toEqual({ cancelled: true });
    const ended = await untilEnded(h, jobId);
    expect(ended.state).toBe('cancelled');
    expect(ended.file).toBeNull();
    expect(ended.error?.code).toBe('CANCELLED');
    expect(await h.value('compile.cancel', { jobId })).toEqual({ cancelled: false });
  });

  it('refuse at start what cannot be bound, and bad input', async () => {
    const h = harness(fakeEngine().info);
    await storeThreeSamples(h);
    const empty = await h.call('compile.start', { seriesId: 1, year: 2023, format: 'pdf' });
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('2023年没有已定稿的期次') });
    const noSeries = await h.call('compile.start', { seriesId: 99, year: 2024, format: 'pdf' });
    expect(noSeries.ok ? null : noSeries.error.code).toBe('NOT_FOUND');
    const badYear = await h.raw('compile.start', { seriesId: 1, year: 1999, format: 'pdf' });
    expect(badYear.ok ? null : badYear.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('年份') });
    const badFormat = await h.raw('compile.start', { seriesId: 1, year: 2024, format: 'odt' });
    expect(badFormat.ok ? null : badFormat.error.code).toBe('INVALID_INPUT');
  });
});
