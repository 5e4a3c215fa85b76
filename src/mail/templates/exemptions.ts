// Email templates of consequence tests and expiry reviews. They carry only what is public about a test
// (its public title, its penetapan number, its unit) and a back-office link: never the withheld
// information, the harm, a note or anything of the classified item itself.
type Locale = 'id' | 'en';
type Rendered = { subject: string; text: string };
type Template<P> = Record<Locale, (p: P) => Rendered>;

const footer = {
  id: (body: string) => `\n\n--\n${body}\nPesan ini dikirim otomatis oleh sistem layanan informasi publik. Mohon tidak membalas email ini.`,
  en: (body: string) => `\n\n--\n${body}\nThis message was sent automatically by the public information service. Please do not reply.`,
};

export type TestMail = { name: string; body: string; title: string; unit: string; actor: string; link: string };
export type DecisionMail = TestMail & { decision: 'approved' | 'rejected' | 'returned'; number: string };
export type ReviewMail = {
  name: string;
  body: string;
  title: string;
  unit: string;
  number: string;
  dueDate: string;
  link: string;
  kind: 'opened' | 'weekly' | 'overdue';
};
export type ReleaseMail = { name: string; body: string; title: string; unit: string; number: string; link: string };

const DECISION = {
  approved: { id: 'disetujui dan ditetapkan', en: 'approved and decided' },
  rejected: { id: 'ditolak', en: 'rejected' },
  returned: { id: 'dikembalikan untuk diperbaiki', en: 'returned for changes' },
};

const REVIEW_SUBJECT = {
  opened: { id: 'Peninjauan masa pengecualian dibuka', en: 'Review of an exemption period opened' },
  weekly: { id: 'Pengingat: peninjauan masa pengecualian', en: 'Reminder: review of an exemption period' },
  overdue: { id: 'Terlambat: masa pengecualian telah berakhir', en: 'Overdue: an exemption period has ended' },
};

export const exemptionTemplates = {
  exemption_submitted: {
    id: (p: TestMail) => ({
      subject: `Uji konsekuensi diajukan: ${p.title}`,
      text: `Yth. ${p.name},\n\n${p.actor} mengajukan uji konsekuensi dari ${p.unit} untuk diperiksa PPID Utama:\n\n    ${p.title}\n\nPeriksa di ruang kerja: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: TestMail) => ({
      subject: `Consequence test submitted: ${p.title}`,
      text: `Dear ${p.name},\n\n${p.actor} submitted a consequence test of ${p.unit} for review by the lead PPID:\n\n    ${p.title}\n\nReview it in the back office: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<TestMail>,
  exemption_forwarded: {
    id: (p: TestMail) => ({
      subject: `Uji konsekuensi menunggu penetapan Anda: ${p.title}`,
      text: `Yth. ${p.name},\n\nPPID Utama (${p.actor}) meneruskan uji konsekuensi dari ${p.unit} untuk diputuskan Atasan PPID:\n\n    ${p.title}\n\nPutuskan di ruang kerja: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: TestMail) => ({
      subject: `Consequence test awaits your decision: ${p.title}`,
      text: `Dear ${p.name},\n\nThe lead PPID (${p.actor}) forwarded a consequence test of ${p.unit} for the decision of the PPID's superior:\n\n    ${p.title}\n\nDecide it in the back office: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<TestMail>,
  exemption_decided: {
    id: (p: DecisionMail) => ({
      subject: `Uji konsekuensi ${DECISION[p.decision].id}: ${p.number || p.title}`,
      text: `Yth. ${p.name},\n\nUji konsekuensi "${p.title}" (${p.unit}) ${DECISION[p.decision].id} oleh ${p.actor}.${p.number ? `\n\nNomor penetapan: ${p.number}` : ''}\n\nCatatan dan langkah berikutnya dapat dilihat di ruang kerja: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: DecisionMail) => ({
      subject: `Consequence test ${DECISION[p.decision].en}: ${p.number || p.title}`,
      text: `Dear ${p.name},\n\nThe consequence test "${p.title}" (${p.unit}) was ${DECISION[p.decision].en} by ${p.actor}.${p.number ? `\n\nDecision number: ${p.number}` : ''}\n\nSee the note and the next steps in the back office: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<DecisionMail>,
  exemption_review: {
    id: (p: ReviewMail) => ({
      subject: `${REVIEW_SUBJECT[p.kind].id}: ${p.number}`,
      text: `Yth. ${p.name},\n\nMasa pengecualian informasi "${p.title}" (${p.unit}, penetapan ${p.number}) ${p.kind === 'overdue' ? 'telah berakhir pada' : 'berakhir pada'} ${p.dueDate}. Atasan PPID memutuskan apakah pengecualian diperpanjang dengan uji konsekuensi baru atau informasi dibuka (UU No. 14 Tahun 2008 Pasal 20).\n\nTinjau di ruang kerja: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: ReviewMail) => ({
      subject: `${REVIEW_SUBJECT[p.kind].en}: ${p.number}`,
      text: `Dear ${p.name},\n\nThe exemption of "${p.title}" (${p.unit}, decision ${p.number}) ${p.kind === 'overdue' ? 'ended on' : 'ends on'} ${p.dueDate}. The PPID's superior decides whether it is extended with a new consequence test or the information is opened (Law No. 14 of 2008, Art. 20).\n\nReview it in the back office: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<ReviewMail>,
  exemption_released: {
    id: (p: ReleaseMail) => ({
      subject: `Informasi dibuka: ${p.title}`,
      text: `Yth. ${p.name},\n\nPengecualian "${p.title}" (${p.unit}, penetapan ${p.number}) berakhir dan informasinya dibuka. Draf entri Daftar Informasi Publik telah dibuat untuk unit Anda: lengkapi, lampirkan dokumen yang boleh diberikan, lalu ajukan ke PPID Utama.\n\nBuka draf: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: ReleaseMail) => ({
      subject: `Information opened: ${p.title}`,
      text: `Dear ${p.name},\n\nThe exemption of "${p.title}" (${p.unit}, decision ${p.number}) has ended and the information is opened. A draft entry of the Public Information Register was made for your agency: complete it, attach the documents that may be given, and submit it to the lead PPID.\n\nOpen the draft: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<ReleaseMail>,
};
