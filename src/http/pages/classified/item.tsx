// An opened classified item with its documents, level and grants. Every form works without JavaScript.
import type { Child, FC } from 'hono/jsx';
import type { OpenedItem } from '../../../domain/classified/item-page.js';
import { SECURITY_LEVEL_LABELS } from '../../../domain/classified/items.js';
import { MAX_GRANT_DAYS } from '../../../domain/classified/grants.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL, DOCUMENT_KINDS, kindOfMime } from '../../../documents/sniff.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { fileSize } from '../dip/shared.js';
import { BASE, LevelBadge, levelLabel, levelOptions, Num } from './shared.js';
import { CoverFacts } from './cover.js';

/** Which form of the item page an error or the typed values belong to. */
export type ItemForm = 'level' | 'grant';

const Reading: FC<{ reading: number }> = ({ reading }) => <input type="hidden" name="baca" value={String(reading)} />;

const typeLabel = (mime: string) => {
  const k = kindOfMime(mime);
  return k ? DOCUMENT_KINDS[k].label : mime;
};

const Section: FC<{ id: string; title: string; children?: Child }> = ({ id, title, children }) => (
  <section aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
);

export const ItemPage: FC<{
  v: View;
  o: OpenedItem;
  form?: ItemForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Record<string, string> | undefined;
  message?: string | undefined;
}> = ({ v, o, form, errors, typed, message }) => {
  const it = o.item;
  const q = `${BASE}/${it.id}`;
  const title = `${tm(v, 'classified.cover.item')} ${it.number}`;
  const val = (f: ItemForm, k: string, d = '') => (form === f ? (typed?.[k] ?? d) : d);
  const errs = (f: ItemForm) => (form === f ? errors : undefined);
  const longDate = (d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={BASE}>{tm(v, 'classified.cover.register')}</a>
      </p>
      <h1 class="wrap-anywhere">
        {tm(v, 'classified.cover.item')} <Num n={it.number} />
      </h1>
      <ErrorSummary v={v} errors={errors} message={message} />
      <div class="warn-box">
        <p>
          {tm(v, 'classified.item.opened')}
          <strong>{o.reason}</strong>
        </p>
        <p class="small">{tm(v, 'classified.item.every_view_download_logged_your')}</p>
      </div>
      <CoverFacts v={v} number={it.number} level={it.securityLevel} unitName={o.unitName} />

      <Section id="h-content" title={tm(v, 'classified.item.content')}>
        <dl class="facts">
          <dt>{tm(v, 'classified.item.title')}</dt>
          <dd>{it.title}</dd>
          <dt>{tm(v, 'classified.item.description')}</dt>
          <dd class="pre">{it.description || '–'}</dd>
          <dt>{tm(v, 'classified.item.recorded')}</dt>
          <dd>{dateTime(v, it.createdAt)}</dd>
          {o.via === 'grant' ? (
            <>
              <dt>{tm(v, 'classified.item.your_access')}</dt>
              <dd>{tm(v, 'classified.item.given_you_holding_unit_need')}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section id="h-docs" title={tm(v, 'classified.item.documents')}>
        {o.documents.length === 0 ? (
          <p>{tm(v, 'classified.item.no_documents_you_can_open')}</p>
        ) : (
          <ul class="bo-plain dip-docs">
            {o.documents.map((d) => (
              <li>
                <span class="dip-doc-name">{d.filename}</span>
                <div class="dip-doc-facts">
                  <LevelBadge v={v} level={d.level} />
                  <span>{typeLabel(d.mime)}</span>
                  <span>{fileSize(v, d.size)}</span>
                  <form method="post" action={`${q}/dokumen/${d.id}/unduh`} class="inline-form">
                    <Csrf v={v} />
                    <Reading reading={o.reading} />
                    <button type="submit" class="link-button">
                      {tm(v, 'classified.item.download')}
                      <span class="vh"> {d.filename}</span>
                    </button>
                  </form>
                  {d.mime === 'application/pdf' && can(v.actor, 'redaction.manage') ? (
                    <a href={`/admin/penghitaman/dokumen/${d.id}`}>
                      {tm(v, 'classified.item.make_copy_release_redaction')}
                      <span class="vh"> {d.filename}</span>
                    </a>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${q}/dokumen?baca=${o.reading}`} enctype="multipart/form-data" class="card dip-upload cls-card">
          <Csrf v={v} />
          <h3>{tm(v, 'classified.item.add_document')}</h3>
          <Select
            name="level"
            label={tm(v, 'classified.item.document_level')}
            hint={tm(v, 'classified.item.least_item_s_level_most')}
            value={it.securityLevel}
            options={levelOptions(v, o.uploadLevels)}
          />
          <div class="field">
            <label for="f-file">{tm(v, 'classified.item.file')}</label>
            <p class="hint" id="h-file">
              {tm(v, 'classified.item.files_are_encrypted_before_they', { ACCEPTED_LABEL })}
            </p>
            <input id="f-file" type="file" name="file" accept={ACCEPT_ATTRIBUTE} aria-describedby="h-file" />
          </div>
          <button type="submit" class="secondary">
            {tm(v, 'classified.item.upload')}
          </button>
        </form>
      </Section>

      <Section id="h-decisions" title={tm(v, 'classified.item.security_level_decisions')}>
        {o.decisions.length === 0 ? (
          <p>{tm(v, 'classified.item.no_security_level_decision_has')}</p>
        ) : (
          <ol class="plain-list">
            {o.decisions.map((d, i) => (
              <li class="card cls-card">
                <p>
                  <strong>
                    <Num n={d.number} />
                  </strong>{' '}
                  · {longDate(d.decisionDate)} · {levelLabel(v, d.level)}
                  {i === o.decisions.length - 1 ? ` · ${tm(v, 'classified.item.force')}` : ''}
                </p>
                <p class="small">
                  {tm(v, 'classified.item.classification_period')}: {longDate(d.periodStart)} –{' '}
                  {d.periodEnd ? longDate(d.periodEnd) : tm(v, 'classified.item.until_decided_otherwise')}
                  {d.reviewOn
                    ? ` · ${d.nextLevel ? tm(v, 'classified.item.lowered', { levelLabelDNextLevel: levelLabel(v, d.nextLevel) }) : tm(v, 'classified.item.opened_2')} ${longDate(d.reviewOn)}`
                    : ''}
                  {' · '}
                  {d.signerName}
                  {d.signerNip ? `, NIP ${d.signerNip}` : ''}
                </p>
                <form method="post" action={`${q}/penetapan-tingkat/${d.id}/unduh`}>
                  <Csrf v={v} />
                  <Reading reading={o.reading} />
                  <button type="submit" class="secondary">
                    {tm(v, 'classified.item.download_letter_pdf', { dNumber: d.number })}
                  </button>
                </form>
              </li>
            ))}
          </ol>
        )}
      </Section>

      {o.may.changeLevel ? (
        <section aria-labelledby="h-level" class="card cls-card">
          <h2 id="h-level">{tm(v, 'classified.item.decide_level')}</h2>
          <p class="small">{tm(v, 'classified.item.each_decision_gets_number_letter')}</p>
          <form method="post" action={`${q}/tingkat`} novalidate class="form">
            <Csrf v={v} />
            <Reading reading={o.reading} />
            <Select
              name="newLevel"
              label={tm(v, 'classified.item.level_decided')}
              value={val('level', 'newLevel', it.securityLevel)}
              options={levelOptions(v, o.levelChoices)}
              errors={errs('level')}
            />
            <TextArea
              name="legalBasis"
              label={tm(v, 'classified.item.legal_basis')}
              hint={tm(v, 'classified.item.e_g_law_14_2008')}
              value={val('level', 'legalBasis')}
              errors={errs('level')}
              rows={2}
              maxlength={500}
            />
            <Input
              name="periodStart"
              type="date"
              label={tm(v, 'classified.item.start_classification_period')}
              value={val('level', 'periodStart', o.today)}
              errors={errs('level')}
            />
            <Input
              name="periodEnd"
              type="date"
              label={`${tm(v, 'classified.item.end_classification_period')} ${tm(v, 'classified.item.optional')}`}
              value={val('level', 'periodEnd')}
              errors={errs('level')}
            />
            <Input
              name="reviewOn"
              type="date"
              label={`${tm(v, 'classified.item.date_lowering_opening')} ${tm(v, 'classified.item.optional')}`}
              value={val('level', 'reviewOn')}
              errors={errs('level')}
            />
            <Select
              name="nextLevel"
              label={tm(v, 'classified.item.date')}
              value={val('level', 'nextLevel', 'terbuka')}
              options={[
                { value: 'terbuka', label: tm(v, 'classified.item.opened_no_longer_classified') },
                ...levelOptions(v, o.levelChoices).map((x) => ({ ...x, label: `${tm(v, 'classified.item.lowered_2')} ${x.label}` })),
              ]}
              errors={errs('level')}
            />
            <TextArea
              name="levelReason"
              label={tm(v, 'classified.item.reason_change_required_when_lowering')}
              value={val('level', 'levelReason')}
              errors={errs('level')}
              rows={2}
              maxlength={500}
            />
            <Checkbox name="confirmLower" label={tm(v, 'classified.item.i_am_lowering_level_purpose')} checked={val('level', 'confirmLower') === '1'} />
            {errs('level')?.confirmLower ? (
              <p class="error" id="e-confirmLower">
                {errs('level')!.confirmLower}
              </p>
            ) : null}
            <Actions>
              <button type="submit" class="secondary">
                {tm(v, 'classified.item.decide_level_2')}
              </button>
            </Actions>
          </form>
        </section>
      ) : null}

      {o.grants ? (
        <Section id="h-grants" title={tm(v, 'classified.item.need_know_outside_unit')}>
          {o.grants.length === 0 ? (
            <p>{tm(v, 'classified.item.no_access_given_yet')}</p>
          ) : (
            <ul class="plain-list">
              {o.grants.map((g) => (
                <li class="card cls-card">
                  <p>
                    <strong>{g.userName}</strong>
                    {g.unitName ? ` · ${g.unitName}` : ''}{' '}
                    <span class={`dip-status ${g.active ? 'dip-status-published' : 'dip-status-draft'}`}>
                      {g.active ? tm(v, 'classified.item.force_2') : g.revokedAt ? tm(v, 'classified.item.revoked') : tm(v, 'classified.item.ended')}
                    </span>
                  </p>
                  <dl class="facts">
                    <dt>{tm(v, 'classified.access-log.reason')}</dt>
                    <dd class="pre">{g.reason}</dd>
                    <dt>{tm(v, 'classified.item.given')}</dt>
                    <dd>
                      {dateTime(v, g.grantedAt)}
                      {g.grantedBy ? ` · ${g.grantedBy}` : ''}
                    </dd>
                    <dt>{tm(v, 'classified.item.force_up_including')}</dt>
                    <dd>{longDate(g.until)}</dd>
                    {g.revokedAt ? (
                      <>
                        <dt>{tm(v, 'classified.item.revoked')}</dt>
                        <dd>
                          {dateTime(v, g.revokedAt)}
                          {g.revokedBy ? ` · ${g.revokedBy}` : ''}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {g.active ? (
                    <form method="post" action={`${q}/akses/${g.id}/cabut`} class="inline-form">
                      <Csrf v={v} />
                      <Reading reading={o.reading} />
                      <button type="submit" class="secondary">
                        {tm(v, 'classified.item.revoke_access')}
                        <span class="vh"> {g.userName}</span>
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="h-grant" class="card cls-card">
            <h3 id="h-grant">{tm(v, 'classified.item.give_access_another_officer')}</h3>
            {o.candidates.length === 0 ? (
              <p>
                {tx(
                  v,
                  `Tidak ada petugas di luar unit ini yang izin aksesnya setingkat ${SECURITY_LEVEL_LABELS[it.securityLevel].id} atau lebih. Izin akses diatur oleh Atasan PPID.`,
                  `No officer outside this unit is cleared for ${SECURITY_LEVEL_LABELS[it.securityLevel].en} or higher. Clearances are set by the Atasan PPID.`,
                )}
              </p>
            ) : (
              <form method="post" action={`${q}/akses`} novalidate class="form">
                <Csrf v={v} />
                <Reading reading={o.reading} />
                <Select
                  name="userId"
                  label={tm(v, 'classified.item.officer')}
                  hint={tm(v, 'classified.item.only_officers_cleared_item_s')}
                  value={val('grant', 'userId')}
                  options={[
                    { value: '', label: tm(v, 'classified.item.choose_officer') },
                    ...o.candidates.map((c) => ({ value: c.id, label: c.unitName ? `${c.name} (${c.unitName})` : c.name })),
                  ]}
                  errors={errs('grant')}
                />
                <TextArea
                  name="grantReason"
                  label={tm(v, 'classified.item.why_officer_needs_know')}
                  value={val('grant', 'grantReason')}
                  errors={errs('grant')}
                  rows={2}
                  required
                  maxlength={500}
                />
                <Input
                  name="until"
                  type="date"
                  label={tm(v, 'classified.item.force_up_including_2')}
                  hint={tm(v, 'classified.item.most_days_format_yyyy_mm', {
                    MAX_GRANT_DAYS,
                    longDateOLastGrantDate: longDate(o.lastGrantDate),
                    longDateOToday: longDate(o.today),
                  })}
                  value={val('grant', 'until')}
                  errors={errs('grant')}
                  required
                />
                <Actions>
                  <button type="submit">{tm(v, 'classified.item.give_access')}</button>
                </Actions>
              </form>
            )}
          </section>
        </Section>
      ) : null}
    </BackofficeLayout>
  );
};
