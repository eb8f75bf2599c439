/**
 * The structure found in one file, shown before saving: the warnings on their own, the masthead as
 * detected, the outline of numbered headings, the body as it will be stored, the 报尾.
 */
import { BodyOutline } from './BodyOutline';
import { numberLabel } from '../../../shared/document/numbering';
import type { DetectedIssue, DetectedSection } from '../../../shared/import/types';
import { formatPeriod } from '../../../shared/issues/dates';

function Sections({ sections }: { sections: readonly DetectedSection[] }) {
  return (
    <ul className="bd-import-sections">
      {sections.map((section, i) => (
        <li key={`${i}-${section.title}`} data-testid="import-section" data-level={section.level}>
          <span data-testid="import-section-title">
            {numberLabel(section.level, i + 1)}
            {section.title}
          </span>
          {section.children.length > 0 && <Sections sections={section.children} />}
        </li>
      ))}
    </ul>
  );
}

const MISSING = '（未找到）';

export function DetectedView({ issue }: { issue: DetectedIssue }) {
  const rows: [string, string][] = [
    ['系列', issue.seriesTitleFound ? issue.seriesTitle : `${issue.seriesTitle}（报头标题缺失，按默认系列）`],
    ['年份', issue.year === null ? MISSING : `${issue.year}年`],
    ['印发单位', issue.issuer ?? MISSING],
    ['印发日期', issue.issueDate ?? MISSING],
    ['时段', issue.period ? formatPeriod(issue.period[0], issue.period[1]) : MISSING],
  ];
  if (issue.partTitle) rows.push(['栏目', issue.partTitle]);
  for (const label of ['报', '送', '发'] as const) {
    const text = issue.distribution[label];
    if (text) rows.push([label, text]);
  }
  rows.push(['印数', issue.copies === null ? MISSING : `共印${issue.copies}份`]);
  return (
    <div className="bd-import-detected" data-testid="import-detected">
      {issue.warnings.length > 0 && (
        <section className="bd-import-warning-list" aria-label="识别提示">
          <h3>识别提示（{issue.warnings.length} 条）</h3>
          <ul className="bd-import-warnings" data-testid="import-warnings">
            {issue.warnings.map((warning, i) => (
              <li key={`${i}-${warning}`}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      <h3>识别结果</h3>
      <dl>
        {rows.map(([name, value]) => (
          <div key={name} data-testid={`import-field-${name}`}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>正文标题</h3>
      {issue.sections.length > 0 ? <Sections sections={issue.sections} /> : <p className="bd-empty">没有找到带编号的标题。</p>}
      <details className="bd-import-body">
        <summary>正文（{issue.document.blocks.length} 段，按导入后的编号和层级）</summary>
        <BodyOutline blocks={issue.document.blocks} />
      </details>
    </div>
  );
}
