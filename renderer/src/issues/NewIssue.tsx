/**
 * 新建一期: the proposed meta of the next issue (or of the next 增刊), editable, and where the body
 * comes from — the series' template, the previous issue with its news cleared, or blank — then
 * issues.create.
 */
import { useEffect, useState } from 'react';
import { formatIssueNumberLine, previousIssue } from '../../../shared/issues/proposal';
import type { DateQuestionCode } from '../../../shared/issues/dateQuestions';
import type { Issue, IssueMeta, IssueSummary, Series } from '../../../shared/issues/types';
import type { NewIssueBody } from '../../../shared/templates/types';
import { useApi } from '../api/ApiContext';
import { IssueMetaForm } from './IssueMetaForm';

export interface NewIssueProps {
  series: Series;
  onCreated: (issue: Issue) => void;
  onCancel: () => void;
}

/** What the body choice knows: the template's section count (null = no template to offer) and the previous regular issue. */
interface BodySources {
  sections: number | null;
  previous: IssueSummary | null;
}

/** The template when the series has one, else the previous issue when there is one, else blank. */
export function defaultBody(sources: BodySources): NewIssueBody {
  if (sources.sections !== null && sources.sections > 0) return 'template';
  return sources.previous ? 'previous' : 'blank';
}

function useBodySources(seriesId: number): BodySources | null {
  const api = useApi();
  // Kept with the series they were read for: another series has none until its own are read.
  const [loaded, setLoaded] = useState<{ seriesId: number; sources: BodySources } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api['templates.get']({ seriesId }), api['issues.list']({ seriesId })]).then(([template, issues]) => {
      if (!live) return;
      // Either read failing only hides its choice: a blank issue can always be made.
      setLoaded({
        seriesId,
        sources: {
          sections: template.ok ? template.value.length : null,
          previous: issues.ok ? (previousIssue(issues.value.filter((i) => !i.supplement)) ?? null) : null,
        },
      });
    });
    return () => {
      live = false;
    };
  }, [api, seriesId]);
  return loaded?.seriesId === seriesId ? loaded.sources : null;
}

interface BodyChoiceProps {
  series: Series;
  sources: BodySources;
  value: NewIssueBody;
  onChange: (body: NewIssueBody) => void;
}

function BodyChoice({ series, sources, value, onChange }: BodyChoiceProps) {
  const options: { body: NewIssueBody; label: string }[] = [];
  if (sources.sections !== null && sources.sections > 0) {
    options.push({ body: 'template', label: `按模板（${sources.sections}个部分）` });
  }
  if (sources.previous) {
    options.push({ body: 'previous', label: `沿用上一期（${formatIssueNumberLine(sources.previous, series.hasTotal)}）` });
  }
  options.push({ body: 'blank', label: '空白' });
  return (
    <fieldset className="bd-radio-row bd-body-choice" data-testid="body-choice">
      <legend>正文</legend>
      {options.map((option) => (
        <label key={option.body} className="bd-radio">
          <input
            type="radio"
            name="new-issue-body"
            value={option.body}
            checked={value === option.body}
            onChange={() => onChange(option.body)}
            data-testid={`body-${option.body}`}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function NewIssue({ series, onCreated, onCancel }: NewIssueProps) {
  const api = useApi();
  const [supplement, setSupplement] = useState(false);
  // The proposal (or why there is none) with the request it answers: toggling 增刊 shows none until its own comes.
  const [proposed, setProposed] = useState<{ key: string; meta: IssueMeta | null; error: string | null } | null>(null);
  const proposalKey = `${series.id}|${supplement}`;
  const current = proposed?.key === proposalKey ? proposed : null;
  const proposal = current?.meta ?? null;
  const proposalError = current?.error ?? null;
  const sources = useBodySources(series.id);
  const [chosenBody, setChosenBody] = useState<NewIssueBody | null>(null);
  const body = chosenBody ?? (sources ? defaultBody(sources) : 'blank');

  useEffect(() => {
    let live = true;
    const key = `${series.id}|${supplement}`;
    void api['issues.propose'](supplement ? { seriesId: series.id, supplement: true } : { seriesId: series.id }).then((result) => {
      if (!live) return;
      setProposed(result.ok ? { key, meta: result.value, error: null } : { key, meta: null, error: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [api, series.id, supplement]);

  const create = async (meta: IssueMeta, confirm: DateQuestionCode[]): Promise<string | null> => {
    const result = await api['issues.create']({ seriesId: series.id, meta, body, confirm });
    if (!result.ok) return result.error.message;
    onCreated(result.value);
    return null;
  };

  return (
    <section className="bd-panel" aria-labelledby="new-issue-title">
      <h1 id="new-issue-title">新建一期 · {series.title}</h1>
      <label className="bd-checkbox">
        <input
          type="checkbox"
          checked={supplement}
          onChange={(event) => setSupplement(event.target.checked)}
          data-testid="issue-supplement"
        />
        <span>增刊（单独编号，不编总期号）</span>
      </label>
      {sources && <BodyChoice series={series} sources={sources} value={body} onChange={setChosenBody} />}
      {proposalError && (
        <p className="bd-form-error" role="alert">
          无法生成建议的期号：{proposalError}
        </p>
      )}
      {proposal ? (
        <IssueMetaForm
          initial={proposal}
          hasTotal={series.hasTotal}
          submitLabel="创建"
          busyLabel="正在创建…"
          onSubmit={create}
          questionUnchanged
          formTestId="issue-form"
          submitTestId="create-issue"
          ariaLabel="新建一期"
        />
      ) : (
        !proposalError && <p>正在生成建议的期号…</p>
      )}
      <button type="button" className="bd-link" onClick={onCancel}>
        取消
      </button>
    </section>
  );
}
