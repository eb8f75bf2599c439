import { ConfirmDialog } from '../common/ConfirmDialog';

/**
 * The date question (shared/issues/dateQuestions.ts) put to the clerk before an imported issue is
 * saved, in one wording for the 导入往期 review and the start page's rows that wait to be filled in.
 */
export function ImportDateQuestion({ message, onConfirm, onCancel }: { message: string; onConfirm(): void; onCancel(): void }) {
  return (
    <ConfirmDialog
      title="请确认日期"
      message={`${message}\n确认这些日期无误并导入吗？`}
      confirmLabel="确认并导入"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
