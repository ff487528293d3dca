/** The local calendar day of `time` as "YYYY-MM-DD". */
export function localDay(time: number | Date): string {
  const d = new Date(time);
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}
