// The one message catalogue: every text the system shows, keyed by a stable id, Indonesian and English side by side.
// Each area keeps its messages in src/i18n/messages/<area>.ts as `{ 'area.key': { id, en } }`; this file joins them.
// A large area is kept in several modules, one per group of pages (requests-form, requests-case, …; SPLIT_AREAS in
// scripts/codemod-messages.ts), each an area of its own with its own key prefix.
// Because every entry holds both languages in one object checked with `satisfies Record<string, { id; en }>`,
// an entry that lacks a language is a type error in its area module; a key two areas both define is a type error
// below (NoCollision); empty texts and placeholders that differ between the languages are caught by
// tests/unit/catalogue.test.ts. Indonesian is the default language.
import type { Locale } from './locale.js';
// codemod-messages:begin (this block is written by scripts/codemod-messages.ts from the files in src/i18n/messages/)
import { accounts } from './messages/accounts.js';
import { admin } from './messages/admin.js';
import { api } from './messages/api.js';
import { calendar } from './messages/calendar.js';
import { citizen } from './messages/citizen.js';
import { classified } from './messages/classified.js';
import { components } from './messages/components.js';
import { dip } from './messages/dip.js';
import { dipEntry } from './messages/dip-entry.js';
import { dipForm } from './messages/dip-form.js';
import { dipImport } from './messages/dip-import.js';
import { disputes } from './messages/disputes.js';
import { documents } from './messages/documents.js';
import { errors } from './messages/errors.js';
import { exemptions } from './messages/exemptions.js';
import { exemptionsForm } from './messages/exemptions-form.js';
import { exemptionsRedaction } from './messages/exemptions-redaction.js';
import { http } from './messages/http.js';
import { jobs } from './messages/jobs.js';
import { objections } from './messages/objections.js';
import { org } from './messages/org.js';
import { portal } from './messages/portal.js';
import { privacy } from './messages/privacy.js';
import { redaction } from './messages/redaction.js';
import { reports } from './messages/reports.js';
import { requestsCase } from './messages/requests-case.js';
import { requestsDisputes } from './messages/requests-disputes.js';
import { requestsFiles } from './messages/requests-files.js';
import { requestsForm } from './messages/requests-form.js';
import { requestsIntake } from './messages/requests-intake.js';
import { requestsObjections } from './messages/requests-objections.js';
import { requestsTracking } from './messages/requests-tracking.js';
import { searchLog } from './messages/search-log.js';
import { ui } from './messages/ui.js';
import { units } from './messages/units.js';
import { users } from './messages/users.js';
import { validation } from './messages/validation.js';

/** The area modules, in one list so that their keys can be checked for collisions. */
type Areas = [
  typeof accounts,
  typeof admin,
  typeof api,
  typeof calendar,
  typeof citizen,
  typeof classified,
  typeof components,
  typeof dip,
  typeof dipEntry,
  typeof dipForm,
  typeof dipImport,
  typeof disputes,
  typeof documents,
  typeof errors,
  typeof exemptions,
  typeof exemptionsForm,
  typeof exemptionsRedaction,
  typeof http,
  typeof jobs,
  typeof objections,
  typeof org,
  typeof portal,
  typeof privacy,
  typeof redaction,
  typeof reports,
  typeof requestsCase,
  typeof requestsDisputes,
  typeof requestsFiles,
  typeof requestsForm,
  typeof requestsIntake,
  typeof requestsObjections,
  typeof requestsTracking,
  typeof searchLog,
  typeof ui,
  typeof units,
  typeof users,
  typeof validation,
];
const joined = {
  ...accounts,
  ...admin,
  ...api,
  ...calendar,
  ...citizen,
  ...classified,
  ...components,
  ...dip,
  ...dipEntry,
  ...dipForm,
  ...dipImport,
  ...disputes,
  ...documents,
  ...errors,
  ...exemptions,
  ...exemptionsForm,
  ...exemptionsRedaction,
  ...http,
  ...jobs,
  ...objections,
  ...org,
  ...portal,
  ...privacy,
  ...redaction,
  ...reports,
  ...requestsCase,
  ...requestsDisputes,
  ...requestsFiles,
  ...requestsForm,
  ...requestsIntake,
  ...requestsObjections,
  ...requestsTracking,
  ...searchLog,
  ...ui,
  ...units,
  ...users,
  ...validation,
} as const;
// codemod-messages:end

/** One message in both languages; `{name}` marks a placeholder filled by `message(locale, id, { name })`. */
export type CatalogueEntry = { readonly id: string; readonly en: string };

/** The keys that more than one area defines (never, or the assignment below fails to compile). */
type Collisions<T extends readonly object[], Seen extends PropertyKey = never> = T extends readonly [
  infer H extends object,
  ...infer R extends readonly object[],
]
  ? (keyof H & Seen) | Collisions<R, Seen | keyof H>
  : never;
const NoCollision: [Collisions<Areas>] extends [never] ? true : Collisions<Areas> = true;
void NoCollision;

export const catalogue = joined satisfies Record<string, CatalogueEntry>;

/** Every key of the catalogue. */
export type MessageId = keyof typeof catalogue;

/** The parameters a message takes; each is written with String(), as a template literal would. */
export type MessageParams = Record<string, unknown>;

const has = Object.prototype.hasOwnProperty;

/** Whether a string is a key of the catalogue (zod issues carry either a key or, not yet converted, a plain text). */
export function isMessageId(s: string): s is MessageId {
  return has.call(catalogue, s);
}

function fill(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (has.call(params, name) ? String(params[name]) : all));
}

/** The one way to render a message: its text in the given language with its placeholders filled. */
export function message(locale: Locale, id: MessageId, params?: MessageParams): string {
  return fill(catalogue[id][locale === 'en' ? 'en' : 'id'], params);
}

/** Both languages of a message, placeholders filled (what AppError and the form errors carry). */
export function messages(id: MessageId, params?: MessageParams): { id: string; en: string } {
  const e = catalogue[id];
  return { id: fill(e.id, params), en: fill(e.en, params) };
}

/** The same as messages(), under the name the codemod gives it in files where `messages` is a common word. */
export const catalogueMessages = messages;

/**
 * A message as one string, for the places that can only carry a string (zod issue messages, per-field
 * records): the key, and its parameters after a '?' as in a query string. `bilingual` and `renderText`
 * turn it back into text; an Indonesian sentence is never mistaken for one (keys have no spaces).
 */
export function messageRef(id: MessageId, params?: MessageParams): string {
  if (!params) return id;
  return `${id}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The key and parameters of a message reference, or null for any other text. */
function parseRef(text: string): { id: MessageId; params: MessageParams | undefined } | null {
  const q = text.indexOf('?');
  const id = q < 0 ? text : text.slice(0, q);
  if (!isMessageId(id)) return null;
  return { id, params: q < 0 ? undefined : Object.fromEntries(new URLSearchParams(text.slice(q + 1))) };
}

/**
 * Both languages of a text that may be a message reference (zod issue messages): a reference resolves to
 * its entry; any other text (not yet in the catalogue) is shown as it is in both languages.
 */
export function bilingual(text: string): { id: string; en: string } {
  const ref = parseRef(text);
  return ref ? messages(ref.id, ref.params) : { id: text, en: text };
}

/** The text of a message reference in one language (any other text as it is). */
export function renderText(locale: Locale, text: string): string {
  return bilingual(text)[locale === 'en' ? 'en' : 'id'];
}

/** A view's accessor: `const m = messagesFor(v.locale); m('errors.not_found')`. */
export type M = (id: MessageId, params?: MessageParams) => string;
export function messagesFor(locale: Locale): M {
  return (id, params) => message(locale, id, params);
}

/** The placeholder names of a text, for the catalogue test. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
