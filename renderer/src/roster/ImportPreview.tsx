/** What a roster file would change, before anything is stored: counts, every bad row, every good row. */
import type { RosterImportPreview, RosterRowStatus } from '../../../shared/roster/types';

const STATUS: Record<RosterRowStatus, string> = {
  newPerson: '新增人员',
  unchanged: '无变化',
  updatedTitle: '更新职务',
  reactivated: '重新启用',
};

interface Props {
  preview: RosterImportPreview;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The departments the file brings into the roster: listed apart, so a mistyped name is seen before it is stored. */
function NewDepartments({ preview }: { preview: RosterImportPreview }) {
  const created = preview.departments.filter((d) => d.status === 'newDepartment');
  if (created.length === 0) return null;
  return (
    <>
      <h3>新部门（确认后加入名册，排在现有部门之后）</h3>
      <ul data-testid="roster-import-new-departments">
        {created.map((d) => (
          <li key={d.name}>
            {d.name}
            {d.fullName ? `（${d.fullName}）` : '（未填全称，可稍后在名册中补充）'}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ImportPreview({ preview, busy, onConfirm, onCancel }: Props) {
  const { counts } = preview;
  const good = preview.rows.length;
  return (
    <div className="bd-roster-import" data-testid="roster-import-preview" role="region" aria-label="导入预览">
      <h2>导入预览：{preview.fileName}</h2>
      <p data-testid="roster-import-counts">
        新建部门 {counts.newDepartments} 个，新增人员 {counts.newPeople} 人，更新职务 {counts.updatedTitles} 人，重新启用{' '}
        {counts.reactivated} 人，无变化 {counts.unchanged} 人；有问题 {counts.bad} 行。
      </p>
      <NewDepartments preview={preview} />
      {preview.badRows.length > 0 && (
        <>
          <h3>有问题的行（不会导入）</h3>
          <ul data-testid="roster-import-bad">
            {preview.badRows.map((bad) => (
              <li key={bad.row}>
                第 {bad.row} 行：{bad.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <table data-testid="roster-import-rows">
        <thead>
          <tr>
            <th>行</th>
            <th>部门</th>
            <th>姓名</th>
            <th>职务</th>
            <th>结果</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>
                {row.department}
                {row.newDepartment ? '（新建）' : ''}
              </td>
              <td>{row.name}</td>
              <td>{row.status === 'updatedTitle' ? `${row.previousTitle || '（无）'} → ${row.title || '（无）'}` : row.title}</td>
              <td>{STATUS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onConfirm} disabled={busy || (good === 0 && counts.newDepartments + counts.updatedDepartments === 0)}>
        {preview.badRows.length > 0 ? `导入其余 ${good} 行` : `确认导入 ${good} 行`}
      </button>
      <button type="button" onClick={onCancel} disabled={busy}>
        取消
      </button>
    </div>
  );
}
