/**
 * The 校对 state of the open issue: its context and ignored findings from main, the findings of the
 * editor's current text (recomputed DEBOUNCE_MS after the last change, never while a key is down),
 * and the actions of the panel.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProofreadState } from '../../../shared/contract/channels';
import { blocksOf } from '../../../shared/document/commands';
import { DOCUMENT_SCHEMA_VERSION } from '../../../shared/document/types';
import { createProofreader } from '../../../shared/proofread/run';
import type { Finding } from '../../../shared/proofread/types';
import { useApi } from '../api/ApiContext';
import type { BriefEditor } from '../editor/createBriefEditor';
import { applyAllFixes, applyFix } from './applyFix';

export const DEBOUNCE_MS = 300;

export interface ProofreadApi {
  /** Open findings (ignored ones left out), in document order; null until the context has loaded. */
  findings: Finding[] | null;
  ignoredCount: number;
  /** A message for the clerk (a refused fix, a failed 忽略), or null. */
  notice: string | null;
  /** Called on every editor change: schedules a pass. */
  changed(): void;
  fix(finding: Finding): void;
  fixAll(): number;
  ignore(finding: Finding): Promise<void>;
}

export function useProofread(editor: BriefEditor, issueId: number, afterFix: () => void): ProofreadApi {
  const api = useApi();
  const [state, setState] = useState<ProofreadState | null>(null);
  const [all, setAll] = useState<Finding[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    void api['proofread.state']({ id: issueId }).then((result) => {
      // Without its context (an error) 校对 still runs on the text alone.
      if (live) setState(result.ok ? result.value : { issueId, context: {}, ignored: [] });
    });
    return () => {
      live = false;
    };
  }, [api, issueId]);

  const proofreader = useMemo(() => (state ? createProofreader(state.context) : null), [state]);

  const run = useCallback(() => {
    if (!proofreader) return;
    setAll(proofreader.run({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: blocksOf(editor) }));
  }, [proofreader, editor]);

  // A new proofreader (the context loaded, or an 忽略 answered) checks the text at once: seen during
  // render, so its findings come with the same commit instead of one render later.
  const [checkedWith, setCheckedWith] = useState(proofreader);
  if (proofreader !== checkedWith) {
    setCheckedWith(proofreader);
    if (proofreader) setAll(proofreader.run({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: blocksOf(editor) }));
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const changed = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, DEBOUNCE_MS);
  }, [run]);

  const ignored = useMemo(() => new Set(state?.ignored ?? []), [state]);
  const findings = useMemo(() => (all ? all.filter((f) => !ignored.has(f.key)) : null), [all, ignored]);

  const fix = useCallback(
    (finding: Finding) => {
      if (applyFix(editor, finding)) {
        setNotice(null);
        afterFix();
      } else {
        setNotice('这段文字在校对之后已经改动，没有修正；校对结果已重新计算。');
      }
      run();
    },
    [editor, run, afterFix],
  );

  const fixAll = useCallback(() => {
    const fresh = proofreader?.run({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: blocksOf(editor) }) ?? [];
    const applied = applyAllFixes(
      editor,
      fresh.filter((f) => !ignored.has(f.key)),
    );
    setNotice(applied > 0 ? `已修正${applied}处，可用撤销（Ctrl+Z）一次恢复。` : '没有可自动修正的问题。');
    if (applied > 0) afterFix();
    run();
    return applied;
  }, [proofreader, editor, ignored, run, afterFix]);

  const ignore = useCallback(
    async (finding: Finding) => {
      const result = await api['proofread.ignore']({ id: issueId, key: finding.key });
      if (result.ok) setState(result.value);
      else setNotice(result.error.message);
    },
    [api, issueId],
  );

  return { findings, ignoredCount: ignored.size, notice, changed, fix, fixAll, ignore };
}
