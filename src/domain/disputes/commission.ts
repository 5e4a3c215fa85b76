// Which Komisi Informasi a dispute goes to by default: a city or regency without its own commission
// goes to the provincial one (UU KIP Ps 24(1), 26), so the default is named after the province in the
// body's address. The officer can always change it: some regencies have their own Komisi Informasi.

/** The 38 provinces of Indonesia (2022), as they are written in addresses. */
export const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Bengkulu',
  'Lampung',
  'DKI Jakarta',
  'Jawa Barat',
  'Banten',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan',
] as const;

// Other spellings seen in addresses, mapped to the name above.
const ALIASES: Record<string, (typeof PROVINCES)[number]> = {
  'daerah khusus ibukota jakarta': 'DKI Jakarta',
  'daerah istimewa yogyakarta': 'DI Yogyakarta',
  'bangka belitung': 'Kepulauan Bangka Belitung',
  'nanggroe aceh darussalam': 'Aceh',
  yogyakarta: 'DI Yogyakarta',
  jakarta: 'DKI Jakarta',
  // Provincial capitals, for an address that names only the city.
  'banda aceh': 'Aceh',
  medan: 'Sumatera Utara',
  padang: 'Sumatera Barat',
  pekanbaru: 'Riau',
  jambi: 'Jambi',
  palembang: 'Sumatera Selatan',
  bengkulu: 'Bengkulu',
  'bandar lampung': 'Lampung',
  'pangkal pinang': 'Kepulauan Bangka Belitung',
  'tanjung pinang': 'Kepulauan Riau',
  bandung: 'Jawa Barat',
  semarang: 'Jawa Tengah',
  surabaya: 'Jawa Timur',
  serang: 'Banten',
  denpasar: 'Bali',
  mataram: 'Nusa Tenggara Barat',
  kupang: 'Nusa Tenggara Timur',
  pontianak: 'Kalimantan Barat',
  'palangka raya': 'Kalimantan Tengah',
  palangkaraya: 'Kalimantan Tengah',
  banjarbaru: 'Kalimantan Selatan',
  banjarmasin: 'Kalimantan Selatan',
  samarinda: 'Kalimantan Timur',
  'tanjung selor': 'Kalimantan Utara',
  manado: 'Sulawesi Utara',
  palu: 'Sulawesi Tengah',
  makassar: 'Sulawesi Selatan',
  kendari: 'Sulawesi Tenggara',
  gorontalo: 'Gorontalo',
  mamuju: 'Sulawesi Barat',
  ambon: 'Maluku',
  sofifi: 'Maluku Utara',
  jayapura: 'Papua',
  manokwari: 'Papua Barat',
  sorong: 'Papua Barat Daya',
  merauke: 'Papua Selatan',
  nabire: 'Papua Tengah',
  wamena: 'Papua Pegunungan',
};

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;

/**
 * The province named in an address. Streets are often named after provinces ("Jl. Kalimantan"), and the
 * province comes last in an Indonesian address: the match that ends last wins, then the longest
 * ("Papua Barat Daya" rather than "Papua").
 */
export function provinceOf(address: string): string | null {
  const a = norm(address);
  let best: { end: number; len: number; province: string } | null = null;
  for (const [spelling, province] of [...PROVINCES.map((p) => [p, p] as const), ...Object.entries(ALIASES)]) {
    const n = norm(spelling);
    const at = a.lastIndexOf(n);
    if (at < 0) continue;
    const end = at + n.length;
    if (!best || end > best.end || (end === best.end && n.length > best.len)) best = { end, len: n.length, province };
  }
  return best?.province ?? null;
}

/** "Komisi Informasi Provinsi Kalimantan Tengah", or null when the address names no province. */
export function defaultCommission(address: string | null | undefined): string | null {
  const p = address ? provinceOf(address) : null;
  return p ? `Komisi Informasi Provinsi ${p}` : null;
}
