/**
 * 检索: every issue ever written, by any text (1 character and up), filtered by series and year,
 * newest first. A hit opens its issue with the editor on the block that holds it.
 */
import './archive.css';
import { useState, type FormEvent } from 'react';
import type { SearchAnswer, SearchHit } from '../../../shared/archive/types';
import { formatChineseDate } from '../../../shared/issues/dates';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import { useApi } from '../api/ApiContext';
import type { ToolProps } from '../app/tools';
import { requestBlockFocus } from './focusRequest';
import { Snippet } from './Snippet';

function hitTitle(hit: SearchHit, hasTotal: boolean): string {
  return `${hit.seriesTitle} ${formatIssueNumberLine(hit, hasTotal)}`;
}

export function SearchView({ seriesList, openIssue }: Pick<ToolProps, 'seriesList' | 'openIssue'>) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [seriesId, setSeriesId] = useState<number | null>(null);
  const [year, setYear] = useState('');
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const [answer, setAnswer] = useState<(SearchAnswer & { query: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const yearValue = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text === '') {
      setError('请输入检索词。');
      return;
    }
    if (year.trim() !== '' && yearValue === undefined) {
      setError('年份应为四位数字，例如 2024。');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api['archive.search']({
      query: text,
      ...(seriesId !== null ? { seriesId } : {}),
      ...(yearValue !== undefined ? { year: yearValue } : {}),
      ...(includeDeleted ? { includeDeleted: true } : {}),
    });
    setBusy(false);
    if (result.ok) setAnswer({ ...result.value, query: text });
    else setError(result.error.message);
  };

  const open = (hit: SearchHit) => {
    requestBlockFocus(hit.issueId, hit.blockIndex);
    openIssue(hit.issueId);
  };

  const hasTotal = (id: number) => seriesList.find((s) => s.id === id)?.hasTotal ?? true;

  return (
    <section className="bd-tool-view bd-search" aria-label="检索" data-testid="search-view">
      <h2>检索</h2>
      <form className="bd-search-form" role="search" onSubmit={(e) => void onSubmit(e)}>
        <input
          type="search"
          aria-label="检索词"
          data-testid="search-query"
          placeholder="输入要查找的文字，一个字也可以"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="简报系列"
          value={seriesId ?? ''}
          onChange={(e) => setSeriesId(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">全部系列</option>
          {seriesList.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <input
          aria-label="年份"
          placeholder="年份（全部）"
          inputMode="numeric"
          size={10}
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
        <label>
          <input type="checkbox" checked={includeDeleted} onChange={(e) => setIncludeDeleted(e.target.checked)} />
          包括回收站
        </label>
        <button type="submit" data-testid="search-submit" disabled={busy}>
          检索
        </button>
      </form>
      {error && (
        <p role="alert" className="bd-error">
          {error}
        </p>
      )}
      {answer && (
        <div className="bd-search-results">
          <p data-testid="search-summary" aria-live="polite">
            {answer.hits.length === 0
              ? `没有找到“${answer.query}”。`
              : `找到 ${answer.hits.length}${answer.truncated ? '+' : ''} 处“${answer.query}”，最新的在前。`}
            {answer.truncated && ' 结果较多，只显示最新的部分；可以加上系列或年份缩小范围。'}
          </p>
          {answer.indexNotice && (
            <p role="status" className="bd-search-index-notice" data-testid="search-index-notice">
              {answer.indexNotice}
            </p>
          )}
          <ol className="bd-search-hits">
            {answer.hits.map((hit, i) => (
              <li key={`${hit.issueId}:${hit.blockIndex ?? 'm'}:${i}`}>
                <button type="button" className="bd-search-hit" data-testid="search-hit" onClick={() => open(hit)}>
                  <span className="bd-search-hit-title">
                    {hitTitle(hit, hasTotal(hit.seriesId))}
                    <span className="bd-search-hit-date">{formatChineseDate(hit.issueDate)}</span>
                    {hit.blockIndex === null && <span className="bd-search-hit-where">（报头）</span>}
                  </span>
                  <Snippet segments={hit.segments} />
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
