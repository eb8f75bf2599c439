/**
 * 人员名册: departments in roster order and their people, searchable by characters or pinyin
 * initials; import a CSV/XLSX roster through a preview that lists bad rows and stores nothing until
 * confirmed; export the roster to XLSX.
 */
import { useState, type ChangeEvent } from 'react';
import type { RosterImportPreview } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { base64ToBytes } from '../common/base64';
import { saveBlob } from '../export/download';
import { DepartmentList } from './DepartmentList';
import { ImportPreview } from './ImportPreview';
import { PeopleTable } from './PeopleTable';
import { fileToBase64 } from '../common/fileToBase64';
import { useRoster } from './useRoster';
import './roster.css';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function RosterWorkbench() {
  const api = useApi();
  const roster = useRoster();
  const [selected, setSelected] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [preview, setPreview] = useState<RosterImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const base64 = await fileToBase64(file);
      const result = await roster.run(() => api['roster.previewImport']({ fileName: file.name, base64 }));
      setPreview(result);
    } catch {
      roster.setNotice(`无法读取“${file.name}”。`);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    const result = await roster.run(() => api['roster.commitImport']({ token: preview.token }));
    setBusy(false);
    if (result) {
      setPreview(null);
      const c = result.counts;
      roster.setNotice(
        `已导入“${result.fileName}”：新建部门 ${c.newDepartments} 个，新增人员 ${c.newPeople} 人，更新职务 ${c.updatedTitles} 人` +
          (c.bad > 0 ? `，跳过有问题的 ${c.bad} 行。` : '。'),
      );
    }
  };

  const exportXlsx = async () => {
    const result = await roster.run(() => api['roster.exportXlsx']({}));
    if (result) saveBlob(result.fileName, new Blob([base64ToBytes(result.base64)], { type: XLSX_MIME }));
  };

  return (
    <section className="bd-panel bd-roster" data-testid="roster-workbench" aria-labelledby="roster-title">
      <h1 id="roster-title">人员名册</h1>
      <div className="bd-roster-bar">
        <input
          type="search"
          data-testid="roster-search"
          aria-label="查找人员"
          placeholder="输入姓名或拼音首字母查找，如 ywh"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="bd-button">
          导入名册（CSV/XLSX）…
          <input
            type="file"
            accept=".csv,.xlsx"
            data-testid="roster-import-file"
            onChange={(e) => void onChoose(e)}
            hidden
            disabled={busy}
          />
        </label>
        <button type="button" onClick={() => void exportXlsx()}>
          导出 XLSX
        </button>
      </div>
      {roster.error && (
        <p role="alert" className="bd-error" data-testid="roster-error">
          {roster.error}
        </p>
      )}
      {roster.notice && (
        <p role="status" data-testid="roster-notice">
          {roster.notice}
        </p>
      )}
      {preview && <ImportPreview preview={preview} busy={busy} onConfirm={() => void confirm()} onCancel={() => setPreview(null)} />}
      <div className="bd-roster-main">
        <DepartmentList roster={roster} selected={selected} onSelect={setSelected} />
        <PeopleTable roster={roster} departmentId={selected} query={query} />
      </div>
    </section>
  );
}
