/**
 * Plain SVG charts: each is an image with a summary in its accessible name, and the same numbers
 * in a table beside it, so no one needs the picture to read the figures.
 */

export interface Datum {
  label: string;
  value: number;
  /** A second figure drawn inside the bar (such as accepted within all offers). */
  part?: number;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

function summary(title: string, data: readonly Datum[], partName?: string): string {
  if (data.length === 0) return `${title}: no offers.`;
  const shown = data.slice(0, 12).map((d) => `${d.label} ${fmt(d.value)}${partName && d.part !== undefined ? ` (${fmt(d.part)} ${partName})` : ''}`);
  return `${title}: ${shown.join(', ')}${data.length > 12 ? `, and ${data.length - 12} more in the table` : ''}.`;
}

/** Horizontal bars, one per item, largest first as given. */
export function BarChart({ title, data, partName, testId }: { title: string; data: readonly Datum[]; partName?: string; testId?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowH = 28;
  const labelW = 0; // labels sit above each bar, so long names never clip
  const width = 600;
  const height = Math.max(1, data.length) * (rowH + 18);
  return (
    <svg class="chart" role="img" aria-label={summary(title, data, partName)} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMinYMin meet" data-testid={testId}>
      {data.map((d, i) => {
        const y = i * (rowH + 18);
        const w = ((width - 80 - labelW) * d.value) / max;
        const pw = d.part !== undefined ? ((width - 80 - labelW) * d.part) / max : 0;
        return (
          <g key={d.label} aria-hidden="true">
            <text x={0} y={y + 13} class="chart-label">
              {d.label}
            </text>
            <rect x={labelW} y={y + 17} width={Math.max(w, d.value ? 2 : 0)} height={rowH - 10} class="chart-bar" />
            {pw > 0 ? <rect x={labelW} y={y + 17} width={pw} height={rowH - 10} class="chart-bar chart-bar--part" /> : null}
            <text x={labelW + w + 6} y={y + 31} class="chart-value">
              {fmt(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns over time, oldest on the left. */
export function ColumnChart({ title, data, partName, testId }: { title: string; data: readonly Datum[]; partName?: string; testId?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const width = 600;
  const height = 200;
  const gap = 2;
  const colW = data.length ? Math.max(1, (width - gap * data.length) / data.length) : width;
  const first = data[0]?.label;
  const last = data[data.length - 1]?.label;
  return (
    <svg class="chart" role="img" aria-label={summary(title, data, partName)} viewBox={`0 0 ${width} ${height + 24}`} data-testid={testId}>
      <g aria-hidden="true">
        {data.map((d, i) => {
          const h = ((height - 16) * d.value) / max;
          const ph = d.part !== undefined ? ((height - 16) * d.part) / max : 0;
          const x = i * (colW + gap);
          return (
            <g key={d.label}>
              <rect x={x} y={height - h} width={colW} height={h} class="chart-bar" />
              {ph > 0 ? <rect x={x} y={height - ph} width={colW} height={ph} class="chart-bar chart-bar--part" /> : null}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={height} y2={height} class="chart-axis" />
        <text x={0} y={height + 18} class="chart-label">
          {first}
        </text>
        <text x={width} y={height + 18} class="chart-label" text-anchor="end">
          {last}
        </text>
        <text x={0} y={12} class="chart-value">
          Most: {fmt(max)}
        </text>
      </g>
    </svg>
  );
}

/** A table of figures with a caption, for every chart. */
export function FigureTable({ caption, head, rows, testId }: { caption: string; head: readonly string[]; rows: readonly (readonly (string | number)[])[]; testId?: string }) {
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" class={i ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])}>
            {r.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {c}
                </th>
              ) : (
                <td key={i} class="num">
                  {typeof c === 'number' ? fmt(c) : c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
