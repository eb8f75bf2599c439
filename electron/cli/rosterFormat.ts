/** The Chinese text the `roster` command prints: an import report and a roster listing. */
import type { Department, Person, RosterImportCounts, RosterImportPreview, RosterImportResult } from '../../shared/roster/types';

export function formatCounts(counts: RosterImportCounts): string[] {
  return [
    `部门：新建 ${counts.newDepartments} 个，更新全称 ${counts.updatedDepartments} 个`,
    `人员：新增 ${counts.newPeople} 人，更新职务 ${counts.updatedTitles} 人，重新启用 ${counts.reactivated} 人，无变化 ${counts.unchanged} 人`,
  ];
}

export function formatPreview(preview: RosterImportPreview): string[] {
  const lines = [`文件：${preview.fileName}`, ...formatCounts(preview.counts)];
  const created = preview.departments.filter((d) => d.status === 'newDepartment');
  if (created.length > 0) lines.push(`新建部门：${created.map((d) => `${d.name}（${d.fullName}）`).join('、')}`);
  const renamed = preview.departments.filter((d) => d.status === 'updatedFullName');
  if (renamed.length > 0) lines.push(`更新部门全称：${renamed.map((d) => `${d.name}（${d.fullName}）`).join('、')}`);
  for (const row of preview.rows) {
    if (row.status === 'updatedTitle') {
      lines.push(`更新职务：第 ${row.row} 行 ${row.department}${row.name}：${row.previousTitle || '（无）'} → ${row.title || '（无）'}`);
    } else if (row.status === 'reactivated') {
      lines.push(`重新启用：第 ${row.row} 行 ${row.department}${row.name}`);
    }
  }
  if (preview.badRows.length > 0) {
    lines.push(`有问题的行（${preview.badRows.length} 行，不会导入）：`);
    for (const bad of preview.badRows) lines.push(`  第 ${bad.row} 行：${bad.reason}`);
  }
  return lines;
}

export function formatImported(result: RosterImportResult): string[] {
  const skipped = result.badRows.length > 0 ? `，跳过有问题的 ${result.badRows.length} 行` : '';
  return [`已导入“${result.fileName}”${skipped}。`];
}

export function formatRoster(departments: readonly Department[], people: readonly Person[]): string[] {
  const lines: string[] = [];
  for (const d of departments) {
    const state = d.active ? '' : '（已停用）';
    lines.push(`${d.sortOrder}. ${d.name}${state}${d.fullName ? `  ${d.fullName}` : ''}`);
    for (const p of people.filter((person) => person.departmentId === d.id)) {
      lines.push(`   ${p.name}${p.title ? `  ${p.title}` : ''}${p.active ? '' : '（已停用）'}`);
    }
  }
  return lines.length > 0 ? lines : ['名册为空。'];
}
