// The text of a validation message in one language. The domain's zod schemas carry message references
// (keys of the catalogue in src/i18n/messages/, made with messageRef); this resolves them for the forms.
// No map from Indonesian sentences to English is kept: both languages live beside each other in the catalogue.
import { renderText } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/index.js';

export function validationMessage(message: string, locale: string): string {
  return renderText((locale === 'en' ? 'en' : 'id') satisfies Locale, message);
}
