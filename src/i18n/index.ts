// UI strings: Bahasa Indonesia first, English second. Their texts are in the message catalogue
// (src/i18n/catalogue.ts; the shared interface texts in src/i18n/messages/ui.ts); this module keeps the
// locale, a view's t() accessor over the whole catalogue, and the formatting of dates.
import { message, type MessageId, type MessageParams } from './catalogue.js';
import type { Locale } from './locale.js';
import type { ui } from './messages/ui.js';

export { LOCALES, isLocale, type Locale } from './locale.js';

/** The keys of the shared interface texts (the ones a notice after a redirect may name). */
export type MessageKey = keyof typeof ui;

/** A view's accessor: any key of the catalogue in the page's language. */
export type T = (key: MessageId, params?: MessageParams) => string;

export function translator(locale: Locale): T {
  return (key, params) => message(locale, key, params);
}
