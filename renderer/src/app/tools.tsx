/**
 * The workbenches beside the issues (人员名册, 检索, 导入, …): each is one entry here, with a sidebar
 * button and a view in the main area. A feature adds its entry to TOOLS and App needs no change.
 */
import type { ReactNode } from 'react';
import type { Series } from '../../../shared/issues/types';
import { BackupView } from '../archive/BackupView';
import { SearchView } from '../archive/SearchView';
import { RosterWorkbench } from '../roster/RosterWorkbench';
import { ImportWorkbench } from '../import/ImportWorkbench';
import { AttendanceWorkbench } from '../attendance/AttendanceWorkbench';
import { SeriesWorkbench } from '../series/SeriesWorkbench';
import { HelpView } from '../help/HelpView';

export interface ToolProps {
  /** The series chosen in the sidebar (null while none exists). */
  series: Series | null;
  seriesList: Series[];
  /** Opens an issue in the editor (saving the open one first). */
  openIssue: (issueId: number) => void;
  /** Reloads the series and the chosen series' issue list after a tool changed them. */
  refresh: () => void;
}

export interface Tool {
  /** Stable id; the sidebar button gets data-testid="open-tool-<id>". */
  id: string;
  label: string;
  render: (props: ToolProps) => ReactNode;
}

export const TOOLS: Tool[] = [
  { id: 'search', label: '检索', render: (props) => <SearchView {...props} /> },
  { id: 'backups', label: '备份', render: (props) => <BackupView refresh={props.refresh} /> },
  { id: 'roster', label: '人员名册', render: () => <RosterWorkbench /> },
  { id: 'attendance', label: '考勤与进大厅', render: (props) => <AttendanceWorkbench {...props} /> },
  { id: 'import', label: '导入往期', render: (props) => <ImportWorkbench {...props} /> },
  { id: 'series', label: '简报系列', render: (props) => <SeriesWorkbench {...props} /> },
  { id: 'help', label: '关于与帮助', render: () => <HelpView /> },
];

/**
 * A tool's view as an element of App: its callbacks (openIssue reads App's flush ref) are then props
 * of a child, not arguments of a function App calls while it renders.
 */
export function ToolView({ tool, ...props }: ToolProps & { tool: Tool }) {
  return tool.render(props);
}
