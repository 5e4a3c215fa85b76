// Pieces shared by the classified-information register pages: level badge, sub-navigation, error page.
import type { FC } from 'hono/jsx';
import type { Clearance, SecurityLevel } from '../../../db/schema/index.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { can } from '../../../policies/index.js';
import { BackofficeLayout, type View, tm } from '../../components/layout.js';

export const BASE = '/admin/informasi';

/** The level as a labelled badge: the words carry it, the border style repeats it (never colour alone). */
export const LevelBadge: FC<{ v: View; level: SecurityLevel }> = ({ v, level }) => (
  <span class={`level-badge level-${level}`}>
    <span class="vh">{tm(v, 'classified.shared.classification')}</span>
    {SECURITY_LEVEL_LABELS[level][v.locale]}
  </span>
);

/** A register number that may break after its slashes on a narrow screen. */
export const Num: FC<{ n: string }> = ({ n }) => (
  <>
    {n.split('/').map((part, i, all) => (
      <>
        {part}
        {i < all.length - 1 ? (
          <>
            /<wbr />
          </>
        ) : null}
      </>
    ))}
  </>
);

export const levelOptions = (v: View, levels: readonly SecurityLevel[]) => levels.map((l) => ({ value: l, label: SECURITY_LEVEL_LABELS[l][v.locale] }));

export const levelLabel = (v: View, l: SecurityLevel) => SECURITY_LEVEL_LABELS[l][v.locale];

/** Links between the register's pages, for the roles that have them. */
export const SubNav: FC<{ v: View; current: 'list' | 'log' | 'clearances' }> = ({ v, current }) => {
  const links: [string, 'list' | 'log' | 'clearances', string][] = [[BASE, 'list', tm(v, 'classified.shared.register')]];
  if (can(v.actor, 'classified.access_log')) links.push([`${BASE}/log`, 'log', tm(v, 'classified.shared.read_log')]);
  if (can(v.actor, 'clearance.manage')) links.push([`${BASE}/izin-akses`, 'clearances', tm(v, 'classified.shared.staff_clearances')]);
  if (links.length < 2) return null;
  return (
    <nav aria-label={tm(v, 'classified.shared.classified_register_pages')}>
      <ul class="inline-list">
        {links.map(([href, key, label]) => (
          <li>
            <a href={href} aria-current={current === key ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export const ownClearance = (v: View): Clearance => (v.actor.kind === 'user' ? v.actor.clearance : 'none');

export const ClassifiedErrorPage: FC<{ v: View; back: string; message: string }> = ({ v, back, message }) => (
  <BackofficeLayout v={v} title={tm(v, 'classified.shared.document_could_not_processed')}>
    <h1>{tm(v, 'classified.shared.document_could_not_processed')}</h1>
    <div class="error-summary" role="alert">
      <p>{message}</p>
    </div>
    <p>
      <a href={back}>{tm(v, 'classified.shared.back_item')}</a>
    </p>
  </BackofficeLayout>
);
