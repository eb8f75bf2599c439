import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editable, Slate } from 'slate-react';
import { describe, expect, it } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import { blocksOf } from '../../shared/document/commands';
import { paragraph, statistics, type StatisticsElement } from '../../shared/document/types';
import type { StatisticsView } from '../../shared/statistics/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { GeneratedIssueContext } from '../../renderer/src/attendance/GeneratedContext';
import { createBriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { renderElement } from '../../renderer/src/editor/elements';
import { renderEditor } from './editorHarness';
import { twoMetricGroup } from '../fixtures/metricGroups';
import { fakeApi, issue, ok } from './fakeApi';

const GROUP = twoMetricGroup(5, 1, [51, 52]);

/** A view as statistics.get/save answer: previous totals 12101 and 5544. */
function view(values: [number | null, number | null], typed: [number | null, number | null] = [null, null]): StatisticsView {
  const previous = [12101, 5544];
  const figures = GROUP.metrics.map((metric, i) => {
    const value = values[i] ?? null;
    const computedTotal = value === null ? null : value + previous[i]!;
    return { metric, value, typedTotal: typed[i] ?? null, computedTotal, total: typed[i] ?? computedTotal, previousTotal: previous[i]! };
  });
  const fig = (n: number | null, unit: string) => (n === null ? '（未填）' : `${n}${unit}`);
  const lines = [
    `本周，共计咨询${fig(figures[0]!.value, '人次')}、受理${fig(figures[1]!.value, '件')}。今年以来，累计咨询${fig(figures[0]!.total, '人次')}、受理${fig(figures[1]!.total, '件')}。`,
  ];
  const rows = [['项目', '本周', '今年以来'], ...figures.map((f) => [`${f.metric.label}（${f.metric.unit}）`, String(f.value ?? '（未填）'), String(f.total ?? '（未填）')])];
  return { issueId: 7, group: GROUP, figures, errors: values[0] === null ? ['2024年第9期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含该期。'] : [], warnings: [], lines, rows };
}

function setup(block: StatisticsElement, answer: StatisticsView, save?: BriefDeskApi['statistics.save']) {
  const api = fakeApi({
    'statistics.get': async () => ok(answer),
    'statistics.save': save ?? (async ({ figures }) => ok(view([figures[0]!.value, figures[1]!.value], [figures[0]!.total, figures[1]!.total]))),
    'issues.saveDocument': async () => ok({ revision: 2, updatedAt: '2024-07-01T08:00:00.000Z' }),
  });
  const rendered = renderEditor(api, [paragraph('前'), block], 7);
  const statisticsBlock = () => blocksOf(rendered.editor)[1] as StatisticsElement;
  return { api, ...rendered, statisticsBlock };
}

describe('statistics block', () => {
  it('loads the figures, shows the computed totals and warnings, and fills an empty block with the text', async () => {
    const { api, statisticsBlock } = setup(statistics(5), view([null, 700]));
    await waitFor(() => expect(statisticsBlock().lines).toEqual(view([null, 700]).lines));
    expect(api['statistics.get']).toHaveBeenCalledWith({ issueId: 7, groupId: 5 });
    expect(statisticsBlock().rows).toEqual(view([null, 700]).rows);
    expect(screen.getByTestId('statistics-block')).toHaveTextContent('统计·省本级综窗办件情况');
    expect(screen.getByTestId('statistics-value-52')).toHaveValue('700');
    expect(screen.getByTestId('statistics-computed-52')).toHaveTextContent('6244');
    expect(screen.getByTestId('statistics-computed-51')).toHaveTextContent('—');
    expect(screen.getByTestId('statistics-errors')).toHaveTextContent('2024年第9期缺失或未填写');
  });

  it('computes 今年以来 as the figure is typed, saves the figures and writes the answer’s text into the block', async () => {
    const { api, statisticsBlock } = setup(statistics(5), view([null, null]));
    await screen.findByTestId('statistics-value-51');
    await userEvent.type(screen.getByTestId('statistics-value-51'), '2046');
    expect(screen.getByTestId('statistics-computed-51')).toHaveTextContent('14147');
    await userEvent.type(screen.getByTestId('statistics-value-52'), '705');
    await userEvent.type(screen.getByTestId('statistics-total-52'), '6300');
    await userEvent.click(screen.getByTestId('statistics-save'));
    await waitFor(() => expect(statisticsBlock().lines).toEqual(view([2046, 705], [null, 6300]).lines));
    expect(api['statistics.save']).toHaveBeenCalledWith({
      issueId: 7,
      groupId: 5,
      figures: [
        { metricId: 51, value: 2046, total: null },
        { metricId: 52, value: 705, total: 6300 },
      ],
    });
    expect(statisticsBlock().lines[0]).toBe('本周，共计咨询2046人次、受理705件。今年以来，累计咨询14147人次、受理6300件。');
  });

  it('saves on Enter', async () => {
    const { api } = setup(statistics(5), view([1, 1]));
    const input = await screen.findByTestId('statistics-value-51');
    await userEvent.clear(input);
    await userEvent.type(input, '3{Enter}');
    await waitFor(() => expect(api['statistics.save']).toHaveBeenCalledTimes(1));
    expect(api['statistics.save'].mock.calls[0]![0].figures[0]).toEqual({ metricId: 51, value: 3, total: null });
  });

  it('does not save on the Enter that ends an input method composition', async () => {
    const { api } = setup(statistics(5), view([1, 1]));
    const input = await screen.findByTestId('statistics-value-51');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(api['statistics.save']).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(api['statistics.save']).toHaveBeenCalledTimes(1));
  });

  it('shows a refusal and keeps what was typed and the printed text', async () => {
    const refusal = '今年以来累计咨询12000人次，低于本年各期之和12500人次，未保存。';
    const { statisticsBlock } = setup(statistics(5), view([1, 1]), async () => ({ ok: false, error: { code: 'INVALID_INPUT', message: refusal } }));
    await waitFor(() => expect(statisticsBlock().lines).toEqual(view([1, 1]).lines));
    await userEvent.type(screen.getByTestId('statistics-total-51'), '12000');
    await userEvent.click(screen.getByTestId('statistics-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(screen.getByTestId('statistics-total-51')).toHaveValue('12000');
    expect(statisticsBlock().lines).toEqual(view([1, 1]).lines);
  });

  it('refuses a figure that is not a whole number before asking', async () => {
    const { api } = setup(statistics(5), view([1, 1]));
    await userEvent.type(await screen.findByTestId('statistics-value-52'), '.5');
    await userEvent.click(screen.getByTestId('statistics-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent('“受理”的数字应为整数。');
    expect(api['statistics.save']).not.toHaveBeenCalled();
  });

  it('keeps a stored text that differs from the figures, says 数据已变化, and 更新 applies it', async () => {
    const old: StatisticsElement = { ...statistics(5), lines: ['旧的句子。'], rows: [['项目']] };
    const { statisticsBlock } = setup(old, view([1, 1]));
    expect(await screen.findByText('数据已变化')).toBeInTheDocument();
    expect(statisticsBlock().lines).toEqual(['旧的句子。']);
    await userEvent.click(screen.getByRole('button', { name: '更新' }));
    await waitFor(() => expect(statisticsBlock().lines).toEqual(view([1, 1]).lines));
    expect(screen.queryByText('数据已变化')).toBeNull();
  });

  it('switches to the table form, which prints the rows', async () => {
    const { statisticsBlock } = setup(statistics(5), view([1, 2]));
    await waitFor(() => expect(statisticsBlock().rows.length).toBe(3));
    await userEvent.selectOptions(screen.getByTestId('statistics-form'), 'table');
    expect(statisticsBlock().form).toBe('table');
    expect(screen.getByTestId('statistics-printed').tagName).toBe('TABLE');
    expect(screen.getByTestId('statistics-printed')).toHaveTextContent('受理（件）');
  });

  it('in a read-only editor disables the inputs and applies nothing', async () => {
    const api = fakeApi({ 'statistics.get': async () => ok(view([1, 2])) });
    const editor = createBriefEditor();
    const empty = statistics(5);
    render(
      <ApiProvider api={api}>
        <GeneratedIssueContext.Provider value={7}>
          <Slate editor={editor} initialValue={[empty]}>
            <Editable readOnly renderElement={renderElement} />
          </Slate>
        </GeneratedIssueContext.Provider>
      </ApiProvider>,
    );
    const input = await screen.findByTestId('statistics-value-51');
    expect(input).toBeDisabled();
    expect(screen.getByTestId('statistics-total-51')).toBeDisabled();
    expect(screen.getByTestId('statistics-form')).toBeDisabled();
    expect(screen.queryByTestId('statistics-save')).toBeNull();
    expect(blocksOf(editor)[0]).toEqual(empty);
  });

  it('is inserted from the toolbar with a group of the issue’s series', async () => {
    const api = fakeApi({
      'issues.get': async () => ok(issue(7)),
      'statistics.groups': async () => ok([GROUP]),
      'statistics.get': async () => ok(view([null, null])),
    });
    const { editor } = renderEditor(api, [paragraph('正文')], 7);
    // Nothing is asked for until the menu opens.
    expect(api['issues.get']).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('insert-statistics'));
    await userEvent.click(await screen.findByRole('menuitem', { name: '省本级综窗办件情况' }));
    await waitFor(() => expect(blocksOf(editor)[1]).toMatchObject({ type: 'statistics', groupId: 5, form: 'sentence' }));
    expect(api['statistics.groups']).toHaveBeenCalledWith({ seriesId: 1 });
  });
});
