// The message catalogue (src/i18n/catalogue.ts): every key has both languages, non-empty, with the same placeholders;
// rendering fills placeholders and falls back to the text itself for strings that are not keys.
import { describe, expect, it } from 'vitest';
import { bilingual, catalogue, isMessageId, message, messageRef, messages, placeholders, renderText, type MessageId } from '../../src/i18n/catalogue.js';
import { areaOf, paramName, slug, SPLIT_AREAS } from '../../scripts/codemod-messages.js';

const keys = Object.keys(catalogue) as MessageId[];

describe('message catalogue', () => {
  it('has keys, each named area.key', () => {
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9_-]+\.[\w.-]+$/);
  });

  it('gives every key a non-empty Indonesian and English text', () => {
    const empty = keys.filter((k) => !catalogue[k].id.trim() || !catalogue[k].en.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same set of placeholders in both languages', () => {
    const differing = keys.filter((k) => placeholders(catalogue[k].id).join() !== placeholders(catalogue[k].en).join());
    expect(differing).toEqual([]);
  });

  it('renders a message in the asked language, Indonesian by default, with its placeholders filled', () => {
    expect(message('id', 'errors.too_large', { maxMb: 25 })).toBe('Berkas atau data yang dikirim terlalu besar. Ukuran maksimum 25 MB.');
    expect(message('en', 'errors.too_large', { maxMb: 25 })).toBe('The file or data sent is too large. The maximum size is 25 MB.');
    expect(messages('errors.not_found').id).toBe(catalogue['errors.not_found'].id);
  });

  it('resolves a key to both languages and shows any other text as it is', () => {
    expect(isMessageId('errors.forbidden')).toBe(true);
    expect(isMessageId('Teks biasa.')).toBe(false);
    expect(isMessageId('toString')).toBe(false);
    expect(bilingual('errors.forbidden')).toEqual({ id: catalogue['errors.forbidden'].id, en: catalogue['errors.forbidden'].en });
    expect(bilingual('Teks biasa.')).toEqual({ id: 'Teks biasa.', en: 'Teks biasa.' });
  });

  it('finds the placeholders of a text', () => {
    expect(placeholders('{b} dan {a} lalu {a}')).toEqual(['a', 'b']);
    expect(placeholders('tanpa')).toEqual([]);
  });

  it('carries a key and its parameters in one string (zod messages) and resolves it in both languages', () => {
    const ref = messageRef('errors.too_large', { maxMb: 7 });
    expect(bilingual(ref)).toEqual(messages('errors.too_large', { maxMb: 7 }));
    expect(renderText('en', ref)).toBe('The file or data sent is too large. The maximum size is 7 MB.');
    expect(renderText('id', 'Teks biasa? Ya.')).toBe('Teks biasa? Ya.');
  });
});

describe('codemod-messages naming', () => {
  it('takes the area from the path', () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    expect(areaOf(`${root}http/pages/requests/case/summary.tsx`)).toBe('requests-case');
    expect(areaOf(`${root}http/routes/dip/admin.tsx`)).toBe('dip');
    expect(areaOf(`${root}http/components/form.tsx`)).toBe('components');
    expect(areaOf(`${root}http/forms.ts`)).toBe('http');
  });

  it("puts a split area's messages in the module of the page or use case", () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    expect(areaOf(`${root}http/pages/requests/disputes/list.tsx`)).toBe('requests-disputes');
    expect(areaOf(`${root}http/pages/requests/list.tsx`)).toBe('requests-intake');
    expect(areaOf(`${root}http/pages/requests/case/files.tsx`)).toBe('requests-files');
    expect(areaOf(`${root}domain/requests/track-request.ts`)).toBe('requests-tracking');
    expect(areaOf(`${root}domain/requests/input.ts`)).toBe('requests-form');
    expect(areaOf(`${root}http/routes/requests/objection-ground-b.tsx`)).toBe('requests-objections');
    expect(areaOf(`${root}http/pages/dip/form-fields.tsx`)).toBe('dip-form');
    expect(areaOf(`${root}domain/dip/search.ts`)).toBe('dip');
    expect(areaOf(`${root}http/pages/exemptions/redaction/workspace.tsx`)).toBe('exemptions-redaction');
    expect(areaOf(`${root}http/pages/exemptions/list.tsx`)).toBe('exemptions');
  });

  it("keeps every key of a split area under one of its modules' names", () => {
    const modules = new Set(Object.values(SPLIT_AREAS).flatMap((rules) => rules.map(([, m]) => m)));
    const stray = keys.filter((k) => k.split('.')[0]! in SPLIT_AREAS && !modules.has(k.split('.')[0]!));
    expect(stray).toEqual([]);
    for (const m of modules) expect(keys.some((k) => k.startsWith(`${m}.`))).toBe(true);
  });

  it('names placeholders after the interpolated expression and slugs the English text', () => {
    expect(paramName('n')).toBe('n');
    expect(paramName('unit.name')).toBe('unitName');
    expect(paramName('formatDateTime(v.locale, r.at)')).toBe('formatDateTimeRAt');
    expect(slug('The {n} requests of this unit (PDF)')).toBe('requests_unit_pdf');
    expect(slug('{n}')).toBe('text');
  });
});
