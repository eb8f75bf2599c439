/**
 * The 校对 panel beside the page: every open finding with its rule, where it is and the text around
 * it; a click selects it in the editor, 修正 applies its fix, 忽略 remembers it for this issue, and
 * 全部修正 applies every never-ambiguous fix as one undo step.
 */
import { ReactEditor } from 'slate-react';
import { fixedElsewhere, placeText } from '../../../shared/proofread/describe';
import { RULE_NAMES, type Finding } from '../../../shared/proofread/types';
import type { BriefEditor } from '../editor/createBriefEditor';
import { selectFinding } from './applyFix';
import type { ProofreadApi } from './useProofread';
import './proofread.css';

/** Long lists stay quick to render; the rest is reachable after fixing or ignoring. */
const SHOWN = 300;

export interface ProofreadPanelProps {
  editor: BriefEditor;
  proofread: ProofreadApi;
  readOnly: boolean;
  onClose: () => void;
}

export function ProofreadPanel({ editor, proofread, readOnly, onClose }: ProofreadPanelProps) {
  const { findings, notice, ignoredCount } = proofread;
  const autoCount = findings?.filter((f) => f.auto).length ?? 0;

  const show = (finding: Finding) => {
    if (!selectFinding(editor, finding)) return;
    ReactEditor.focus(editor);
    // Bring the selected text into view (the page scrolls, not the panel).
    requestAnimationFrame(() => {
      try {
        const range = ReactEditor.toDOMRange(editor, editor.selection!);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } catch {
        // The block is not rendered yet: the selection is right, the scroll can wait.
      }
    });
  };

  return (
    <aside className="bd-proofread" aria-label="校对" data-testid="proofread-panel">
      <header className="bd-proofread-head">
        <h2>校对</h2>
        <span data-testid="proofread-count">
          {findings === null ? '正在校对…' : findings.length === 0 ? '未发现问题' : `${findings.length}条意见`}
          {ignoredCount > 0 ? `（已忽略${ignoredCount}条）` : ''}
        </span>
        <button
          type="button"
          data-testid="proofread-fix-all"
          disabled={readOnly || autoCount === 0}
          title="修正所有不会有歧义的问题（半角标点、空格、引号、省略号等），可一次撤销"
          onClick={() => proofread.fixAll()}
        >
          全部修正{autoCount > 0 ? `（${autoCount}）` : ''}
        </button>
        <button type="button" className="bd-link" onClick={onClose} aria-label="关闭校对">
          关闭
        </button>
      </header>
      {notice && (
        <p className="bd-proofread-notice" role="status" data-testid="proofread-notice">
          {notice}
        </p>
      )}
      <ol className="bd-proofread-list">
        {(findings ?? []).slice(0, SHOWN).map((finding, index) => {
          const elsewhere = fixedElsewhere(finding.place);
          return (
            <li
              key={`${finding.key}|${index}`}
              className="bd-finding"
              data-testid="finding"
              data-rule={finding.rule}
              data-auto={finding.auto || undefined}
            >
              <button type="button" className="bd-finding-show" onClick={() => show(finding)} title="在正文中选中">
                <span className="bd-finding-rule">{RULE_NAMES[finding.rule]}</span>
                <span className="bd-finding-place">{placeText(finding.place)}</span>
                <span className="bd-finding-text">
                  …{finding.before}
                  <mark>{finding.original === '' ? '␣' : finding.original.replace(/[ \u3000]/g, '␣')}</mark>
                  {finding.after}…
                </span>
                <span className="bd-finding-message">
                  {finding.message}
                  {finding.replacement !== undefined && !elsewhere ? `：改为“${finding.replacement}”` : ''}
                </span>
              </button>
              <span className="bd-finding-actions">
                {finding.replacement !== undefined && !elsewhere && (
                  <button type="button" data-testid="finding-fix" disabled={readOnly} onClick={() => proofread.fix(finding)}>
                    修正
                  </button>
                )}
                <button type="button" data-testid="finding-ignore" disabled={readOnly} onClick={() => void proofread.ignore(finding)}>
                  忽略
                </button>
              </span>
              {elsewhere && <span className="bd-finding-elsewhere">{elsewhere}</span>}
            </li>
          );
        })}
      </ol>
      {(findings?.length ?? 0) > SHOWN && <p>另有{(findings?.length ?? 0) - SHOWN}条，处理上面的意见后显示。</p>}
    </aside>
  );
}
