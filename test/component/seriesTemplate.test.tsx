/** 章节模板: add, number labels as printed, reorder, block choices, the save payload, a refusal kept. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HALL_CHECKS } from '../../shared/templates/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { TemplateEditor } from '../../renderer/src/series/TemplateEditor';
import { weekly } from './fakeApi';
import { seriesFake, type SeriesFake } from './seriesFakeApi';

function open(fake: SeriesFake = seriesFake()) {
  render(
    <ApiProvider api={fake.api}>
      <TemplateEditor seriesId={weekly.id} />
    </ApiProvider>,
  );
  return fake;
}

const labels = () => screen.queryAllByTestId(/^template-label-/).map((el) => el.textContent);
const titles = () => screen.queryAllByTestId(/^template-title-/).map((el) => (el as HTMLInputElement).value);

async function addSection(user: ReturnType<typeof userEvent.setup>, title: string, level?: string) {
  await user.click(screen.getByTestId('template-add'));
  const i = titles().length - 1;
  if (level) await user.selectOptions(screen.getByTestId(`template-level-${i}`), level);
  await user.type(screen.getByTestId(`template-title-${i}`), title);
  return i;
}

describe('章节模板 editor', () => {
  it('numbers the rows as they will print and moves them up and down', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByTestId('template-add');
    await addSection(user, '综窗工作情况');
    await addSection(user, '窗口管理情况');
    await addSection(user, '考勤情况', '2');
    await addSection(user, '大厅巡查情况');
    expect(labels()).toEqual(['一、', '二、', '（一）', '（二）']);

    await user.click(screen.getByTestId('template-up-1'));
    expect(titles()).toEqual(['窗口管理情况', '综窗工作情况', '考勤情况', '大厅巡查情况']);
    await user.click(screen.getByTestId('template-down-2'));
    expect(titles()).toEqual(['窗口管理情况', '综窗工作情况', '大厅巡查情况', '考勤情况']);
    expect(screen.getByTestId('template-up-0')).toBeDisabled();
    expect(screen.getByTestId('template-down-3')).toBeDisabled();
    await user.click(screen.getByTestId('template-remove-0'));
    expect(titles()).toEqual(['综窗工作情况', '大厅巡查情况', '考勤情况']);
    expect(labels()).toEqual(['一、', '（一）', '（二）']);
  });

  it('saves the sections with their blocks: statistics group and form, hall checks edited, keepText', async () => {
    const user = userEvent.setup();
    const fake = open();
    await screen.findByTestId('template-add');
    const stats = await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId(`template-block-${stats}`), 'statistics');
    expect(screen.getByTestId(`template-group-${stats}`)).toHaveValue('11');
    await user.selectOptions(screen.getByTestId(`template-group-${stats}`), '12');
    await user.selectOptions(screen.getByTestId(`template-form-${stats}`), 'table');

    const attendance = await addSection(user, '考勤情况', '2');
    await user.selectOptions(screen.getByTestId(`template-block-${attendance}`), 'attendance');

    const hall = await addSection(user, '大厅巡查情况');
    await user.selectOptions(screen.getByTestId(`template-block-${hall}`), 'hallInspection');
    const checks = screen.getByTestId(`template-checks-${hall}`);
    expect(within(checks).getAllByTestId(/^template-check-label-/).map((el) => (el as HTMLInputElement).value)).toEqual(
      DEFAULT_HALL_CHECKS.map((c) => c.label),
    );
    const sixth = screen.getByTestId(`template-check-text-${hall}-5`);
    await user.clear(sixth);
    await user.type(sixth, '运行保障有序');
    await user.click(screen.getByTestId(`template-check-remove-${hall}-4`));
    await user.click(screen.getByTestId(`template-check-add-${hall}`));
    await user.type(screen.getByTestId(`template-check-label-${hall}-5`), '窗口服务');

    // user-event reads `{` as the start of a key name: `{{` types one.
    const plan = await addSection(user, '{{年}年{{月}月工作安排');
    await user.type(screen.getByTestId(`template-text-${plan}`), '做好窗口服务。');
    await user.click(screen.getByTestId(`template-keep-${plan}`));

    await user.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-status')).toHaveTextContent('已保存');
    expect(fake.api['templates.save']).toHaveBeenCalledWith({
      seriesId: weekly.id,
      sections: [
        { level: 1, title: '综窗工作情况', defaultText: '', keepText: false, block: { kind: 'statistics', groupId: 12, form: 'table' } },
        { level: 2, title: '考勤情况', defaultText: '', keepText: false, block: { kind: 'attendance' } },
        {
          level: 2,
          title: '大厅巡查情况',
          defaultText: '',
          keepText: false,
          block: {
            kind: 'hallInspection',
            checks: [
              ...DEFAULT_HALL_CHECKS.slice(0, 4),
              { label: '大厅防控情况', text: '运行保障有序' },
              { label: '窗口服务', text: '总体情况良好' },
            ],
          },
        },
        { level: 2, title: '{年}年{月}月工作安排', defaultText: '做好窗口服务。', keepText: true, block: null },
      ],
    });
  });

  it('loads the stored template', async () => {
    const fake = seriesFake();
    fake.templates.set(weekly.id, [
      { level: 1, title: '综窗工作情况', defaultText: '', keepText: false, block: { kind: 'statistics', groupId: 11, form: 'sentence' } },
      { level: 1, title: '其他工作', defaultText: '一段。', keepText: true, block: null },
    ]);
    open(fake);
    await waitFor(() => expect(titles()).toEqual(['综窗工作情况', '其他工作']));
    expect(screen.getByTestId('template-block-0')).toHaveValue('statistics');
    expect(screen.getByTestId('template-group-0')).toHaveValue('11');
    expect(screen.getByTestId('template-form-0')).toHaveValue('sentence');
    expect(screen.getByTestId('template-keep-1')).toBeChecked();
    expect(screen.getByTestId('template-text-1')).toHaveValue('一段。');
  });

  it('shows a refusal as it comes and keeps the rows as typed', async () => {
    const user = userEvent.setup();
    const fake = seriesFake();
    const message = '第1部分“综窗工作情况”的统计数据不是本系列的统计项目（可能已被删除）。请重新选择统计项目。';
    fake.api['templates.save'].mockResolvedValue({ ok: false, error: { code: 'CONFLICT', message } });
    open(fake);
    await screen.findByTestId('template-add');
    await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId('template-block-0'), 'statistics');
    await addSection(user, '窗口管理情况');
    await user.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-error')).toHaveTextContent(message);
    expect(titles()).toEqual(['综窗工作情况', '窗口管理情况']);
    expect(screen.getByTestId('template-block-0')).toHaveValue('statistics');
  });

  it('asks for a metric group before sending a statistics block without one', async () => {
    const user = userEvent.setup();
    const fake = open();
    await screen.findByTestId('template-add');
    await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId('template-block-0'), 'statistics');
    await user.selectOptions(screen.getByTestId('template-group-0'), '');
    await user.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-error')).toHaveTextContent('第1部分选择了统计数据，请选择统计项目。');
    expect(fake.api['templates.save']).not.toHaveBeenCalled();
  });
});
