/** One open issue: its header (meta) above its body editor. */
import type { Issue, Series } from '../../../shared/issues/types';
import type { BriefEditor } from '../editor/createBriefEditor';
import { DocumentEditor } from '../editor/DocumentEditor';
import { IssueHeader } from './IssueHeader';

export interface IssueViewProps {
  issue: Issue;
  series: Series;
  onUpdated: (issue: Issue) => void;
  onFlushReady: (flush: () => Promise<boolean>) => void;
  onEditorReady?: (editor: BriefEditor) => void;
}

export function IssueView({ issue, series, onUpdated, onFlushReady, onEditorReady }: IssueViewProps) {
  return (
    <section className="bd-issue" aria-label="简报编辑" data-issue-id={issue.id}>
      <IssueHeader issue={issue} series={series} onUpdated={onUpdated} />
      <DocumentEditor
        issueId={issue.id}
        initialBlocks={issue.document.blocks}
        onFlushReady={onFlushReady}
        {...(onEditorReady ? { onEditorReady } : {})}
      />
    </section>
  );
}
