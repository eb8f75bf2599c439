/**
 * The body editor of one issue. The parent mounts it with `key={issue.id}`, so each issue gets its own
 * editor, history and autosaver, created once — never per keystroke.
 *
 * `readOnly` (a finalized issue, 定稿): Slate takes no input, the toolbar is disabled, the form controls
 * inside blocks (table cells, generated sections) are disabled by the surrounding fieldset, and no
 * change is handed to the autosaver — the printed text cannot move, even by a stray transform.
 */
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Editable, Slate } from 'slate-react';
import type { Result } from '../../../shared/contract/result';
import type { SaveResult } from '../../../shared/contract/channels';
import { blocksOf, currentBlockKind } from '../../../shared/document/commands';
import { DOCUMENT_SCHEMA_VERSION, type BlockElement } from '../../../shared/document/types';
import { useApi } from '../api/ApiContext';
import { GeneratedIssueContext } from '../attendance/GeneratedContext';
import { runAction } from './actions';
import { createBriefEditor, type BriefEditor } from './createBriefEditor';
import { LabelStoreContext, renderElement, renderLeaf } from './elements';
import { takeSelectionFromDom } from './domSelection';
import { actionFor } from './hotkeys';
import { createLabelStore } from './labelStore';
import { Toolbar } from './Toolbar';
import { ProofreadPanel } from '../proofread/ProofreadPanel';
import { useProofread } from '../proofread/useProofread';
import { useAutosave } from './useAutosave';
import { usePictureInput } from '../pictures/usePictureInput';
import isHotkey from 'is-hotkey';
import './readOnly.css';
import './faces.css';

const isSaveKey = isHotkey('mod+s');
/** 校对 opens and closes from anywhere on the page. */
export const PROOFREAD_KEY_TEXT = 'Ctrl+Shift+J';
const isProofreadKey = isHotkey('mod+shift+j');

export interface DocumentEditorProps {
  issueId: number;
  /** The issue's series: inserted pictures are scaled to its text block (absent: the standard one). */
  seriesId?: number;
  initialBlocks: BlockElement[];
  /** Hands the parent the flush it must await before switching to another issue. */
  onFlushReady?: (flush: () => Promise<boolean>) => void;
  /** Hands out the editor object (tests drive edits through it; jsdom cannot type into Slate). */
  onEditorReady?: (editor: BriefEditor) => void;
  autosaveDelayMs?: number;
  /** The issue is finalized: shown, selectable and copyable, but not editable. */
  readOnly?: boolean;
  /** Told the number of open 校对 findings whenever it changes (本期待办 lists them). */
  onProofreadCount?: (count: number) => void;
  /** Raised (incremented) to open the 校对 panel from outside (本期待办's line of the findings). */
  proofreadRequest?: number;
}

export function DocumentEditor({
  issueId,
  seriesId,
  initialBlocks,
  onFlushReady,
  onEditorReady,
  autosaveDelayMs,
  readOnly = false,
  onProofreadCount,
  proofreadRequest = 0,
}: DocumentEditorProps) {
  const api = useApi();
  const [pasteNotice, setPasteNotice] = useState<string | null>(null);
  // The setter is stable, so the editor made once can tell refused pastes for its whole life.
  const [editor] = useState(() => createBriefEditor(setPasteNotice));
  const [labels] = useState(() => createLabelStore(() => blocksOf(editor)));
  // Slate owns the value after the first render; the initial blocks are read once.
  const [initialValue] = useState(() => structuredClone(initialBlocks));

  const save = useCallback(
    (): Promise<Result<SaveResult>> =>
      api['issues.saveDocument']({
        id: issueId,
        document: { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: blocksOf(editor) },
      }),
    [api, issueId, editor],
  );
  const autosave = useAutosave(save, autosaveDelayMs);
  const { flush, change } = autosave;
  // A raised request opens the panel; seen during render, so the panel opens in the same commit.
  const [proofreadOpen, setProofreadOpen] = useState(proofreadRequest > 0);
  const [seenProofreadRequest, setSeenProofreadRequest] = useState(proofreadRequest);
  if (proofreadRequest !== seenProofreadRequest) {
    setSeenProofreadRequest(proofreadRequest);
    if (proofreadRequest > 0) setProofreadOpen(true);
  }
  // 修正 / 全部修正 go out at once: one fix (or all of them) is one save.
  const proofread = useProofread(editor, issueId, () => void flush());
  const proofreadChanged = proofread.changed;
  const openCount = proofread.findings?.length ?? null;
  useEffect(() => {
    if (openCount !== null) onProofreadCount?.(openCount);
  }, [openCount, onProofreadCount]);

  useEffect(() => {
    onFlushReady?.(flush);
  }, [onFlushReady, flush]);
  useEffect(() => {
    onEditorReady?.(editor);
  }, [onEditorReady, editor]);

  // Ctrl+S saves from anywhere on the page, not only inside the text.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (isProofreadKey(event)) {
        event.preventDefault();
        setProofreadOpen((open) => !open);
        return;
      }
      if (!isSaveKey(event)) return;
      event.preventDefault();
      void flush();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  // Read in callbacks that must not be recreated when the issue is finalized or reopened.
  const readOnlyRef = useRef(readOnly);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  // Pictures from the toolbar, a drop or a paste: stored through the api, refusals told like a paste's.
  const pictures = usePictureInput(editor, readOnlyRef, setPasteNotice, seriesId);

  const onValueChange = useCallback(() => {
    labels.update();
    proofreadChanged();
    if (!readOnlyRef.current) change();
  }, [labels, change, proofreadChanged]);

  // A paste goes where the caret is, even right after an arrow key (domSelection.ts).
  const picturePaste = pictures.onPaste;
  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      takeSelectionFromDom(editor);
      return picturePaste(event);
    },
    [editor, picturePaste],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Before slate-react or a shortcut reads editor.selection: slate-react moves the caret for
      // ArrowLeft/Right itself, from editor.selection, so End then ← at once would otherwise step
      // from where the caret was before End (domSelection.ts).
      takeSelectionFromDom(editor);
      const action = actionFor(event.nativeEvent);
      if (action === null || action === 'save') return; // save: the window listener above
      if (readOnlyRef.current) {
        event.preventDefault();
        return;
      }
      // Tab outside a numbered block keeps its usual meaning (leave the editor), so no keyboard trap.
      if ((action === 'lowerLevel' || action === 'raiseLevel') && event.key === 'Tab') {
        if (typeof currentBlockKind(editor) !== 'number') return;
      }
      event.preventDefault();
      runAction(editor, action, () => void flush());
    },
    [editor, flush],
  );

  return (
    <LabelStoreContext.Provider value={labels}>
      <GeneratedIssueContext.Provider value={issueId}>
        <Slate editor={editor} initialValue={initialValue} onValueChange={onValueChange}>
          <Toolbar
            saveState={autosave.state}
            onSave={() => void flush()}
            readOnly={readOnly}
            onInsertPictures={pictures.onInsertPictures}
            proofread={{ open: proofreadOpen, count: proofread.findings?.length ?? null, toggle: () => setProofreadOpen((o) => !o) }}
          />
          {pictures.inserting > 0 && (
            <p className="bd-picture-inserting" role="status" data-testid="picture-inserting">
              正在插入图片…
            </p>
          )}
          {pasteNotice && (
            <p className="bd-form-error" role="alert" data-testid="paste-notice">
              {pasteNotice}
              <button type="button" className="bd-link" onClick={() => setPasteNotice(null)}>
                知道了
              </button>
            </p>
          )}
          <div className="bd-editor-with-panel">
            <fieldset className="bd-page-lock" disabled={readOnly} data-readonly={readOnly || undefined}>
              <div className="bd-page">
                <Editable
                  readOnly={readOnly}
                  className="bd-editable"
                  data-testid="editor"
                  aria-label="简报正文"
                  aria-multiline="true"
                  spellCheck={false}
                  renderElement={renderElement}
                  renderLeaf={renderLeaf}
                  onKeyDown={onKeyDown}
                  onPaste={onPaste}
                  onDragOver={pictures.onDragOver}
                  onDrop={pictures.onDrop}
                />
              </div>
            </fieldset>
            {proofreadOpen && (
              <ProofreadPanel editor={editor} proofread={proofread} readOnly={readOnly} onClose={() => setProofreadOpen(false)} />
            )}
          </div>
        </Slate>
      </GeneratedIssueContext.Provider>
    </LabelStoreContext.Provider>
  );
}
