/**
 * One open issue: its header (meta), its status (草稿 / 已定稿) with 定稿 and 重新打开, the actions on it
 * (export, print, preview, 版式设置, 报尾, 历史版本), its body editor and, when shown, the paginated
 * preview beside the editor. 本期待办 under the status says what is left, each line a link; the
 * 考勤 / 进大厅 grids open as a side panel from the generated sections. A finalized issue is shown read-only: the editor takes no input, the
 * 期号 information and the 报尾 cannot be changed and no version can be restored; export, print and
 * preview work as before.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TodoTarget } from '../../../shared/checklist/types';
import { blocksOf } from '../../../shared/document/commands';
import type { GeneratedKind } from '../../../shared/document/types';
import type { Issue, Series } from '../../../shared/issues/types';
import { resolveLayout } from '../../../shared/layout/overrides';
import { ApiProvider, useApi } from '../api/ApiContext';
import { focusBlock } from '../archive/focusBlock';
import { takeBlockFocus } from '../archive/focusRequest';
import { HistoryDialog } from '../archive/HistoryDialog';
import { OpenRecordsContext } from '../attendance/GeneratedContext';
import { IssueRecordsPanel } from '../attendance/IssueRecordsPanel';
import { TodoPanel } from '../checklist/TodoPanel';
import { useExplicitSavePoints } from '../archive/useExplicitSavePoints';
import type { BriefEditor } from '../editor/createBriefEditor';
import { DocumentEditor } from '../editor/DocumentEditor';
import { ExportMenu } from '../export/ExportMenu';
import { observeSaves } from '../preview/observeSaves';
import { PreviewPanel } from '../preview/PreviewPanel';
import { usePersistentFlag } from '../preview/usePersistentFlag';
import { IssueClosingDialog } from '../settings/IssueClosingDialog';
import { FinalizeBar } from './FinalizeBar';
import { IssueContentsSwitch } from './IssueContentsSwitch';
import { IssueHeader } from './IssueHeader';

const RESTORE_LOCKED = '本期已定稿，不能恢复历史版本。如需恢复，请先“重新打开”本期。';

export interface IssueViewProps {
  issue: Issue;
  series: Series;
  onUpdated: (issue: Issue) => void;
  onFlushReady: (flush: () => Promise<boolean>) => void;
  onEditorReady?: (editor: BriefEditor) => void;
  /** Opens 版式设置 of this issue's series. */
  onOpenLayoutSettings?: () => void;
}

export function IssueView(props: IssueViewProps) {
  const { issue, series, onUpdated, onFlushReady, onEditorReady, onOpenLayoutSettings } = props;
  const api = useApi();
  const [saves, setSaves] = useState(0);
  const [closingVersion, setClosingVersion] = useState(0);
  const [contentsVersion, setContentsVersion] = useState(0);
  const [closingOpen, setClosingOpen] = useState(false);
  const [showPreview, setShowPreview] = usePersistentFlag('briefdesk.preview.shown', false);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // A restored version replaces the body: a fresh editor reads it (Slate reads its value once).
  const [editorKey, setEditorKey] = useState(0);
  const final = issue.status === 'final';
  const editorRef = useRef<BriefEditor | null>(null);
  const [records, setRecords] = useState<GeneratedKind | null>(null);
  const [finalizeRequest, setFinalizeRequest] = useState(0);
  const [seenVersion, setSeenVersion] = useState<string | null>(null);
  // Open 校对 findings as the editor's panel counts them (本期待办 lists them; its line opens the panel).
  const [proofFindings, setProofFindings] = useState<number | undefined>(undefined);
  const [proofreadRequest, setProofreadRequest] = useState(0);

  const editorApi = useMemo(() => observeSaves(api, () => setSaves((n) => n + 1)), [api]);
  const registerFlush = useCallback(
    (flush: () => Promise<boolean>) => {
      flushRef.current = flush;
      onFlushReady(flush);
    },
    [onFlushReady],
  );
  const flush = useCallback(() => flushRef.current?.() ?? Promise.resolve(true), []);
  useExplicitSavePoints(issue.id, flush, sectionRef);
  const editorReady = useCallback(
    (editor: BriefEditor) => {
      editorRef.current = editor;
      onEditorReady?.(editor);
      // Opened from a search hit: show the block that holds it.
      const block = takeBlockFocus(issue.id);
      if (block !== null) setTimeout(() => focusBlock(editor, block), 0);
    },
    [onEditorReady, issue.id],
  );

  // Everything that changes the printed issue: stored text, meta, the series' layout and 报尾, this issue's 报尾 and 本期要目.
  const version = `${saves}|${issue.updatedAt}|${JSON.stringify(series.layout)}|${JSON.stringify(series.closing)}|${closingVersion}|${contentsVersion}`;
  // 预览 counts as looked at for the version it showed (noted during render, as the preview shows it).
  if (showPreview && seenVersion !== version) setSeenVersion(version);
  const todoExtras = useMemo(
    () => ({ previewSeen: seenVersion === version, ...(proofFindings !== undefined ? { proofFindings } : {}) }),
    [seenVersion, version, proofFindings],
  );
  const getBlocks = useCallback(() => (editorRef.current ? blocksOf(editorRef.current) : issue.document.blocks), [issue.document.blocks]);
  const go = (target: TodoTarget) => {
    if (target.kind === 'block') {
      if (editorRef.current) focusBlock(editorRef.current, target.index);
    } else if (target.kind === 'records') setRecords(target.records);
    else if (target.kind === 'closing') setClosingOpen(true);
    else if (target.kind === 'preview') setShowPreview(true);
    else setProofreadRequest((n) => n + 1);
  };

  const faces = useMemo(() => {
    try {
      const fonts = resolveLayout(series.layout).fonts;
      return Object.entries(fonts)
        .filter(([role]) => role !== 'latin')
        .map(([, face]) => face);
    } catch {
      return [];
    }
  }, [series.layout]);

  return (
    <section
      ref={sectionRef}
      className={`bd-issue${showPreview || records ? ' bd-issue-previewing' : ''}`}
      aria-label="简报编辑"
      data-issue-id={issue.id}
    >
      <div className="bd-issue-main">
        <IssueHeader issue={issue} series={series} onUpdated={onUpdated} readOnly={final} />
        <FinalizeBar issue={issue} flush={flush} onUpdated={onUpdated} todoExtras={todoExtras} finalizeRequest={finalizeRequest} />
        {!final && (
          <TodoPanel
            issueId={issue.id}
            getBlocks={getBlocks}
            version={version}
            extras={todoExtras}
            onGo={go}
            onFinalize={() => setFinalizeRequest((n) => n + 1)}
          />
        )}
        <div className="bd-issue-actions" role="toolbar" aria-label="本期操作">
          <ExportMenu issueId={issue.id} flush={flush} />
          <div className="bd-issue-tools">
            <button type="button" data-testid="toggle-preview" aria-pressed={showPreview} onClick={() => setShowPreview(!showPreview)}>
              {showPreview ? '隐藏预览' : '分页预览'}
            </button>
            {onOpenLayoutSettings && (
              <button type="button" data-testid="issue-layout-settings" onClick={onOpenLayoutSettings}>
                版式设置
              </button>
            )}
            <button type="button" data-testid="open-issue-closing" onClick={() => setClosingOpen(true)}>
              本期报尾
            </button>
            <button type="button" data-testid="open-history" onClick={() => setHistoryOpen(true)}>
              历史版本
            </button>
            <IssueContentsSwitch issueId={issue.id} readOnly={final} onChanged={() => setContentsVersion((n) => n + 1)} />
          </div>
        </div>
        <ApiProvider api={editorApi}>
          <OpenRecordsContext.Provider value={final ? null : setRecords}>
            <DocumentEditor
              key={editorKey}
              issueId={issue.id}
              seriesId={issue.seriesId}
              initialBlocks={issue.document.blocks}
              onFlushReady={registerFlush}
              onEditorReady={editorReady}
              readOnly={final}
              onProofreadCount={setProofFindings}
              proofreadRequest={proofreadRequest}
            />
          </OpenRecordsContext.Provider>
        </ApiProvider>
      </div>
      {records && !final && <IssueRecordsPanel issue={issue} kind={records} onKind={setRecords} onClose={() => setRecords(null)} />}
      {showPreview && !(records && !final) && <PreviewPanel issueId={issue.id} version={version} faces={faces} />}
      {historyOpen && (
        <HistoryDialog
          issueId={issue.id}
          flush={flush}
          restoreDisabledReason={final ? RESTORE_LOCKED : null}
          onRestored={(restored) => {
            setEditorKey((k) => k + 1);
            onUpdated(restored);
          }}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {closingOpen && (
        <IssueClosingDialog
          issueId={issue.id}
          readOnly={final}
          onSaved={() => setClosingVersion((n) => n + 1)}
          onClose={() => setClosingOpen(false)}
        />
      )}
    </section>
  );
}
