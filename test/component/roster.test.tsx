/** The 人员名册 workbench: search by characters and pinyin initials, add, edit, reorder, import preview. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { RosterWorkbench } from '../../renderer/src/roster/RosterWorkbench';
import { realApi } from './realApi';

/** Three departments and five people, stored through main's own roster channels. */
async function seeded() {
  const real = realApi();
  const minzheng = await real.value('roster.createDepartment', { name: '民政厅', fullName: '四川省民政厅' });
  const shengtai = await real.value('roster.createDepartment', { name: '生态环境厅' });
  const shangwu = await real.value('roster.createDepartment', { name: '商务厅' });
  await real.value('roster.createPerson', { departmentId: minzheng.id, name: '游文慧' });
  await real.value('roster.createPerson', { departmentId: minzheng.id, name: '杨伟', title: '二级巡视员' });
  await real.value('roster.createPerson', { departmentId: shengtai.id, name: '张剑平' });
  await real.value('roster.createPerson', { departmentId: shengtai.id, name: '杨康年' });
  await real.value('roster.createPerson', { departmentId: shangwu.id, name: '杨伟', title: '副厅长' });
  render(
    <ApiProvider api={real.api}>
      <RosterWorkbench />
    </ApiProvider>,
  );
  const departments = () => real.value('roster.listDepartments', {});
  const people = () => real.value('roster.listPeople', { includeInactive: true });
  return { ...real, departments, people, seededIds: [minzheng.id, shengtai.id, shangwu.id] };
}

const shownPeople = () =>
  screen.queryAllByTestId('roster-person').map((row) => {
    const cells = within(row).getAllByRole('cell');
    return `${cells[1]!.textContent}${cells[0]!.textContent}`;
  });

describe('人员名册 workbench', () => {
  it('lists everyone in roster order and finds people by characters and by pinyin initials', async () => {
    const user = userEvent.setup();
    await seeded();
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
    await seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.click(within(screen.getByTestId('department-生态环境厅')).getByRole('button', { name: '生态环境厅' }));
    expect(shownPeople()).toEqual(['生态环境厅张剑平', '生态环境厅杨康年']);
  });

  it('adds a person and shows the duplicate refusal in Chinese', async () => {
    const user = userEvent.setup();
    const real = await seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    const form = screen.getByRole('form', { name: '添加人员' });
    await user.selectOptions(within(form).getByRole('combobox'), '民政厅');
    await user.type(within(form).getByLabelText('姓名'), '黎熹');
    await user.type(within(form).getByLabelText('职务'), '处长');
    await user.click(within(form).getByRole('button', { name: '添加人员' }));
    await waitFor(() => expect(shownPeople()).toContain('民政厅黎熹'));
    expect(screen.getByTestId('roster-notice')).toHaveTextContent('已添加“黎熹”。');
    expect(real.api['roster.createPerson']).toHaveBeenCalledWith({ departmentId: real.seededIds[0], name: '黎熹', title: '处长' });

    await user.selectOptions(within(form).getByRole('combobox'), '民政厅');
    await user.type(within(form).getByLabelText('姓名'), '游文慧');
    await user.click(within(form).getByRole('button', { name: '添加人员' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('民政厅已有一位“游文慧”，同一部门内姓名不能重复。');
  });

  it('edits a person’s title and deactivates them', async () => {
    const user = userEvent.setup();
    const real = await seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: '编辑民政厅游文慧' }));
    const form = screen.getByRole('form', { name: '编辑人员' });
    expect(within(form).getByLabelText('姓名')).toHaveValue('游文慧');
    await user.type(within(form).getByLabelText('职务'), '二级调研员');
    await user.click(within(form).getByRole('button', { name: '保存人员' }));
    await waitFor(async () => expect((await real.people()).find((p) => p.name === '游文慧')!.title).toBe('二级调研员'));
    const row = screen.getAllByTestId('roster-person').find((r) => r.textContent?.includes('游文慧'))!;
    expect(row).toHaveTextContent('二级调研员');
    await user.click(screen.getByRole('button', { name: '停用民政厅游文慧' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('roster-person').find((r) => r.textContent?.includes('游文慧'))).toHaveTextContent('已停用'),
    );
  });

  it('adds a department and moves departments up and down in roster order', async () => {
    const user = userEvent.setup();
    const real = await seeded();
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
    const [minzheng, shengtai, shangwu] = real.seededIds;
    const linCao = (await real.departments()).find((d) => d.name === '省林草局')!;
    expect(real.api['roster.reorderDepartments']).toHaveBeenLastCalledWith({ ids: [minzheng, shengtai, linCao.id, shangwu] });
    await user.click(screen.getByRole('button', { name: '下移民政厅' }));
    await waitFor(() => expect(order()).toEqual(['生态环境厅', '民政厅', '省林草局', '商务厅']));
    expect(screen.getByRole('button', { name: '上移生态环境厅' })).toBeDisabled();
    // People follow the new department order.
    expect(shownPeople().slice(0, 2)).toEqual(['生态环境厅张剑平', '生态环境厅杨康年']);
  });

  it('previews an import with its bad row, stores nothing until confirmed, then imports', async () => {
    const user = userEvent.setup();
    const real = await seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    // A new department with its full name and a new person; row 3 has no department.
    const csv = '部门,姓名,部门全称\n自然资源厅,黎熹,四川省自然资源厅\n,张三,\n';
    await user.upload(screen.getByTestId('roster-import-file'), new File([csv], '名册.csv', { type: 'text/csv' }));
    const region = await screen.findByTestId('roster-import-preview');
    expect(real.api['roster.previewImport']).toHaveBeenCalledWith({
      fileName: '名册.csv',
      base64: btoa(String.fromCharCode(...new TextEncoder().encode(csv))),
    });
    expect(within(region).getByTestId('roster-import-bad')).toHaveTextContent('第 3 行：姓名“张三”没有填写部门');
    expect(within(region).getByTestId('roster-import-new-departments')).toHaveTextContent(/^自然资源厅（四川省自然资源厅）$/);
    expect(within(region).getByTestId('roster-import-counts')).toHaveTextContent('新建部门 1 个，新增人员 1 人');
    expect(within(region).getByTestId('roster-import-rows')).toHaveTextContent('自然资源厅（新建）黎熹新增人员');
    expect(real.api['roster.commitImport']).not.toHaveBeenCalled();
    expect(shownPeople()).not.toContain('自然资源厅黎熹');
    expect((await real.people()).map((p) => p.name)).not.toContain('黎熹');
    const previewed = await real.api['roster.previewImport'].mock.results[0]!.value;

    await user.click(within(region).getByRole('button', { name: '导入其余 1 行' }));
    await waitFor(() => expect(screen.queryByTestId('roster-import-preview')).toBeNull());
    expect(real.api['roster.commitImport']).toHaveBeenCalledWith({ token: previewed.ok && previewed.value.token });
    expect(shownPeople()).toContain('自然资源厅黎熹');
    expect(screen.getByTestId('roster-notice')).toHaveTextContent(
      '已导入“名册.csv”：新建部门 1 个，新增人员 1 人，更新职务 0 人，跳过有问题的 1 行。',
    );
  });

  it('shows the host’s refusal of a file and cancels a preview without importing', async () => {
    const user = userEvent.setup();
    await seeded();
    await waitFor(() => expect(shownPeople()).toHaveLength(5));
    await user.upload(screen.getByTestId('roster-import-file'), new File(['x'], 'a.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“a.xlsx”不是有效的 XLSX 表格，无法读取。');
    expect(screen.queryByTestId('roster-import-preview')).toBeNull();
  });
});
