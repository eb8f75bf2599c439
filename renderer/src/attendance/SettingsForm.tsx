/** Settings of the generated sections: the threshold, the sentences, the order of departments. */
import { useEffect, useState } from 'react';
import type { AttendanceSettings } from '../../../shared/attendance/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';

export function SettingsForm() {
  const api = useApi();
  const [settings, setSettings] = useState<AttendanceSettings | null>(null);
  const [message, setMessage] = useState('');
  const status = useSaveStatus();
  useEffect(() => {
    void api['attendance.getSettings']({}).then((r) => (r.ok ? setSettings(r.value) : setMessage(r.error.message)));
  }, [api]);
  if (!settings) return <p role="status">{message}</p>;
  const set = (patch: Partial<AttendanceSettings>) => setSettings({ ...settings, ...patch });
  const save = async () => {
    status.saving();
    const result = await api['attendance.saveSettings']({ settings });
    if (result.ok) status.saved();
    else status.failed(result.error.message);
  };
  return (
    <div className="bd-attendance-settings">
      <label>
        累计请假天数达到{' '}
        <input type="number" min={1} max={31} value={settings.threshold} onChange={(e) => set({ threshold: Number(e.target.value) })} />{' '}
        天列出
      </label>
      <label>
        标题句（{'{n}'} 为天数） <input value={settings.heading} onChange={(e) => set({ heading: e.target.value })} />
      </label>
      <label>
        无人时 <input value={settings.none} onChange={(e) => set({ none: e.target.value })} />
      </label>
      <label>
        部门顺序
        <select value={settings.order} onChange={(e) => set({ order: e.target.value === 'entry' ? 'entry' : 'roster' })}>
          <option value="roster">按名册顺序</option>
          <option value="entry">按录入顺序</option>
        </select>
      </label>
      <label>
        无人进大厅时 <input value={settings.visitsNone} onChange={(e) => set({ visitsNone: e.target.value })} />
      </label>
      <button type="button" onClick={() => void save()}>
        保存设置
      </button>
      <SaveStatus state={status.state} />
    </div>
  );
}
