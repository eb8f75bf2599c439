/** Toolbar entry 插入自动段落: a 考勤情况 or 厅（局）长进大厅 block after the current block. */
import { useContext, useState, type ChangeEvent } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { GENERATED_LABELS } from '../../../shared/attendance/types';
import { GENERATED_KINDS, type GeneratedKind } from '../../../shared/document/types';
import { useApi } from '../api/ApiContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import { GeneratedIssueContext } from './GeneratedContext';
import { takeSelectionFromDom } from '../editor/domSelection';
import { insertGenerated } from './generatedCommands';

export function InsertGeneratedMenu() {
  const editor = useSlateStatic() as BriefEditor;
  const api = useApi();
  const issueId = useContext(GeneratedIssueContext);
  const [error, setError] = useState<string | null>(null);
  if (issueId === null) return null;

  const insert = async (kind: GeneratedKind) => {
    // Opening the list took the focus, and the editor's blur read the caret; take it again in case
    // the list was opened from the keyboard right after a caret move.
    takeSelectionFromDom(editor);
    const result = await api['generated.render']({ issueId, kind });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    insertGenerated(editor, kind, result.value);
    ReactEditor.focus(editor);
  };

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const kind = GENERATED_KINDS.find((k) => k === event.target.value);
    event.target.value = '';
    if (kind) void insert(kind);
  };

  return (
    <div className="bd-tool-group" role="group" aria-label="自动段落">
      <select className="bd-tool" aria-label="插入自动段落" data-testid="insert-generated" defaultValue="" onChange={onChange}>
        <option value="" disabled>
          插入自动段落
        </option>
        {GENERATED_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {GENERATED_LABELS[kind]}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="bd-generated-error">
          {error}
        </span>
      )}
    </div>
  );
}
