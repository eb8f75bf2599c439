/**
 * A refusal of a saved list as the clerk reads it. The service and the contract count the rows they
 * were sent (blank grid rows are not sent) and name fields by their keys (`entries.1.start`); the
 * grid shows its own row numbers and Chinese field names. This turns one into the other, so every
 * message names the row as the clerk counts it (第2行) and the field (开始日期).
 */

/** `rowNumbers[i]` is the grid's 1-based number of the i-th submitted row. */
export function refusalForGrid(
  message: string,
  listKey: string,
  rowNumbers: readonly number[],
  fieldNames: Readonly<Record<string, string>>,
): string {
  const gridRow = (submitted: number) => rowNumbers[submitted] ?? submitted + 1;
  const contractPath = new RegExp(`${listKey}\\.(\\d+)(?:\\.([A-Za-z]+))?：`, 'g');
  return message
    .replace(/^请求内容不正确：/, '')
    .replace(/第(\d+)行/g, (_, n: string) => `第${gridRow(Number(n) - 1)}行`)
    .replace(contractPath, (_, index: string, field?: string) => {
      const name = field ? (fieldNames[field] ?? '') : '';
      return `第${gridRow(Number(index))}行${name}：`;
    })
    .split('；')
    .join('\n');
}
