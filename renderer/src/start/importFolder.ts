/**
 * 从往期导入 on the start page: every DOCX/TXT of the chosen folder goes through the import channels
 * (import.preview, then import.save of what was detected), oldest first is not needed — the
 * year-to-date totals are ordered by number. A file that cannot be read, lacks its 期号 or date, or
 * meets an existing issue is reported with the reason and left out; nothing is guessed for it.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { ImportDraft, ImportPreview } from '../../../shared/contract/importChannels';
import { draftOf } from '../../../shared/import/draft';
import { fileToBase64 } from '../common/fileToBase64';

const EXTENSIONS = ['.docx', '.txt'];

export interface FolderImportReport {
  imported: { name: string; line: string }[];
  /** Files that could not be read or stored, with the reason. */
  failed: { name: string; reason: string }[];
  /** Warnings of the files that were stored. */
  warnings: { name: string; warning: string }[];
}

export function isBriefingFile(name: string): boolean {
  const lower = name.toLowerCase();
  return EXTENSIONS.some((ext) => lower.endsWith(ext)) && !name.split('/').pop()!.startsWith('~$');
}

function nameOf(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return relative && relative !== '' ? relative : file.name;
}

/** The draft to store (with the figures of imported statistics), or why the file cannot be stored as detected. */
export function draftFor(preview: ImportPreview): ImportDraft | string {
  const issue = preview.issue;
  if (issue.number === null) return '未找到期号（请在“导入往期”中补填后导入）。';
  if (issue.year === null) return '未找到年份。';
  if (issue.issueDate === null) return '未找到印发日期。';
  return draftOf(issue) ?? '未能识别。';
}

export async function importFolder(
  api: BriefDeskApi,
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<FolderImportReport> {
  const report: FolderImportReport = { imported: [], failed: [], warnings: [] };
  const chosen = files.filter((f) => isBriefingFile(nameOf(f)));
  for (const [i, file] of chosen.entries()) {
    onProgress(i, chosen.length);
    const name = nameOf(file);
    const preview = await api['import.preview']({ fileName: file.name, base64: await fileToBase64(file) });
    if (!preview.ok) {
      report.failed.push({ name, reason: preview.error.message });
      continue;
    }
    const draft = draftFor(preview.value);
    if (typeof draft === 'string') {
      report.failed.push({ name, reason: draft });
      continue;
    }
    const saved = await api['import.save']({ draft });
    if (!saved.ok) {
      report.failed.push({ name, reason: saved.error.message });
      continue;
    }
    const { meta } = draft;
    const total = meta.totalNumber === null ? '' : `（总第${meta.totalNumber}期）`;
    report.imported.push({ name, line: `${draft.seriesTitle} ${meta.year}年第${meta.number}期${total}` });
    for (const warning of preview.value.issue.warnings) report.warnings.push({ name, warning });
  }
  onProgress(chosen.length, chosen.length);
  return report;
}
