/**
 * `proofread <编号> [--json] [--fix]`: the issue's open 校对 findings (the ignored ones left out), or
 * with --fix the never-ambiguous fixes applied through issues.saveDocument — the app's own save path,
 * so a finalized issue is refused and a save point is kept as usual — and what changed printed.
 */
import type { Handlers } from '../../shared/contract/api';
import { fixDocument, openFindings, placeText, RULE_NAMES, type Finding, type FixChange } from '../../shared/proofread';
import { call, type Output } from './commands';

function findingLine(f: Finding): string {
  const fix = f.replacement === undefined ? '' : ` → “${f.replacement}”${f.auto ? '（可自动修正）' : '（建议）'}`;
  return `[${RULE_NAMES[f.rule]}] ${placeText(f.place)}：…${f.before}【${f.original}】${f.after}…  ${f.message}${fix}`;
}

function changeLine(change: FixChange): string {
  const where = change.cell
    ? `第${change.block + 1}段表格第${change.cell.row + 1}行第${change.cell.column + 1}列`
    : `第${change.block + 1}段`;
  return `${where}：\n  原文：${change.before}\n  改为：${change.after}`;
}

export async function proofreadCommand(
  handlers: Handlers,
  id: number,
  options: { json: boolean; fix: boolean },
  io: Output,
): Promise<void> {
  const issue = await call(handlers, 'issues.get', { id });
  const state = await call(handlers, 'proofread.state', { id });
  if (options.fix) {
    const { document, changes } = fixDocument(issue.document, state.context);
    if (changes.length > 0) await call(handlers, 'issues.saveDocument', { id, document });
    const remaining = openFindings(document, state.context, state.ignored);
    if (options.json) {
      io.out(JSON.stringify({ changes, findings: remaining }, null, 2));
      return;
    }
    io.out(changes.length === 0 ? '没有可自动修正的问题。' : [`已修正 ${changes.length} 处文字：`, ...changes.map(changeLine)].join('\n'));
    io.out(`尚有 ${remaining.length} 条校对意见需要人工判断。`);
    return;
  }
  const findings = openFindings(issue.document, state.context, state.ignored);
  if (options.json) {
    io.out(JSON.stringify(findings, null, 2));
    return;
  }
  const auto = findings.filter((f) => f.auto).length;
  io.out(
    findings.length === 0
      ? '校对未发现问题。'
      : [...findings.map(findingLine), '', `共 ${findings.length} 条校对意见，其中 ${auto} 条可用 --fix 自动修正。`].join('\n'),
  );
}
