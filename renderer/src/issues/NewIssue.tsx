/** 新建一期: the proposed meta of the next issue, editable, then issues.create. */
import { useEffect, useState } from 'react';
import type { Issue, IssueMeta, Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { IssueMetaForm } from './IssueMetaForm';

export interface NewIssueProps {
  series: Series;
  onCreated: (issue: Issue) => void;
  onCancel: () => void;
}

export function NewIssue({ series, onCreated, onCancel }: NewIssueProps) {
  const api = useApi();
  const [proposal, setProposal] = useState<IssueMeta | null>(null);
  const [proposalError, setProposalError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['issues.propose']({ seriesId: series.id }).then((result) => {
      if (!live) return;
      if (result.ok) setProposal(result.value);
      else setProposalError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, series.id]);

  const create = async (meta: IssueMeta): Promise<string | null> => {
    const result = await api['issues.create']({ seriesId: series.id, meta });
    if (!result.ok) return result.error.message;
    onCreated(result.value);
    return null;
  };

  return (
    <section className="bd-panel" aria-labelledby="new-issue-title">
      <h1 id="new-issue-title">新建一期 · {series.title}</h1>
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
