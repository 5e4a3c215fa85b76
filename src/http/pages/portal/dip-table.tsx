// The portal's lists and tables of DIP entries, and the download links under them.
import type { FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicEntry } from '../../../domain/dip/public.js';
import { idText, tx, type View, tm } from '../../components/layout.js';
import { CATEGORY_SLUGS, catLabel, DownloadBadge, FORM_LABELS, Wrappable } from './shared.js';

export const EntryMeta: FC<{ v: View; e: { number: string; unitName: string; category: DipCategory; year: number | null } }> = ({ v, e }) => (
  <p class="entry-meta">
    <span class={`cat cat-${CATEGORY_SLUGS[e.category]}`}>{catLabel(v, e.category)}</span> <span lang={idText(v)}>{e.unitName}</span>
    {e.year ? <span> · {e.year}</span> : null}
    <span class="num"> · {e.number}</span>
  </p>
);

/** A list of entries as cards: title, category, unit, year, a line of the summary. */
export const EntryList: FC<{ v: View; items: PublicEntry[]; headingLevel?: 2 | 3 }> = ({ v, items, headingLevel = 2 }) => (
  <ul class="entry-list">
    {items.map((e) => (
      <li>
        {headingLevel === 2 ? (
          <h2 class="h3">
            <a href={`/informasi/${e.slug}`} lang={idText(v)}>
              {e.title}
            </a>
          </h2>
        ) : (
          <h3>
            <a href={`/informasi/${e.slug}`} lang={idText(v)}>
              {e.title}
            </a>
          </h3>
        )}
        <EntryMeta v={v} e={e} />
        {e.fileTypes.length ? <DownloadBadge v={v} types={e.fileTypes} /> : null}
        <p class="snippet" lang={idText(v)}>
          {clipText(e.summary, 200)}
        </p>
      </li>
    ))}
  </ul>
);

export function clipText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const FORM_SHORT: Record<string, { id: string; en: string }> = { tercetak: { id: 'Tercetak', en: 'Printed' }, terekam: { id: 'Terekam', en: 'Recorded' } };

/**
 * The forms an entry is available in, as they are: "Terekam" with the types of the files that can really be
 * downloaded; without a file, the electronic copy is "tersedia atas permintaan" (the register's `formats`
 * are what the unit declared, not what the portal holds, so they are not shown as if they were files).
 */
export function formsText(v: View, e: Pick<PublicEntry, 'forms' | 'fileTypes'>, short = false): string {
  const labels = short ? FORM_SHORT : FORM_LABELS;
  const label = (f: string) => (labels[f] ? tx(v, labels[f].id, labels[f].en) : f);
  const parts: string[] = [];
  if (e.forms.includes('tercetak')) parts.push(label('tercetak'));
  if (e.fileTypes.length) parts.push(`${label('terekam')} (${e.fileTypes.join(', ')})`);
  else if (e.forms.includes('terekam'))
    parts.push(short ? tm(v, 'portal.dip-table.recorded_request') : `${label('terekam')}: ${tm(v, 'portal.dip-table.available_request')}`);
  for (const f of e.forms) if (f !== 'tercetak' && f !== 'terekam') parts.push(label(f));
  return parts.join(', ');
}

/**
 * The DIP in the format PPIDs publish it (Perki 1/2010 Lampiran II columns), with a category tag.
 * `groupByUnit`: a heading row before each unit's entries (the items must be ordered by unit).
 */
export const DipTable: FC<{ v: View; items: PublicEntry[]; caption: string; groupByUnit?: boolean }> = ({ v, items, caption, groupByUnit }) => {
  const h = {
    number: tm(v, 'portal.dip-table.number'),
    summary: tm(v, 'portal.dip-table.summary_information'),
    holder: tm(v, 'portal.dip-table.official_unit_holding_information'),
    responsible: tm(v, 'portal.dip-table.responsible_making_issuing_information'),
    made: tm(v, 'portal.dip-table.time_place_information_was_made'),
    forms: tm(v, 'portal.dip-table.forms_available'),
    retention: tm(v, 'portal.dip-table.retention_period'),
  };
  return (
    <div class="dip-table-wrap">
      <table class="dip-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.number}</th>
            <th scope="col">{h.summary}</th>
            <th scope="col">{h.holder}</th>
            <th scope="col">{h.responsible}</th>
            <th scope="col">{h.made}</th>
            <th scope="col">{h.forms}</th>
            <th scope="col">{h.retention}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <>
              {groupByUnit && e.unitId !== items[i - 1]?.unitId ? (
                <tr class="group">
                  <th colspan={7} scope="colgroup">
                    <a href={`/unit/${e.unitCode}`} lang={idText(v)}>
                      {e.unitName}
                    </a>
                  </th>
                </tr>
              ) : null}
              <tr>
                <td data-label={h.number} class="num">
                  <Wrappable text={e.number} />
                </td>
                <td data-label={h.summary} class="sum">
                  <a href={`/informasi/${e.slug}`} class="title" lang={idText(v)}>
                    {e.title}
                  </a>
                  <span class="cat-line">
                    <span class={`cat cat-${CATEGORY_SLUGS[e.category]}`}>{catLabel(v, e.category)}</span>
                    {e.year ? ` · ${e.periodLabel || e.year}` : ''}
                  </span>
                  <span class="sum-text" lang={idText(v)}>
                    {clipText(e.summary, 280)}
                  </span>
                </td>
                <td data-label={h.holder} lang={idText(v)}>
                  {e.holder || e.unitName}
                </td>
                <td data-label={h.responsible}>{e.responsible}</td>
                <td data-label={h.made}>{[e.madeWhen, e.madePlace].filter(Boolean).join(', ') || '–'}</td>
                <td data-label={h.forms}>{formsText(v, e, true) || '–'}</td>
                <td data-label={h.retention}>{e.retention || '–'}</td>
              </tr>
            </>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const DownloadLinks: FC<{ v: View; base: string }> = ({ v, base }) => (
  <p class="downloads">
    {tm(v, 'portal.dip-table.download_table')}
    <a href={`${base}.xlsx`}>Excel</a>
    <a href={`${base}.csv`}>CSV</a>
    <a href={`${base}.pdf`}>PDF</a>
  </p>
);
