// Email template of a note from the PPID Utama to a unit about what citizens searched for and did not find.
// It carries the anonymous query and its counts, never anything about the people who searched.
type Locale = 'id' | 'en';
type Rendered = { subject: string; text: string };
type Template<P> = Record<Locale, (p: P) => Rendered>;

const footer = {
  id: (body: string) => `\n\n--\n${body}\nPesan ini dikirim otomatis oleh sistem layanan informasi publik. Mohon tidak membalas email ini.`,
  en: (body: string) => `\n\n--\n${body}\nThis message was sent automatically by the public information service. Please do not reply.`,
};

export type SearchNoteMail = {
  name: string;
  body: string;
  unit: string;
  actor: string;
  query: string;
  month: string;
  searches: number;
  zeroResults: number;
  note: string;
  link: string;
};

export const searchLogTemplates = {
  search_note: {
    id: (p: SearchNoteMail) => ({
      subject: `Dicari warga, belum tersedia: "${p.query}"`,
      text: `Yth. ${p.name},\n\n${p.actor} (PPID Utama) meminta ${p.unit} menerbitkan informasi yang dicari warga di portal.\n\nKata pencarian: "${p.query}"\nBulan ${p.month}: dicari ${p.searches} kali, ${p.zeroResults} kali tanpa hasil.\n\nCatatan:\n${p.note}\n\nTambahkan entri DIP di: ${p.link}${footer.id(p.body)}`,
    }),
    en: (p: SearchNoteMail) => ({
      subject: `Searched for by citizens, not yet available: "${p.query}"`,
      text: `Dear ${p.name},\n\n${p.actor} (lead PPID) asks ${p.unit} to publish information that citizens searched for on the portal.\n\nSearch words: "${p.query}"\nMonth ${p.month}: searched ${p.searches} times, ${p.zeroResults} times without a result.\n\nNote:\n${p.note}\n\nAdd a DIP entry at: ${p.link}${footer.en(p.body)}`,
    }),
  } satisfies Template<SearchNoteMail>,
};
