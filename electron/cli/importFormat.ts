/** The human output of `import <文件>` without --json: the detected structure, indented, and warnings. */
import { numberLabel } from '../../shared/document/numbering';
import type { DetectedIssue, DetectedSection } from '../../shared/import/types';

function sectionLines(sections: readonly DetectedSection[], depth = 0): string[] {
  return sections.flatMap((section, i) => [
    `${'  '.repeat(depth + 1)}${numberLabel(section.level, i + 1)}${section.title}`,
    ...sectionLines(section.children, depth + 1),
  ]);
}

export function formatDetected(issue: DetectedIssue): string[] {
  const or = (value: string | number | null) => (value === null ? '（未找到）' : String(value));
  const lines = [
    `系列：${issue.seriesTitle}${issue.seriesTitleFound ? '' : '（默认）'}`,
    `期号：${or(issue.year)}年第${or(issue.number)}期${issue.totalNumber !== null ? `（总第${issue.totalNumber}期）` : ''}`,
    `印发单位：${or(issue.issuer)}`,
    `印发日期：${or(issue.issueDate)}`,
    `时段：${issue.period ? `${issue.period[0]} 至 ${issue.period[1]}` : '（未找到）'}`,
    ...(issue.partTitle ? [`栏目：${issue.partTitle}`] : []),
    '标题：',
    ...sectionLines(issue.sections),
    ...(['报', '送', '发'] as const).flatMap((label) => (issue.distribution[label] ? [`${label}：${issue.distribution[label]}`] : [])),
    `印数：${issue.copies === null ? '（未找到）' : `${issue.copies}份`}`,
  ];
  if (issue.warnings.length > 0) lines.push('提示：', ...issue.warnings.map((w) => `  · ${w}`));
  return lines;
}
