import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor, Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput, ExportedFile, PrintHtml } from '../../shared/contract/channels';
import { ok, type Result } from '../../shared/contract/result';
import { paragraph, picture, type BlockElement } from '../../shared/document/types';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { base64ToBytes } from '../../renderer/src/common/base64';
import { MIME_TYPES, saveBlob } from '../../renderer/src/export/download';
import { printInFrame } from '../../renderer/src/export/printFrame';
import { measureInFrame } from '../../renderer/src/preview/measureInFrame';
import { IssueView } from '../../renderer/src/issues/IssueView';
import type { PdfRenderer } from '../../electron/services/handlers';
import { fakeEnvironment, FLOW_HTML, MEASURED, pagedHtml, renderWith, type FakeEnvironment } from './previewHarness';
import { realApi, type RealApi, type SpiedApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';
import { makeJpeg } from '../fixtures/pictures';

const DOCX_BYTES = [0x50, 0x4b, 0x03, 0x04, 0xff, 0x00];
const PDF_BYTES = [...'%PDF-1.7'].map((c) => c.charCodeAt(0));
const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

/**
 * Chromium draws the PDF in the host: stood in for by a renderer answering these bytes. It asks the
 * job for each picture's bytes, as drawing the pages does, so a missing one is noticed as it would be.
 */
const pdfRenderer: PdfRenderer = {
  renderPdf: async (job) => {
    for (const block of job.issue.blocks) if (block.picture) job.pictures?.get(block.picture.pictureId);
    return new Uint8Array(PDF_BYTES);
  },
};

interface Exporting {
  real: RealApi;
  api: SpiedApi;
  id: number;
}

/**
 * Main's services (DOCX made by main, PDF by the stand-in renderer unless `pdf` is false) with
 * 2024年第7期 of the weekly. jsdom lays nothing out: the print HTML is answered here.
 */
async function exportApi(pdf = true, blocks: BlockElement[] = [paragraph('本周')]): Promise<Exporting> {
  const real = realApi(pdf ? { info: { pdf: pdfRenderer } } : {});
  await seedWeekly(real);
  const { id } = await addIssue(real, weekMeta(7), blocks);
  real.api['export.printHtml'].mockImplementation(async (input: ChannelInput<'export.printHtml'>) =>
    ok<PrintHtml>({ html: input.measurement ? pagedHtml(2, `打印稿-${input.mode}`) : FLOW_HTML }),
  );
  return { real, api: real.api, id };
}

/** The issue view with a change typed but not yet saved (the autosave waits half a second). */
async function renderIssueWithPendingEdit({ real, api, id }: Exporting, env: FakeEnvironment) {
  let editor: BriefEditor | null = null;
  const [issue, weekly] = [await real.value('issues.get', { id }), await real.value('series.get', { id: 1 })];
  renderWith(
    api,
    env,
    <IssueView issue={issue} series={weekly} onUpdated={() => {}} onFlushReady={() => {}} onEditorReady={(e) => (editor = e)} />,
  );
  await act(async () => {
    Transforms.select(editor!, Editor.end(editor!, []));
    editor!.insertText('共计咨询2230人次');
  });
  expect(api['issues.saveDocument']).not.toHaveBeenCalled();
}

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

describe('export buttons', () => {
  it('导出 Word saves the pending edit first, then downloads the service’s DOCX under its file name', async () => {
    const exporting = await exportApi();
    const { api, id } = exporting;
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-docx'));
    await waitFor(() => expect(env.save).toHaveBeenCalledTimes(1));
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1);
    expect(api['issues.saveDocument'].mock.calls[0]![0].document.blocks[0]!.children[0]!.text).toBe('本周共计咨询2230人次');
    expect(api['issues.saveDocument'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.docx'].mock.invocationCallOrder[0]!);
    expect(api['export.docx']).toHaveBeenCalledWith({ id });
    const [fileName, blob] = env.save.mock.calls[0]!;
    expect(fileName).toBe('窗口工作周报2024年第7期.docx');
    expect(blob.type).toBe(MIME_TYPES.docx);
    // Main's DOCX: a ZIP archive (PK\x03\x04), byte for byte what main answered.
    const bytes = await bytesOf(blob);
    expect(bytes.slice(0, 4)).toEqual(DOCX_BYTES.slice(0, 4));
    const answer = await api['export.docx'].mock.results[0]!.value;
    expect(answer.ok && answer.value.base64).toBe(b64(bytes));
    // Every picture was there (there was none): nothing to warn of.
    expect(screen.queryByTestId('export-warning')).toBeNull();
  });

  it('导出 PDF saves the pending edit first, then downloads the PDF', async () => {
    const exporting = await exportApi();
    const { api } = exporting;
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-pdf'));
    await waitFor(() => expect(env.save).toHaveBeenCalledTimes(1));
    expect(api['issues.saveDocument'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.pdf'].mock.invocationCallOrder[0]!);
    const [fileName, blob] = env.save.mock.calls[0]!;
    expect(fileName).toBe('窗口工作周报2024年第7期.pdf');
    expect(blob.type).toBe('application/pdf');
    expect(await bytesOf(blob)).toEqual(PDF_BYTES);
  });

  it('打印 saves first, then prints the paginated print rendering (mode print, measured)', async () => {
    const exporting = await exportApi();
    const { api, id } = exporting;
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('print'));
    await waitFor(() => expect(env.print).toHaveBeenCalledTimes(1));
    expect(api['export.printHtml'].mock.calls.map(([input]) => input)).toEqual([
      { id, mode: 'print' },
      { id, mode: 'print', measurement: MEASURED },
    ]);
    expect(env.measure).toHaveBeenCalledWith(FLOW_HTML);
    expect(env.print).toHaveBeenCalledWith(pagedHtml(2, '打印稿-print'));
    expect(api['issues.saveDocument'].mock.invocationCallOrder[0]!).toBeLessThan(api['export.printHtml'].mock.invocationCallOrder[0]!);
  });

  it('exports nothing when the pending edit cannot be saved, and says so', async () => {
    const exporting = await exportApi();
    const { api } = exporting;
    // A full disk is stood in for.
    api['issues.saveDocument'].mockResolvedValue({ ok: false, error: { code: 'DB_ERROR', message: '磁盘空间已满' } });
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-docx'));
    const alert = await screen.findByTestId('export-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('尚未保存成功');
    expect(api['export.docx']).not.toHaveBeenCalled();
    expect(env.save).not.toHaveBeenCalled();
  });

  it('shows the service’s refusal in Chinese and saves no file', async () => {
    // A host without a PDF renderer: main refuses in its own words.
    const exporting = await exportApi(false);
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-pdf'));
    expect(await screen.findByTestId('export-error')).toHaveTextContent('导出 PDF 失败：当前运行方式无法生成 PDF');
    expect(env.save).not.toHaveBeenCalled();
    // The buttons are usable again.
    expect(screen.getByTestId('export-pdf')).toBeEnabled();
  });

  it('disables the buttons while an export is under way', async () => {
    const exporting = await exportApi();
    const { api } = exporting;
    let finish: (value: Result<ExportedFile>) => void = () => {};
    api['export.docx'].mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-docx'));
    await waitFor(() => expect(api['export.docx']).toHaveBeenCalled());
    expect(screen.getByTestId('export-pdf')).toBeDisabled();
    expect(screen.getByTestId('print')).toBeDisabled();
    await act(async () => finish(ok({ fileName: 'a.docx', base64: b64(DOCX_BYTES) })));
    expect(screen.getByTestId('export-pdf')).toBeEnabled();
  });
});

describe('a file saved with a picture missing', () => {
  // The block names a picture this database does not hold (pasted from another one, or its row lost).
  const photo = makeJpeg(40, 30);

  for (const job of ['docx', 'pdf'] as const) {
    it(`导出 ${job === 'docx' ? 'Word' : 'PDF'} saves the file, then says which pictures print as 图片缺失`, async () => {
      const exporting = await exportApi(true, [paragraph('本周'), picture(photo.id, 40, 30, '图为窗口')]);
      const env = fakeEnvironment();
      await renderIssueWithPendingEdit(exporting, env);
      await userEvent.click(screen.getByTestId(`export-${job}`));
      const notice = await screen.findByTestId('export-warning');
      expect(env.save).toHaveBeenCalledTimes(1);
      expect(notice).toHaveAttribute('role', 'status');
      expect(notice).toHaveTextContent(`已保存 窗口工作周报2024年第7期.${job}`);
      expect(notice).toHaveTextContent('有 1 张图片在数据库中找不到，已在文件中以“图片缺失”方框代替');
      expect(screen.queryByTestId('export-error')).toBeNull();
    });
  }

  it('clears the notice on the next run, which finds the picture stored again', async () => {
    const exporting = await exportApi(true, [paragraph('本周'), picture(photo.id, 40, 30)]);
    const env = fakeEnvironment();
    await renderIssueWithPendingEdit(exporting, env);
    await userEvent.click(screen.getByTestId('export-docx'));
    await screen.findByTestId('export-warning');
    // The clerk inserts the same photo again: it is stored under the same id.
    await exporting.real.value('pictures.add', { fileName: '窗口.jpg', base64: photo.bytes.toString('base64') });
    await userEvent.click(screen.getByTestId('export-docx'));
    await waitFor(() => expect(env.save).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('export-warning')).toBeNull();
  });
});

describe('saving a file through a download', () => {
  let created: Blob[];
  beforeEach(() => {
    created = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:briefdesk/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('clicks an <a download> with the file name and the blob’s URL, then removes it', () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const blob = new Blob([new Uint8Array(DOCX_BYTES)], { type: MIME_TYPES.docx });
    saveBlob('窗口工作周报2024年第7期.docx', blob);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('窗口工作周报2024年第7期.docx');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:briefdesk/1');
    expect(created).toEqual([blob]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('decodes the contract’s base64 to the file’s bytes', () => {
    expect([...base64ToBytes(b64(PDF_BYTES))]).toEqual(PDF_BYTES);
    expect([...base64ToBytes(b64([0, 255, 128]))]).toEqual([0, 255, 128]);
  });
});

describe('printing from a hidden frame', () => {
  it('loads the print document into a sandboxed frame without scripts and prints that frame', async () => {
    const printed: HTMLIFrameElement[] = [];
    // Catch the frame as it is added, before it loads, to watch its print().
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node instanceof HTMLIFrameElement) {
          vi.spyOn(node.contentWindow!, 'print').mockImplementation(() => printed.push(node));
        }
      }
    });
    observer.observe(document.body, { childList: true });
    await printInFrame(pagedHtml(1, '打印稿'));
    observer.disconnect();
    expect(printed).toHaveLength(1);
    const frame = printed[0]!;
    expect(frame.getAttribute('srcdoc')).toBe(pagedHtml(1, '打印稿'));
    const sandbox = frame.getAttribute('sandbox')!.split(' ');
    expect(sandbox.sort()).toEqual(['allow-modals', 'allow-same-origin']);
    expect(sandbox).not.toContain('allow-scripts');
    frame.remove();
  });
});

describe('measuring in a hidden frame', () => {
  it('measures the flow document in a same-origin frame without scripts, and removes the frame afterwards', async () => {
    const frames: HTMLIFrameElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) if (node instanceof HTMLIFrameElement) frames.push(node);
    });
    observer.observe(document.body, { childList: true });
    // jsdom does not load srcdoc documents: the measuring function finds no flow and says so.
    await expect(measureInFrame(FLOW_HTML)).rejects.toThrow(/data-line-pitch-px/);
    observer.disconnect();
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('sandbox')).toBe('allow-same-origin');
    expect(frames[0]!.getAttribute('srcdoc')).toBe(FLOW_HTML);
    expect(frames[0]!.style.width).toBe('210mm');
    expect(document.querySelector('iframe')).toBeNull();
  });
});
