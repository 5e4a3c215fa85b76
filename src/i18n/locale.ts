// The two languages of the interface: Bahasa Indonesia (the default) and English.
export type Locale = 'id' | 'en';
export const LOCALES: Locale[] = ['id', 'en'];

export function isLocale(v: unknown): v is Locale {
  return v === 'id' || v === 'en';
}
