/** The 人员名册 workbench: search by characters and pinyin initials, add, edit, reorder, import preview. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RosterImportPreview } from '../../shared/roster/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { RosterWorkbench } from '../../renderer/src/roster/RosterWorkbench';
import { rosterFake } from './rosterFakeApi';

function seeded(preview?: RosterImportPreview, imported?: { department: string; name: string }[]) {
  const fake = rosterFake(preview, imported);
  const minzheng = fake.addDepartment('民政厅', '四川省民政厅');
  const shengtai = fake.addDepartment('生态环境厅');
  const shangwu = fake.addDepartment('商务厅');
  fake.addPerson(minzheng.id, '游文慧');
  fake.addPerson(minzheng.id, '杨伟', '二级巡视员');
  fake.addPerson(shengtai.id, '张剑平');
  fake.addPerson(shengtai.id, '杨康年');
  fake.addPerson(shangwu.id, '杨伟', '副厅长');
  render(
    <ApiProvider api={fake.api}>
      <RosterWorkbench />
    </ApiProvider>,
  );
  return fake;
}

const shownPeople = () =>
  screen.queryAllByTestId('roster-person').map((row) => {
    const cells = within(row).getAllByRole('cell');
    return `${cells[1]!.textContent}${cells[0]!.textContent}`;
  });

describe('人员名册 workbench', () => {
  it('lists everyone in roster order and finds people by characters and by pinyin initials', async () => {
    const user = userEvent.setup();
    seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    expect(shownPeople()).toEqual(['民政厅游文慧', '民政厅杨伟', '生态环境厅张剑平', '生态环境厅杨康年', '商务厅杨伟']);
    const search = screen.getByTestId('roster-search');
    await user.type(search, 'ywh');
    expect(shownPeople()).toEqual(['民政厅游文慧']);
    await user.clear(search);
    await user.type(search, '杨');
    expect(shownPeople()).toEqual(['民政厅杨伟', '生态环境厅杨康年', '商务厅杨伟']);
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('没有找到与“zzz”相符的人员。')).toBeInTheDocument();
  });

  it('filters by the chosen department', async () => {
    const user = userEvent.setup();
    seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.click(within(screen.getByTestId('department-生态环境厅')).getByRole('button', { name: '生态环境厅' }));
    expect(shownPeople()).toEqual(['生态环境厅张剑平', '生态环境厅杨康年']);
  });

  it('adds a person and shows the duplicate refusal in Chinese', async () => {
    const user = userEvent.setup();
    const fake = seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    const form = screen.getByRole('form', { name: '添加人员' });
    await user.selectOptions(within(form).getByRole('combobox'), '民政厅');
    await user.type(within(form).getByLabelText('姓名'), '黎熹');
    await user.type(within(form).getByLabelText('职务'), '处长');
    await user.click(within(form).getByRole('button', { name: '添加人员' }));
    await waitFor(() => expect(shownPeople()).toContain('民政厅黎熹'));
    expect(screen.getByTestId('roster-notice')).toHaveTextContent('已添加“黎熹”。');
    expect(fake.api['roster.createPerson']).toHaveBeenCalledWith({ departmentId: fake.departments[0]!.id, name: '黎熹', title: '处长' });

    await user.selectOptions(within(form).getByRole('combobox'), '民政厅');
    await user.type(within(form).getByLabelText('姓名'), '游文慧');
    await user.click(within(form).getByRole('button', { name: '添加人员' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('民政厅已有一位“游文慧”，同一部门内姓名不能重复。');
  });

  it('edits a person’s title and deactivates them', async () => {
    const user = userEvent.setup();
    const fake = seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: '编辑民政厅游文慧' }));
    const form = screen.getByRole('form', { name: '编辑人员' });
    expect(within(form).getByLabelText('姓名')).toHaveValue('游文慧');
    await user.type(within(form).getByLabelText('职务'), '二级调研员');
    await user.click(within(form).getByRole('button', { name: '保存人员' }));
    await waitFor(() => expect(fake.people.find((p) => p.name === '游文慧')!.title).toBe('二级调研员'));
    const row = screen.getAllByTestId('roster-person').find((r) => r.textContent?.includes('游文慧'))!;
    expect(row).toHaveTextContent('二级调研员');
    await user.click(screen.getByRole('button', { name: '停用民政厅游文慧' }));
    await waitFor(() => expect(screen.getAllByTestId('roster-person').find((r) => r.textContent?.includes('游文慧'))).toHaveTextContent('已停用'));
  });

  it('adds a department and moves departments up and down in roster order', async () => {
    const user = userEvent.setup();
    const fake = seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    const form = screen.getByRole('form', { name: '添加部门' });
    await user.type(within(form).getByLabelText('部门名称（按简报中的写法）'), '省林草局');
    await user.type(within(form).getByLabelText('部门全称'), '四川省林业和草原局');
    await user.click(within(form).getByRole('button', { name: '添加部门' }));
    await screen.findByTestId('department-省林草局');
    const order = () => screen.getAllByTestId(/^department-/).map((li) => li.dataset.testid!.slice('department-'.length));
    expect(order()).toEqual(['民政厅', '生态环境厅', '商务厅', '省林草局']);
    await user.click(screen.getByRole('button', { name: '上移省林草局' }));
    await waitFor(() => expect(order()).toEqual(['民政厅', '生态环境厅', '省林草局', '商务厅']));
    expect(fake.api['roster.reorderDepartments']).toHaveBeenLastCalledWith({ ids: [100, 101, fake.departments[3]!.id, 102] });
    await user.click(screen.getByRole('button', { name: '下移民政厅' }));
    await waitFor(() => expect(order()).toEqual(['生态环境厅', '民政厅', '省林草局', '商务厅']));
    expect(screen.getByRole('button', { name: '上移生态环境厅' })).toBeDisabled();
    // People follow the new department order.
    expect(shownPeople().slice(0, 2)).toEqual(['生态环境厅张剑平', '生态环境厅杨康年']);
  });

  it('previews an import with its bad row, stores nothing until confirmed, then imports', async () => {
    const user = userEvent.setup();
    const preview: RosterImportPreview = {
      token: 'tok',
      fileName: '名册.csv',
      rows: [{ row: 2, department: '自然资源厅', name: '黎熹', title: '', status: 'newPerson', newDepartment: true }],
      badRows: [{ row: 3, reason: '姓名“张三”没有填写部门' }],
      departments: [
        { name: '自然资源厅', fullName: '四川省自然资源厅', status: 'newDepartment' },
        { name: '民政厅', fullName: '四川省民政厅', status: 'unchanged' },
      ],
      counts: { newDepartments: 1, updatedDepartments: 0, newPeople: 1, updatedTitles: 0, reactivated: 0, unchanged: 0, bad: 1 },
    };
    const fake = seeded(preview, [{ department: '自然资源厅', name: '黎熹' }]);
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    const file = new File(['部门,姓名\n'], '名册.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('roster-import-file'), file);
    const region = await screen.findByTestId('roster-import-preview');
    expect(fake.api['roster.previewImport']).toHaveBeenCalledWith({ fileName: '名册.csv', base64: btoa(String.fromCharCode(...new TextEncoder().encode('部门,姓名\n'))) });
    expect(within(region).getByTestId('roster-import-bad')).toHaveTextContent('第 3 行：姓名“张三”没有填写部门');
    expect(within(region).getByTestId('roster-import-new-departments')).toHaveTextContent(/^自然资源厅（四川省自然资源厅）$/);
    expect(within(region).getByTestId('roster-import-counts')).toHaveTextContent('新建部门 1 个，新增人员 1 人');
    expect(within(region).getByTestId('roster-import-rows')).toHaveTextContent('自然资源厅（新建）黎熹新增人员');
    expect(fake.api['roster.commitImport']).not.toHaveBeenCalled();
    expect(shownPeople()).not.toContain('自然资源厅黎熹');

    await user.click(within(region).getByRole('button', { name: '导入其余 1 行' }));
    await waitFor(() => expect(screen.queryByTestId('roster-import-preview')).toBeNull());
    expect(fake.api['roster.commitImport']).toHaveBeenCalledWith({ token: 'tok' });
    expect(shownPeople()).toContain('自然资源厅黎熹');
    expect(screen.getByTestId('roster-notice')).toHaveTextContent('已导入“名册.csv”：新建部门 1 个，新增人员 1 人，更新职务 0 人，跳过有问题的 1 行。');
  });

  it('shows the host’s refusal of a file and cancels a preview without importing', async () => {
    const user = userEvent.setup();
    seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.upload(screen.getByTestId('roster-import-file'), new File(['x'], 'a.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('只能导入 CSV 或 XLSX 文件');
    expect(screen.queryByTestId('roster-import-preview')).toBeNull();
  });
});
