import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editable, Slate } from 'slate-react';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { paragraph, statistics, type StatisticsElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { GeneratedIssueContext } from '../../renderer/src/attendance/GeneratedContext';
import { createBriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { renderElement } from '../../renderer/src/editor/elements';
import { renderEditor } from './editorHarness';
import { realApi } from './realApi';
import { seedStatistics } from './realStatistics';

/**
 * The statistics block over main's statistics: 第8期 printed 今年以来 咨询12101人次、受理5544件, the issue
 * under test stores `figures` (第10期 with `gap`, so 第9期 is missing).
 */
async function setup(
  block: (groupId: number) => StatisticsElement,
  options: { gap?: boolean; figures?: [number | null, number | null] } = {},
) {
  const real = realApi();
  const seeded = await seedStatistics(real, options);
  const { issue, group } = seeded;
  const rendered = renderEditor(real.api, [paragraph('前'), block(group.id)], issue.id);
  const statisticsBlock = () => blocksOf(rendered.editor)[1] as StatisticsElement;
  /** What main answers for the issue now: its text and rows. */
  const stored = () => real.value('statistics.get', { issueId: issue.id, groupId: group.id });
  return {
    real,
    api: real.api,
    ...seeded,
    ...rendered,
    statisticsBlock,
    stored,
    ids: { value: (m: { id: number }) => `statistics-value-${m.id}` },
  };
}

const empty = (groupId: number) => statistics(groupId);

describe('statistics block', () => {
  it('loads the figures, shows the computed totals and warnings, and fills an empty block with the text', async () => {
    const { api, statisticsBlock, issue, group, consult, accept } = await setup(empty, { gap: true, figures: [null, 700] });
    await waitFor(() =>
      expect(statisticsBlock().lines).toEqual(['本周，共计咨询（未填）、受理700件。今年以来，累计咨询（未填）、受理6244件。']),
    );
    expect(api['statistics.get']).toHaveBeenCalledWith({ issueId: issue.id, groupId: group.id });
    expect(statisticsBlock().rows).toEqual([
      ['项目', '本周', '今年以来'],
      ['咨询（人次）', '（未填）', '（未填）'],
      ['受理（件）', '700', '6244'],
    ]);
    expect(screen.getByTestId('statistics-block')).toHaveTextContent('统计·省本级综窗办件情况');
    expect(screen.getByTestId(`statistics-value-${accept.id}`)).toHaveValue('700');
    expect(screen.getByTestId(`statistics-computed-${accept.id}`)).toHaveTextContent('6244');
    expect(screen.getByTestId(`statistics-computed-${consult.id}`)).toHaveTextContent('—');
    expect(screen.getByTestId('statistics-errors')).toHaveTextContent('2024年第9期缺失或未填写');
  });

  it('computes 今年以来 as the figure is typed, saves the figures and writes the answer’s text into the block', async () => {
    const { api, statisticsBlock, issue, group, consult, accept, stored } = await setup(empty);
    await screen.findByTestId(`statistics-value-${consult.id}`);
    await userEvent.type(screen.getByTestId(`statistics-value-${consult.id}`), '2046');
    expect(screen.getByTestId(`statistics-computed-${consult.id}`)).toHaveTextContent('14147');
    await userEvent.type(screen.getByTestId(`statistics-value-${accept.id}`), '705');
    await userEvent.type(screen.getByTestId(`statistics-total-${accept.id}`), '6300');
    await userEvent.click(screen.getByTestId('statistics-save'));
    const text = '本周，共计咨询2046人次、受理705件。今年以来，累计咨询14147人次、受理6300件。';
    await waitFor(() => expect(statisticsBlock().lines).toEqual([text]));
    expect(api['statistics.save']).toHaveBeenCalledWith({
      issueId: issue.id,
      groupId: group.id,
      figures: [
        { metricId: consult.id, value: 2046, total: null },
        { metricId: accept.id, value: 705, total: 6300 },
      ],
    });
    expect((await stored()).lines).toEqual([text]);
  });

  it('saves on Enter', async () => {
    const { api, consult, stored } = await setup(empty, { figures: [1, 1] });
    const input = await screen.findByTestId(`statistics-value-${consult.id}`);
    await userEvent.clear(input);
    await userEvent.type(input, '3{Enter}');
    await waitFor(() => expect(api['statistics.save']).toHaveBeenCalledTimes(1));
    expect(api['statistics.save'].mock.calls[0]![0].figures[0]).toEqual({ metricId: consult.id, value: 3, total: null });
    await waitFor(async () => expect((await stored()).figures[0]!.value).toBe(3));
  });

  it('does not save on the Enter that ends an input method composition', async () => {
    const { api, consult } = await setup(empty, { figures: [1, 1] });
    const input = await screen.findByTestId(`statistics-value-${consult.id}`);
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(api['statistics.save']).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(api['statistics.save']).toHaveBeenCalledTimes(1));
  });

  it('shows a refusal and keeps what was typed and the printed text', async () => {
    // 第8期's 12101 and this issue's 1 make 12102: main refuses a typed 今年以来 below that.
    const refusal = '今年以来累计咨询12000人次，低于本年各期之和12102人次，未保存。';
    const { statisticsBlock, consult, stored } = await setup(empty, { figures: [1, 1] });
    const printed = ['本周，共计咨询1人次、受理1件。今年以来，累计咨询12102人次、受理5545件。'];
    await waitFor(() => expect(statisticsBlock().lines).toEqual(printed));
    await userEvent.type(screen.getByTestId(`statistics-total-${consult.id}`), '12000');
    await userEvent.click(screen.getByTestId('statistics-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(screen.getByTestId(`statistics-total-${consult.id}`)).toHaveValue('12000');
    expect(statisticsBlock().lines).toEqual(printed);
    expect((await stored()).figures[0]!.typedTotal).toBeNull();
  });

  it('refuses a figure that is not a whole number before asking', async () => {
    const { api, accept } = await setup(empty, { figures: [1, 1] });
    await userEvent.type(await screen.findByTestId(`statistics-value-${accept.id}`), '.5');
    await userEvent.click(screen.getByTestId('statistics-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent('“受理”的数字应为整数。');
    expect(api['statistics.save']).not.toHaveBeenCalled();
  });

  it('keeps a past issue’s own wording of the same figures without saying 数据已变化', async () => {
    // As imported from Word: 次 for 人次, 累计 twice; the numbers are the ones the figures print.
    const wording = ['本周共计咨询1次，受理1件。今年以来累计咨询12102次，累计受理5545件。'];
    const imported = (groupId: number): StatisticsElement => ({ ...statistics(groupId), lines: wording, rows: [] });
    const { statisticsBlock, consult } = await setup(imported, { figures: [1, 1] });
    await screen.findByTestId(`statistics-value-${consult.id}`);
    expect(screen.queryByText('数据已变化')).toBeNull();
    expect(screen.queryByRole('button', { name: '更新' })).toBeNull();
    expect(statisticsBlock().lines).toEqual(wording);
  });

  it('keeps a stored text that differs from the figures, says 数据已变化, and 更新 applies it', async () => {
    const old = (groupId: number): StatisticsElement => ({ ...statistics(groupId), lines: ['旧的句子。'], rows: [['项目']] });
    const { statisticsBlock } = await setup(old, { figures: [1, 1] });
    expect(await screen.findByText('数据已变化')).toBeInTheDocument();
    expect(statisticsBlock().lines).toEqual(['旧的句子。']);
    await userEvent.click(screen.getByRole('button', { name: '更新' }));
    await waitFor(() =>
      expect(statisticsBlock().lines).toEqual(['本周，共计咨询1人次、受理1件。今年以来，累计咨询12102人次、受理5545件。']),
    );
    expect(screen.queryByText('数据已变化')).toBeNull();
  });

  it('switches to the table form, which prints the rows', async () => {
    const { statisticsBlock } = await setup(empty, { figures: [1, 2] });
    await waitFor(() => expect(statisticsBlock().rows.length).toBe(3));
    await userEvent.selectOptions(screen.getByTestId('statistics-form'), 'table');
    expect(statisticsBlock().form).toBe('table');
    expect(screen.getByTestId('statistics-printed').tagName).toBe('TABLE');
    expect(screen.getByTestId('statistics-printed')).toHaveTextContent('受理（件）');
  });

  it('in a read-only editor disables the inputs and applies nothing', async () => {
    const real = realApi();
    const { issue, group, consult } = await seedStatistics(real, { figures: [1, 2] });
    const editor = createBriefEditor();
    const block = statistics(group.id);
    render(
      <ApiProvider api={real.api}>
        <GeneratedIssueContext.Provider value={issue.id}>
          <Slate editor={editor} initialValue={[block]}>
            <Editable readOnly renderElement={renderElement} />
          </Slate>
        </GeneratedIssueContext.Provider>
      </ApiProvider>,
    );
    const input = await screen.findByTestId(`statistics-value-${consult.id}`);
    expect(input).toBeDisabled();
    expect(screen.getByTestId(`statistics-total-${consult.id}`)).toBeDisabled();
    expect(screen.getByTestId('statistics-form')).toBeDisabled();
    expect(screen.queryByTestId('statistics-save')).toBeNull();
    expect(blocksOf(editor)[0]).toEqual(block);
  });

  it('is inserted from the toolbar with a group of the issue’s series', async () => {
    const real = realApi();
    const { issue, group, weekly } = await seedStatistics(real);
    const { editor } = renderEditor(real.api, [paragraph('正文')], issue.id);
    // Nothing is asked for until the menu opens.
    expect(real.api['issues.get']).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('insert-statistics'));
    await userEvent.click(await screen.findByRole('menuitem', { name: '省本级综窗办件情况' }));
    await waitFor(() => expect(blocksOf(editor)[1]).toMatchObject({ type: 'statistics', groupId: group.id, form: 'sentence' }));
    expect(real.api['statistics.groups']).toHaveBeenCalledWith({ seriesId: weekly.id });
  });
});
