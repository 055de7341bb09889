// Raw cell values as Range.getValues() returns them ('' for empty, numbers, Date, booleans), as
// text: records keep some cells raw (Realisasi, Rating) so validation can show what was typed.

/** Text of a cell: trimmed; numbers as written by JS; dates as yyyy-mm-dd. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).trim();
}

export function isBlankCell(value: unknown): boolean {
  return cellText(value) === '';
}
