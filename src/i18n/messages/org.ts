// Catalogue area "org": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const org = {
  'org.public-body.logo_too_large_most_1': { id: 'Logo terlalu besar (maksimal 1 MB).', en: 'The logo is too large (at most 1 MB).' },
  'org.public-body.logo_must_png_jpeg_webp': {
    id: 'Logo harus berupa gambar PNG, JPEG atau WebP. Berkas yang diunggah bukan salah satunya.',
    en: 'The logo must be a PNG, JPEG or WebP image. The uploaded file is none of these.',
  },
  'org.public-body.fill_public_body_profile_first': { id: 'Isi profil badan publik terlebih dahulu.', en: 'Fill in the public body profile first.' },
} as const satisfies Record<string, { id: string; en: string }>;
