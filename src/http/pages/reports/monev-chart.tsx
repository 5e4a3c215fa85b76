// Words, score bands and the server-rendered SVG chart of the DIP monitoring (monev).
import type { FC } from 'hono/jsx';
import type { DipCategory, DipStatus } from '../../../db/schema/dip.js';
import type { UnitMonev } from '../../../domain/dip/monev.js';
import { tx, type View, tm } from '../../components/layout.js';

export const num = (v: View, x: number | null, digits = 1) =>
  x === null ? '–' : x.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits });

export const CATEGORY_WORDS: Record<DipCategory, [string, string]> = {
  berkala: ['Berkala', 'Periodic'],
  serta_merta: ['Serta-merta', 'Immediate'],
  setiap_saat: ['Setiap saat', 'At any time'],
};

export const STATUS_WORDS: Record<DipStatus, [string, string]> = {
  draft: ['Draf', 'Draft'],
  submitted: ['Diajukan', 'Submitted'],
  returned: ['Dikembalikan', 'Returned'],
  published: ['Terbit', 'Published'],
  unpublished: ['Ditarik', 'Withdrawn'],
};

export const word = (v: View, w: [string, string]) => tx(v, w[0], w[1]);

/** Score bands for the bar colour; the number is always written next to the bar as well. */
export function scoreBand(score: number): 'high' | 'good' | 'low' | 'poor' {
  return score >= 80 ? 'high' : score >= 60 ? 'good' : score >= 40 ? 'low' : 'poor';
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

// Fixed pixel sizes: the chart is as wide as its box and its text never scales down on a phone.
const ROW = 44;

const BAR = 16;

const AXIS = 24;

/**
 * A horizontal bar chart of the score per unit as inline SVG: role="img" with a title and a description
 * that lists every value, a written label and number for every bar, and percentage widths so that it fits
 * any screen without scaling its text.
 */
export const ScoreChart: FC<{ v: View; units: UnitMonev[]; id?: string }> = ({ v, units, id = 'monev-chart' }) => {
  const rows = [...units].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, 'id'));
  const height = rows.length * ROW + AXIS;
  const title = tm(v, 'reports.monev-chart.dip_monitoring_score_per_agency');
  const desc = tm(v, 'reports.monev-chart.horizontal_bar_chart_agencies_highest', {
    rowsLength: rows.length,
    mapUJoin: rows.map((u) => `${u.name} ${num(v, u.score)}`).join('; '),
  });
  return (
    <svg xmlns="http://www.w3.org/2000/svg" class="chart" width="100%" height={String(height)} role="img" aria-labelledby={`${id}-t ${id}-d`} id={id}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <g class="chart-grid" aria-hidden="true">
        {[0, 25, 50, 75, 100].map((p) => (
          <line x1={`${p === 100 ? 99.8 : p}%`} x2={`${p === 100 ? 99.8 : p}%`} y1="0" y2={String(height - AXIS + 4)} />
        ))}
      </g>
      {rows.map((u, i) => {
        const y = i * ROW;
        const score = u.score ?? 0;
        return (
          <g class="chart-row">
            <text class="chart-label" x="0" y={String(y + 15)}>
              {shorten(u.shortName || u.name, 34)}
            </text>
            <text class="chart-value" x="100%" y={String(y + 15)} text-anchor="end">
              {num(v, u.score)}
            </text>
            <rect class="chart-track" x="0" y={String(y + 21)} width="100%" height={String(BAR)} />
            {u.score !== null && score > 0 ? (
              <rect class={`chart-bar chart-${scoreBand(score)}`} x="0" y={String(y + 21)} width={`${score}%`} height={String(BAR)} />
            ) : null}
          </g>
        );
      })}
      <g class="chart-axis" aria-hidden="true">
        {[0, 25, 50, 75, 100].map((p) => (
          <text x={`${p}%`} y={String(height - 6)} text-anchor={p === 0 ? 'start' : p === 100 ? 'end' : 'middle'}>
            {String(p)}
          </text>
        ))}
      </g>
    </svg>
  );
};
