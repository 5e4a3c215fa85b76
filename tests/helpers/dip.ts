import type { DipInput } from '../../src/domain/dip/input.js';

export function dipInput(over: Partial<DipInput> = {}): DipInput {
  return {
    title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025',
    summary: 'Daftar izin usaha mikro dan kecil yang diterbitkan, termasuk syarat dan alur pengurusannya.',
    category: 'berkala',
    subtype: 'layanan_publik',
    holder: 'Kepala Dinas',
    responsible: 'Kepala Bidang Perizinan',
    madeWhen: '2025',
    madePlace: 'Palangka Raya',
    forms: ['tercetak', 'terekam'],
    formats: ['PDF'],
    retention: '5 tahun',
    year: 2025,
    periodLabel: '',
    tags: ['izin', 'umkm'],
    links: [],
    ...over,
  };
}
