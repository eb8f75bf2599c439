/** 版式设置 of one series: its layout, its default 报尾 and which official faces this machine has. */
import { useState } from 'react';
import type { Series } from '../../../shared/issues/types';
import { FontStatus } from './FontStatus';
import { LayoutForm } from './LayoutForm';
import { Modal } from './Modal';
import { SeriesClosingForm } from './SeriesClosingForm';

type Tab = 'layout' | 'closing' | 'fonts';

const TABS: readonly { key: Tab; label: string }[] = [
  { key: 'layout', label: '版式' },
  { key: 'closing', label: '默认报尾' },
  { key: 'fonts', label: '字体' },
];

export interface LayoutSettingsDialogProps {
  series: Series;
  onSeriesUpdated: (series: Series) => void;
  onClose: () => void;
}

export function LayoutSettingsDialog({ series, onSeriesUpdated, onClose }: LayoutSettingsDialogProps) {
  const [tab, setTab] = useState<Tab>('layout');
  return (
    <Modal title={`版式设置 — ${series.title}`} testId="layout-settings" onClose={onClose}>
      <div className="bd-tabs" role="tablist" aria-label="设置项目">
        {TABS.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            aria-selected={tab === t.key}
            data-testid={`settings-tab-${t.key}`}
            onClick={() => setTab(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="bd-tab-panel">
        {tab === 'layout' && <LayoutForm series={series} onSaved={onSeriesUpdated} />}
        {tab === 'closing' && <SeriesClosingForm series={series} onSaved={onSeriesUpdated} />}
        {tab === 'fonts' && <FontStatus />}
      </div>
    </Modal>
  );
}
