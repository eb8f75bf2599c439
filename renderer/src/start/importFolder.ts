/**
 * 从往期导入 on the start page: every DOCX/TXT of the chosen folder goes through the import channels
 * (import.preview, then import.save of what was detected), oldest first is not needed — the
 * year-to-date totals are ordered by number. A file that lacks its 期号, 总期号, year or date, or whose
 * period is questioned, waits in the review for the clerk (PendingImports: typed in its row); a file
 * that cannot be read (a .doc or .wps among them) or meets an existing issue is reported with the
 * reason. Nothing is guessed.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { ImportDraft, ImportPreview } from '../../../shared/contract/importChannels';
import { draftOf } from '../../../shared/import/draft';
import { importQuestions } from '../../../shared/issues/dateQuestions';
import type { Series } from '../../../shared/issues/types';
import { fileToBase64 } from '../common/fileToBase64';
import { isImportable, precheck } from '../import/readFiles';

export interface FolderImportReport {
  imported: { name: string; line: string }[];
  /** Files that could not be read or stored, with the reason. */
  failed: { name: string; reason: string }[];
  /** Warnings of the files that were stored. */
  warnings: { name: string; warning: string }[];
  /** Files read but waiting for the clerk (a lost field, a questioned period), with the reason. */
  pending: PendingFile[];
}

export interface PendingFile {
  name: string;
  preview: ImportPreview;
  reason: string;
}

function nameOf(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return relative && relative !== '' ? relative : file.name;
}

/**
 * The draft to store as detected (with the figures of imported statistics), or why the clerk must look
 * at the file first. `series`: the stored series, to know whether the file's series prints a 总期号.
 */
export function draftFor(preview: ImportPreview, series: readonly Series[] = []): ImportDraft | string {
  const issue = preview.issue;
  if (issue.number === null) return '未找到期号，请补填。';
  if (issue.year === null) return '未找到年份，请补填。';
  if (issue.issueDate === null) return '未找到印发日期，请补填。';
  const hasTotal = series.find((s) => s.id === preview.seriesId)?.hasTotal ?? false;
  if (hasTotal && issue.totalNumber === null) return '未找到总期号，请补填。';
  const draft = draftOf(issue);
  if (!draft) return '未能识别，请补填。';
  const questions = importQuestions(draft.meta);
  return questions.length > 0 ? `请核对日期：${questions.map((q) => q.message).join('')}` : draft;
}

/** The line the report shows for a stored file: 窗口工作周报 2024年第23期（总第475期）. */
export function importedLine(draft: ImportDraft): string {
  const { meta } = draft;
  const total = meta.totalNumber === null ? '' : `（总第${meta.totalNumber}期）`;
  return `${draft.seriesTitle} ${meta.year}年第${meta.number}期${total}`;
}

export async function importFolder(
  api: BriefDeskApi,
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
  series: readonly Series[] = [],
): Promise<FolderImportReport> {
  const report: FolderImportReport = { imported: [], failed: [], warnings: [], pending: [] };
  const chosen = files.filter((f) => isImportable(nameOf(f)));
  for (const [i, file] of chosen.entries()) {
    onProgress(i, chosen.length);
    const name = nameOf(file);
    // A .doc or .wps of the archive is listed with why, so the clerk knows that issue is not in.
    const refused = precheck(file);
    if (refused) {
      report.failed.push({ name, reason: refused });
      continue;
    }
    const preview = await api['import.preview']({ fileName: file.name, base64: await fileToBase64(file) });
    if (!preview.ok) {
      report.failed.push({ name, reason: preview.error.message });
      continue;
    }
    const draft = draftFor(preview.value, series);
    if (typeof draft === 'string') {
      report.pending.push({ name, preview: preview.value, reason: draft });
      continue;
    }
    const saved = await api['import.save']({ draft });
    if (!saved.ok) {
      report.failed.push({ name, reason: saved.error.message });
      continue;
    }
    report.imported.push({ name, line: importedLine(draft) });
    for (const warning of preview.value.issue.warnings) report.warnings.push({ name, warning });
  }
  onProgress(chosen.length, chosen.length);
  return report;
}
