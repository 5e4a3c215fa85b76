// The forms on a dispute's page for those who manage it: court judgment, next stage, hearing, outcome,
// appeal, decision file, follow-up and corrections of the case details. No JavaScript needed.
import type { FC } from 'hono/jsx';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../../../db/schema/disputes.js';
import type { DisputeView } from '../../../../domain/disputes/get-dispute.js';
import { DISPUTE_OUTCOME_LABELS, RULING_OUTCOMES, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { ActionCard } from '../../../components/action-card.js';
import { Actions, Checkbox, Input, Radios, TextArea, type FieldErrors } from '../../../components/form.js';
import { Csrf, tx, type View } from '../../../components/layout.js';
import type { DisputeForm } from './detail.js';
import { day } from './list.js';
import { DetailsFields, type Values } from './register.js';

export const DisputeActions: FC<{
  v: View;
  dv: DisputeView;
  form?: DisputeForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Values | undefined;
}> = ({ v, dv, form, errors, typed }) => {
  const d = dv.dispute;
  const errs = (f: DisputeForm) => (form === f ? errors : undefined);
  const val = (f: DisputeForm, k: string, dflt = '') => (form === f && typed?.[k] !== undefined ? typed[k]! : dflt);
  const q = `/admin/sengketa/${d.id}`;
  // UU KIP Ps 40(2): no mediation for a dispute over a Ps 17 refusal alone; the form offers only what is allowed.
  const later = DISPUTE_STAGES.slice(DISPUTE_STAGES.indexOf(d.stage) + 1).filter((s) => dv.mediation || s !== 'mediasi');
  const outcomes = DISPUTE_OUTCOMES.filter((o) => dv.mediation || o !== 'mediasi_sepakat');
  return (
    <>
      {d.stage === 'keberatan_pengadilan' ? (
        <ActionCard
          v={v}
          id="court"
          title={tx(v, 'Putusan pengadilan (PTUN/PN)', 'Judgment of the court (PTUN/PN)')}
          action={`${q}/pengadilan`}
          submit={tx(v, 'Simpan tanggal', 'Save the date')}
        >
          <Input
            name="receivedOn"
            type="date"
            label={tx(v, 'Tanggal putusan pengadilan diterima', 'Date the court’s judgment was received')}
            hint={tx(v, 'Kasasi paling lambat 14 hari sejak putusan diterima (UU KIP Pasal 50).', 'Cassation within 14 days of receipt (Law 14/2008 Art. 50).')}
            value={val('court', 'receivedOn', d.courtRulingReceivedOn ?? '')}
            errors={errs('court')}
            required
          />
        </ActionCard>
      ) : null}
      {later.length ? (
        <ActionCard v={v} id="stage" title={tx(v, 'Tahap berikutnya', 'Next stage')} action={`${q}/tahap`} submit={tx(v, 'Simpan tahap', 'Save the stage')}>
          <Radios
            name="stage"
            legend={tx(v, 'Tahap sengketa sekarang', 'The dispute is now at')}
            hint={
              dv.mediation
                ? tx(
                    v,
                    'Mediasi hanya untuk alasan keberatan huruf b–g; bagian sengketa atas pengecualian Pasal 17 (huruf a) diselesaikan melalui ajudikasi (UU KIP Pasal 40 ayat (2)).',
                    'Mediation is only for objection grounds b–g; the part of the dispute about an Art. 17 exemption (ground a) goes to adjudication (Law 14/2008 Art. 40(2)).',
                  )
                : tx(
                    v,
                    'Sengketa atas penolakan berdasarkan pengecualian Pasal 17 (alasan keberatan huruf a) tidak dapat dimediasi; penyelesaiannya melalui ajudikasi nonlitigasi (UU KIP Pasal 40 ayat (2)).',
                    'A dispute over a refusal under the Art. 17 exemptions (objection ground a) cannot be mediated; it goes to non-litigation adjudication (Law 14/2008 Art. 40(2)).',
                  )
            }
            value={val('stage', 'stage')}
            errors={errs('stage')}
            options={later.map((s) => ({ value: s, label: STAGE_LABELS[s][v.locale] }))}
          />
        </ActionCard>
      ) : null}

      <ActionCard
        v={v}
        id="hearing"
        title={tx(v, 'Catat sidang', 'Record a hearing')}
        action={`${q}/sidang`}
        submit={tx(v, 'Tambah sidang', 'Add the hearing')}
        secondary
      >
        <Input name="date" type="date" label={tx(v, 'Tanggal sidang', 'Hearing date')} value={val('hearing', 'date')} errors={errs('hearing')} required />
        <TextArea
          name="note"
          label={`${tx(v, 'Catatan (agenda, yang hadir, hasil)', 'Note (agenda, who attended, result)')} ${v.t('common.optional')}`}
          value={val('hearing', 'note')}
          errors={errs('hearing')}
          rows={3}
        />
      </ActionCard>

      <ActionCard
        v={v}
        id="outcome"
        title={tx(v, 'Hasil penyelesaian sengketa', 'Outcome of the dispute')}
        action={`${q}/hasil`}
        submit={tx(v, 'Simpan hasil', 'Save the outcome')}
        intro={
          <>
            <p class="muted small">
              {tx(
                v,
                'Putusan pengadilan atas keberatan dapat dicatat lagi sampai perkara ditutup.',
                'A court’s judgment on appeal can be recorded again until the case is closed.',
              )}
            </p>
          </>
        }
      >
        <Radios
          name="outcome"
          legend={tx(v, 'Hasil', 'Outcome')}
          value={val('outcome', 'outcome', d.outcome ?? '')}
          errors={errs('outcome')}
          options={outcomes.map((o) => ({ value: o, label: DISPUTE_OUTCOME_LABELS[o][v.locale] }))}
        />
        <Input
          name="decidedOn"
          type="date"
          label={tx(v, 'Tanggal putusan / kesepakatan', 'Date of the ruling / agreement')}
          value={val('outcome', 'decidedOn', d.decidedOn ?? '')}
          errors={errs('outcome')}
          required
        />
        <Input
          name="rulingReceivedOn"
          type="date"
          label={`${tx(v, 'Tanggal putusan diterima badan publik', 'Day the body received the ruling')} ${v.t('common.optional')}`}
          hint={tx(
            v,
            'Keberatan ke PTUN/PN dapat diajukan dalam 14 hari kerja sejak putusan diterima (UU KIP Pasal 47–48); putusan yang membuka informasi dilaksanakan setelah berkekuatan hukum tetap.',
            'An appeal to the PTUN/PN can be filed within 14 working days of receiving the ruling (Law 14/2008 Art. 47–48); a ruling that opens information is carried out once final.',
          )}
          value={val('outcome', 'rulingReceivedOn', d.rulingReceivedOn ?? '')}
          errors={errs('outcome')}
        />
        <TextArea
          name="ruling"
          label={tx(v, 'Amar putusan (bila diputus)', 'Operative part of the ruling (if decided)')}
          value={val('outcome', 'ruling', d.ruling)}
          errors={errs('outcome')}
          rows={4}
        />
        {dv.mediation ? (
          <TextArea
            name="mediationResult"
            label={tx(v, 'Hasil mediasi / kesepakatan (bila mediasi)', 'Mediation result / agreement (if mediated)')}
            value={val('outcome', 'mediationResult', d.mediationResult)}
            errors={errs('outcome')}
            rows={3}
          />
        ) : null}
      </ActionCard>

      {d.outcome && RULING_OUTCOMES.includes(d.outcome) ? (
        <ActionCard
          v={v}
          id="appeal"
          title={tx(v, 'Keberatan atas putusan (PTUN/PN)', 'Appeal against the ruling (PTUN/PN)')}
          action={`${q}/banding`}
          submit={tx(v, 'Simpan', 'Save')}
          secondary
          intro={
            <>
              {d.appeal ? (
                <p>
                  {d.appeal === 'appealed'
                    ? tx(v, 'Badan publik mengajukan keberatan ke pengadilan', 'The body appealed to the court')
                    : tx(v, 'Badan publik tidak mengajukan keberatan; putusan berkekuatan hukum tetap', 'The body will not appeal; the ruling is final')}{' '}
                  ({day(v, d.appealRecordedOn!)})
                </p>
              ) : null}
            </>
          }
        >
          <Radios
            name="appeal"
            legend={tx(v, 'Sikap badan publik atas putusan', 'What the body does about the ruling')}
            value={val('appeal', 'appeal', d.appeal ?? '')}
            errors={errs('appeal')}
            options={[
              { value: 'waived', label: tx(v, 'Tidak mengajukan keberatan (putusan diterima)', 'Will not appeal (the ruling is accepted)') },
              { value: 'appealed', label: tx(v, 'Mengajukan keberatan ke PTUN/PN', 'Appeals to the PTUN/PN') },
            ]}
          />
          <Input
            name="recordedOn"
            type="date"
            label={tx(v, 'Tanggal', 'Date')}
            value={val('appeal', 'recordedOn', d.appealRecordedOn ?? '')}
            errors={errs('appeal')}
            required
          />
        </ActionCard>
      ) : null}

      <ActionCard
        v={v}
        id="decision"
        title={tx(v, 'Berkas putusan (PDF)', 'Decision file (PDF)')}
        action={`${q}/putusan`}
        submit={tx(v, 'Unggah putusan', 'Upload the decision')}
        secondary
        multipart
      >
        <div class={`field${errs('decision')?.file ? ' has-error' : ''}`}>
          <label for="f-file">{tx(v, 'Salinan putusan Komisi Informasi', 'Copy of the commission’s decision')}</label>
          <p class="hint" id="h-file">
            {tx(v, 'PDF, paling besar 20 MB. Putusan Komisi Informasi bersifat terbuka.', 'PDF, at most 20 MB. Commission decisions are public.')}
          </p>
          {errs('decision')?.file ? (
            <p class="error" id="e-file">
              {errs('decision')!.file}
            </p>
          ) : null}
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".pdf,application/pdf"
            aria-describedby={errs('decision')?.file ? 'h-file e-file' : 'h-file'}
            aria-invalid={errs('decision')?.file ? 'true' : undefined}
          />
        </div>
      </ActionCard>

      <ActionCard
        v={v}
        id="followup"
        title={tx(v, 'Tindak lanjut', 'Follow-up')}
        action={`${q}/tindak-lanjut`}
        submit={tx(v, 'Simpan tindak lanjut', 'Save the follow-up')}
        secondary
      >
        <TextArea
          name="followUp"
          label={tx(v, 'Pelaksanaan kesepakatan mediasi atau putusan', 'Carrying out the agreement or the ruling')}
          value={val('followup', 'followUp', d.followUp)}
          errors={errs('followup')}
          rows={3}
          required
        />
        <Checkbox
          name="close"
          label={tx(
            v,
            'Perkara selesai (kesepakatan/putusan telah dilaksanakan atau sengketa dicabut)',
            'The case is over (agreement or ruling carried out, or withdrawn)',
          )}
          checked={val('followup', 'close') === '1'}
        />
        {errs('followup')?.close ? (
          <p class="error" id="e-close">
            {errs('followup')!.close}
          </p>
        ) : null}
      </ActionCard>

      <details class="card" open={form === 'data'}>
        <summary>{tx(v, 'Perbaiki data perkara', 'Correct the case details')}</summary>
        <form method="post" action={`${q}/data`} novalidate class="form">
          <Csrf v={v} />
          <DetailsFields
            v={v}
            values={{
              commission: val('data', 'commission', d.commission),
              caseNumber: val('data', 'caseNumber', d.caseNumber),
              filedOn: val('data', 'filedOn', d.filedOn),
              respondentRep: val('data', 'respondentRep', d.respondentRep),
            }}
            errors={errs('data')}
          />
          <Actions>
            <button type="submit" class="secondary">
              {tx(v, 'Simpan data perkara', 'Save the case details')}
            </button>
          </Actions>
        </form>
      </details>
    </>
  );
};
