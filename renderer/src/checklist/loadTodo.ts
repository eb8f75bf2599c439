/** 本期待办 for the renderer: the service's facts of the issue, then the pure computation over the body. */
import { issueTodo, type TodoInput } from '../../../shared/checklist/issueTodo';
import type { TodoFacts, TodoItem } from '../../../shared/checklist/types';
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { BlockElement } from '../../../shared/document/types';

/** What the issue view adds to the records: open 校对 findings (once 校对 exists) and the preview. */
export type TodoExtras = Pick<TodoInput, 'proofFindings' | 'previewSeen'>;

export interface LoadedTodo {
  items: TodoItem[];
  facts: TodoFacts;
}

/** The checklist, or the service's refusal as a Chinese message. */
export async function loadTodo(
  api: Pick<BriefDeskApi, 'issues.todoFacts'>,
  issueId: number,
  blocks: readonly BlockElement[],
  extras: TodoExtras,
): Promise<LoadedTodo | string> {
  const result = await api['issues.todoFacts']({ issueId });
  if (!result.ok) return result.error.message;
  return { items: issueTodo({ blocks, facts: result.value, ...extras }), facts: result.value };
}
