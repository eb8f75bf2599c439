/** A version diff, block by block: added (ins), removed (del), changed with the changed characters marked. */
import type { BlockDiff } from '../../../shared/archive/types';

const KIND_TEXT = { same: '未改动', added: '新增', removed: '删除', changed: '修改' } as const;

function Block({ block }: { block: BlockDiff }) {
  const label = <span className="bd-diff-kind">{KIND_TEXT[block.kind]}</span>;
  switch (block.kind) {
    case 'same':
      return <p className="bd-diff-same">{block.text}</p>;
    case 'added':
      return (
        <p className="bd-diff-added" data-kind="added">
          {label}
          <ins>{block.text}</ins>
        </p>
      );
    case 'removed':
      return (
        <p className="bd-diff-removed" data-kind="removed">
          {label}
          <del>{block.text}</del>
        </p>
      );
    case 'changed':
      return (
        <p className="bd-diff-changed" data-kind="changed">
          {label}
          {block.segments.map((s, i) =>
            s.kind === 'same' ? (
              <span key={i}>{s.text}</span>
            ) : s.kind === 'added' ? (
              <ins key={i}>{s.text}</ins>
            ) : (
              <del key={i}>{s.text}</del>
            ),
          )}
        </p>
      );
  }
}

export function DiffView({ blocks }: { blocks: BlockDiff[] }) {
  if (blocks.every((b) => b.kind === 'same')) return <p className="bd-empty">这个版本与现在的正文相同。</p>;
  return (
    <div className="bd-diff" data-testid="version-diff">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
