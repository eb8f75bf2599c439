/** The structure found in one file, shown before saving: masthead fields, numbered sections, 报尾, warnings. */
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
      {issue.warnings.length > 0 && (
        <ul className="bd-import-warnings" data-testid="import-warnings" aria-label="提示">
          {issue.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
