/**
 * "Open this issue at this block": the search view leaves the request here before it opens the issue;
 * the issue view takes it once its editor is ready. A module-level slot because opening goes through
 * App (ToolProps.openIssue), which knows nothing about blocks.
 */
let pending: { issueId: number; blockIndex: number } | null = null;

export function requestBlockFocus(issueId: number, blockIndex: number | null): void {
  pending = blockIndex === null ? null : { issueId, blockIndex };
}

/** The block to show for this issue, once (the request is used up). */
export function takeBlockFocus(issueId: number): number | null {
  if (!pending || pending.issueId !== issueId) return null;
  const { blockIndex } = pending;
  pending = null;
  return blockIndex;
}
