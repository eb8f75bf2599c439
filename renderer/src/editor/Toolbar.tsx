/**
 * The editor's toolbar. It follows the selection (which block kind, bold or not, what can be undone),
 * so it re-renders on every change — a few buttons, unlike the blocks of the document.
 */
import { useRef, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { ReactEditor, useSlate, useSlateStatic } from 'slate-react';
import {
  canRedo,
  canUndo,
  currentBlockKind,
  currentDisplay,
  isBoldActive,
  setDisplay,
  type BlockKind,
} from '../../../shared/document/commands';
import { insertTable } from '../../../shared/document/tableCommands';
import { NUMBER_LEVELS } from '../../../shared/document/types';
import { InsertGeneratedMenu } from '../attendance/InsertGeneratedMenu';
import { InsertStatisticsMenu } from '../statistics/InsertStatisticsMenu';
import { runAction } from './actions';
import { saveStateText, type SaveState } from './autosave';
import type { BriefEditor } from './createBriefEditor';
import { takeSelectionFromDom } from './domSelection';
import { SHORTCUT_TEXT, type EditorAction } from './hotkeys';

const LEVEL_NAMES = ['一级', '二级', '三级', '四级'] as const;
const LEVEL_EXAMPLES = ['一、', '（一）', '1.', '（1）'] as const;

interface ToolButtonProps {
  label: string;
  title: string;
  pressed?: boolean;
  disabled?: boolean;
  onRun: () => void;
  children?: ReactNode;
}

function ToolButton({ label, title, pressed, disabled, onRun, children }: ToolButtonProps) {
  const editor = useSlateStatic() as BriefEditor;
  return (
    <button
      type="button"
      className="bd-tool"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      // The editor keeps its selection: a mouse press on a button must not move the focus first.
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
      onClick={() => {
        takeSelectionFromDom(editor); // the caret the clerk sees, even if slate-react has not read it yet
        onRun();
      }}
    >
      {children ?? label}
    </button>
  );
}

export interface ToolbarProps {
  saveState: SaveState;
  onSave: () => void;
  /** A finalized issue: every tool is disabled (the fieldset disables whatever control a group holds). */
  readOnly?: boolean;
  /** The 校对 button: whether the panel is open and how many open findings there are (null: not known yet). */
  proofread?: { open: boolean; count: number | null; toggle: () => void };
  /** 插入图片: stores the chosen files and inserts them as pictures (no button without it). */
  onInsertPictures?: (files: File[]) => void;
}

/**
 * 插入图片: a hidden file input opened by the button. The files go to the editor's picture insertion
 * (DocumentEditor's: it holds the api); the input is emptied so the same file can be chosen again.
 */
function InsertPictureButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div className="bd-tool-group" role="group" aria-label="图片">
      <ToolButton label="插入图片" title="在本段后插入图片（JPEG、PNG；也可拖入或粘贴）" onRun={() => input.current?.click()} />
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png"
        multiple
        hidden
        data-testid="insert-picture-input"
        aria-label="选择要插入的图片"
        onChange={onChange}
      />
    </div>
  );
}

export function Toolbar({ saveState, onSave, readOnly = false, proofread, onInsertPictures }: ToolbarProps) {
  const editor = useSlate() as BriefEditor;
  const kind: BlockKind | null = currentBlockKind(editor);
  const display = currentDisplay(editor);
  const numbered = typeof kind === 'number';

  const run = (action: EditorAction) => {
    runAction(editor, action, onSave);
    if (action !== 'save') ReactEditor.focus(editor);
  };

  return (
    <div className="bd-toolbar" role="toolbar" aria-label="编辑工具栏" data-testid="toolbar" data-readonly={readOnly || undefined}>
      <fieldset className="bd-tool-lock" disabled={readOnly}>
        <div className="bd-tool-group" role="group" aria-label="段落类型">
          <ToolButton
            label="正文"
            title={`正文段落，不编号（${SHORTCUT_TEXT.paragraph}）`}
            pressed={kind === 'paragraph'}
            disabled={kind === null}
            onRun={() => run({ kind: 'paragraph' })}
          />
          {NUMBER_LEVELS.map((level) => (
            <ToolButton
              key={level}
              label={LEVEL_NAMES[level - 1]!}
              title={`${LEVEL_NAMES[level - 1]}编号 ${LEVEL_EXAMPLES[level - 1]}（${SHORTCUT_TEXT.level(level)}）`}
              pressed={kind === level}
              disabled={kind === null}
              onRun={() => run({ kind: level })}
            />
          ))}
        </div>
        <div className="bd-tool-group" role="group" aria-label="编号">
          <ToolButton
            label="标题"
            title={`标题：编号和标题单独成行，按本级标题的字体印（一级黑体、二级楷体、三四级仿宋加粗）（${SHORTCUT_TEXT.toggleDisplay} 切换）`}
            pressed={display === 'heading'}
            disabled={!numbered}
            onRun={() => setDisplay(editor, 'heading')}
          />
          <ToolButton
            label="段落式"
            title={`段落式：整段以编号开头，编号后接正文，按正文仿宋印（${SHORTCUT_TEXT.toggleDisplay} 切换）`}
            pressed={display === 'paragraph'}
            disabled={!numbered}
            onRun={() => setDisplay(editor, 'paragraph')}
          />
          <ToolButton
            label="升级"
            title={`升一级，如（一）→ 一、（${SHORTCUT_TEXT.raiseLevel}）`}
            disabled={!numbered || kind === 1}
            onRun={() => run('raiseLevel')}
          />
          <ToolButton
            label="降级"
            title={`降一级，如 一、→（一）（${SHORTCUT_TEXT.lowerLevel}）`}
            disabled={!numbered || kind === 4}
            onRun={() => run('lowerLevel')}
          />
        </div>
        <div className="bd-tool-group" role="group" aria-label="移动">
          <ToolButton label="上移" title={`本段上移（${SHORTCUT_TEXT.moveUp}）`} disabled={kind === null} onRun={() => run('moveUp')} />
          <ToolButton label="下移" title={`本段下移（${SHORTCUT_TEXT.moveDown}）`} disabled={kind === null} onRun={() => run('moveDown')} />
        </div>
        <InsertGeneratedMenu />
        <InsertStatisticsMenu />
        <div className="bd-tool-group" role="group" aria-label="表格">
          <ToolButton label="插入表格" title="在本段后插入表格（3行3列，首行为表头）" onRun={() => insertTable(editor)} />
        </div>
        {onInsertPictures && <InsertPictureButton onFiles={onInsertPictures} />}
        {proofread && (
          <div className="bd-tool-group" role="group" aria-label="校对">
            <button
              type="button"
              className="bd-tool"
              data-testid="toggle-proofread"
              aria-pressed={proofread.open}
              title="校对：标点、空格、序号、日期、部门名称等（Ctrl+Shift+J）"
              onMouseDown={(event: MouseEvent) => event.preventDefault()}
              onClick={proofread.toggle}
            >
              校对{proofread.count ? `（${proofread.count}）` : ''}
            </button>
          </div>
        )}
        <div className="bd-tool-group" role="group" aria-label="格式与历史">
          <ToolButton label="加粗" title={`加粗（${SHORTCUT_TEXT.bold}）`} pressed={isBoldActive(editor)} onRun={() => run('bold')}>
            <strong>加粗</strong>
          </ToolButton>
          <ToolButton label="撤销" title={`撤销（${SHORTCUT_TEXT.undo}）`} disabled={!canUndo(editor)} onRun={() => run('undo')} />
          <ToolButton label="重做" title={`重做（${SHORTCUT_TEXT.redo}）`} disabled={!canRedo(editor)} onRun={() => run('redo')} />
          <ToolButton label="保存" title={`立即保存（${SHORTCUT_TEXT.save}）`} onRun={() => run('save')} />
        </div>
      </fieldset>
      {readOnly && (
        <span className="bd-readonly-note" data-testid="readonly-note">
          已定稿，正文只读
        </span>
      )}
      <span
        className={`bd-save-state bd-save-${saveState.kind}`}
        role="status"
        aria-live="polite"
        data-testid="save-state"
        data-state={saveState.kind}
      >
        {saveStateText(saveState)}
      </span>
    </div>
  );
}
