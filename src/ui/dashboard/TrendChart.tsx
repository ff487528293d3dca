/**
 * A line chart of shares (0 to 100%) over periods: one line per series, each with its own dash
 * pattern and marker shape as well as its colour, so it reads in grey print and without colour. It
 * is an image whose accessible name summarises it; the same numbers are in the table beside it.
 */

export interface Line {
  name: string;
  /** One share (0 to 1) per period, or null where there were no offers. */
  values: (number | null)[];
  /** Marker and dash: 'circle' solid, 'square' dashed, 'triangle' dotted. */
  mark: 'circle' | 'square' | 'triangle';
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const DASH = { circle: undefined, square: '8 4', triangle: '2 4' } as const;

function describe(title: string, labels: readonly string[], lines: readonly Line[]): string {
  const known = (l: Line) => l.values.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => x[0] !== null);
  const parts = lines.map((l) => {
    const k = known(l);
    if (k.length === 0) return `${l.name}: no offers`;
    const [fv, fi] = k[0]!;
    const [lv, li] = k[k.length - 1]!;
    return k.length === 1 ? `${l.name} ${pct(fv)} in ${labels[fi]}` : `${l.name} from ${pct(fv)} in ${labels[fi]} to ${pct(lv)} in ${labels[li]}`;
  });
  return `${title}: ${parts.join('; ')}.`;
}

function Marker({ mark, x, y }: { mark: Line['mark']; x: number; y: number }) {
  if (mark === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  if (mark === 'triangle') return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
  return <circle cx={x} cy={y} r={4} />;
}

export function ShareLineChart({ title, labels, lines, testId }: { title: string; labels: readonly string[]; lines: readonly Line[]; testId?: string }) {
  const width = 600;
  const height = 220;
  const left = 40;
  const right = 12;
  const top = 10;
  const bottom = 46;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(0.1, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  // Round the top of the scale up to the next 10%.
  const scaleTop = Math.min(1, Math.ceil(max * 10) / 10);
  const x = (i: number) => left + (labels.length <= 1 ? plotW / 2 : (plotW * i) / (labels.length - 1));
  const y = (v: number) => top + plotH - (plotH * v) / scaleTop;
  const ticks = [0, scaleTop / 2, scaleTop];
  return (
    <svg class="chart chart--lines" role="img" aria-label={describe(title, labels, lines)} viewBox={`0 0 ${width} ${height}`} data-testid={testId}>
      <g aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} class="chart-grid" />
            <text x={left - 6} y={y(t) + 4} class="chart-value" text-anchor="end">
              {pct(t)}
            </text>
          </g>
        ))}
        {lines.map((l, li) => {
          // Break the line where a period had no offers.
          const segments: string[][] = [[]];
          l.values.forEach((v, i) => {
            if (v === null) segments.push([]);
            else segments[segments.length - 1]!.push(`${x(i)},${y(v)}`);
          });
          return (
            <g key={l.name} class={`chart-line chart-line--${li}`}>
              {segments
                .filter((s) => s.length > 1)
                .map((s, si) => (
                  <polyline key={si} points={s.join(' ')} fill="none" stroke-dasharray={DASH[l.mark]} />
                ))}
              {l.values.map((v, i) => (v === null ? null : <Marker key={i} mark={l.mark} x={x(i)} y={y(v)} />))}
            </g>
          );
        })}
        <text x={left} y={height - 26} class="chart-label">
          {labels[0]}
        </text>
        {labels.length > 1 ? (
          <text x={width - right} y={height - 26} class="chart-label" text-anchor="end">
            {labels[labels.length - 1]}
          </text>
        ) : null}
        {lines.map((l, li) => {
          const lx = left + li * 190;
          return (
            <g key={l.name} class={`chart-line chart-line--${li}`} transform={`translate(${lx}, ${height - 8})`}>
              <line x1={0} x2={24} y1={-4} y2={-4} stroke-dasharray={DASH[l.mark]} />
              <Marker mark={l.mark} x={12} y={-4} />
              <text x={30} y={0} class="chart-label">
                {l.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
