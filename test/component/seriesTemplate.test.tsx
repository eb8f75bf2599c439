/** 章节模板: add, number labels as printed, reorder, block choices, the save payload, a refusal kept. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HALL_CHECKS } from '../../shared/templates/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { TemplateEditor } from '../../renderer/src/series/TemplateEditor';
import { realApi, type RealApi } from './realApi';
import { WEEKLY_ID } from './realSeed';

/** The fresh database's weekly series with its two metric groups (migration 006). */
async function open(seed: (real: RealApi) => Promise<unknown> = async () => {}) {
  const real = realApi();
  await seed(real);
  const [byPeriod, cumulative] = await real.value('statistics.groups', { seriesId: WEEKLY_ID });
  render(
    <ApiProvider api={real.api}>
      <TemplateEditor seriesId={WEEKLY_ID} />
    </ApiProvider>,
  );
  return { real, byPeriod: byPeriod!, cumulative: cumulative! };
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
    await open();
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
    const { real, byPeriod, cumulative } = await open();
    await screen.findByTestId('template-add');
    const stats = await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId(`template-block-${stats}`), 'statistics');
    expect(screen.getByTestId(`template-group-${stats}`)).toHaveValue(String(byPeriod.id));
    await user.selectOptions(screen.getByTestId(`template-group-${stats}`), String(cumulative.id));
    await user.selectOptions(screen.getByTestId(`template-form-${stats}`), 'table');

    const attendance = await addSection(user, '考勤情况', '2');
    await user.selectOptions(screen.getByTestId(`template-block-${attendance}`), 'attendance');

    const hall = await addSection(user, '大厅巡查情况');
    await user.selectOptions(screen.getByTestId(`template-block-${hall}`), 'hallInspection');
    const checks = screen.getByTestId(`template-checks-${hall}`);
    expect(
      within(checks)
        .getAllByTestId(/^template-check-label-/)
        .map((el) => (el as HTMLInputElement).value),
    ).toEqual(DEFAULT_HALL_CHECKS.map((c) => c.label));
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
    const sections = [
      {
        level: 1,
        title: '综窗工作情况',
        defaultText: '',
        keepText: false,
        block: { kind: 'statistics', groupId: cumulative.id, form: 'table' },
      },
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
    ];
    expect(real.api['templates.save']).toHaveBeenCalledWith({ seriesId: WEEKLY_ID, sections });
    // What main stored is what was sent.
    expect(await real.value('templates.get', { seriesId: WEEKLY_ID })).toEqual(sections);
  });

  it('loads the stored template', async () => {
    const { byPeriod } = await open(async (real) => {
      const [group] = await real.value('statistics.groups', { seriesId: WEEKLY_ID });
      await real.value('templates.save', {
        seriesId: WEEKLY_ID,
        sections: [
          {
            level: 1,
            title: '综窗工作情况',
            defaultText: '',
            keepText: false,
            block: { kind: 'statistics', groupId: group!.id, form: 'sentence' },
          },
          { level: 1, title: '其他工作', defaultText: '一段。', keepText: true, block: null },
        ],
      });
    });
    await waitFor(() => expect(titles()).toEqual(['综窗工作情况', '其他工作']));
    expect(screen.getByTestId('template-block-0')).toHaveValue('statistics');
    expect(screen.getByTestId('template-group-0')).toHaveValue(String(byPeriod.id));
    expect(screen.getByTestId('template-form-0')).toHaveValue('sentence');
    expect(screen.getByTestId('template-keep-1')).toBeChecked();
    expect(screen.getByTestId('template-text-1')).toHaveValue('一段。');
  });

  it('shows a refusal as it comes and keeps the rows as typed', async () => {
    const user = userEvent.setup();
    const { real, byPeriod, cumulative } = await open();
    const message = '第1部分“综窗工作情况”的统计数据不是本系列的统计项目（可能已被删除）。请重新选择统计项目。';
    await screen.findByTestId('template-add');
    await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId('template-block-0'), 'statistics');
    expect(screen.getByTestId('template-group-0')).toHaveValue(String(byPeriod.id));
    await addSection(user, '窗口管理情况');
    // Meanwhile the chosen group is deleted (as from the 统计指标 tab): main refuses the template.
    const { id, name, mode, lead, metrics } = cumulative;
    await real.value('statistics.saveGroups', { seriesId: WEEKLY_ID, groups: [{ id, name, mode, lead, metrics }] });
    await user.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-error')).toHaveTextContent(message);
    expect(titles()).toEqual(['综窗工作情况', '窗口管理情况']);
    expect(screen.getByTestId('template-block-0')).toHaveValue('statistics');
    expect(await real.value('templates.get', { seriesId: WEEKLY_ID })).toEqual([]);
  });

  it('asks for a metric group before sending a statistics block without one', async () => {
    const user = userEvent.setup();
    const { real } = await open();
    await screen.findByTestId('template-add');
    await addSection(user, '综窗工作情况');
    await user.selectOptions(screen.getByTestId('template-block-0'), 'statistics');
    await user.selectOptions(screen.getByTestId('template-group-0'), '');
    await user.click(screen.getByTestId('template-save'));
    expect(await screen.findByTestId('template-error')).toHaveTextContent('第1部分选择了统计数据，请选择统计项目。');
    expect(real.api['templates.save']).not.toHaveBeenCalled();
  });
});
