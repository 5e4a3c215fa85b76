// Catalogue area "jobs": the texts of its pages and routes, Indonesian first (moved from the inline tx calls by scripts/codemod-messages.ts).
export const jobs = {
  'jobs.outbox-worker.email_was_already_sent_there': {
    id: 'Email ini sudah terkirim; tidak perlu dikirim ulang.',
    en: 'This email was already sent; there is nothing to retry.',
  },
} as const satisfies Record<string, { id: string; en: string }>;
