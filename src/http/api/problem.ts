// Errors of the JSON API as application/problem+json in Indonesian and English: invalid parameters
// become one AppError (400) whose message names each parameter; no ZodError or stack reaches a client.
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { AppError, type Messages } from '../../errors.js';
import { bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { badInputError, handleError } from '../errors.js';
import type { Env } from '../types.js';

const GENERIC: Messages = { id: 'Nilai parameter ini tidak valid.', en: 'The value of this parameter is not valid.' };

/**
 * Per-parameter messages from a failed parse: the API's own schemas carry references to the catalogue's
 * "api" area (src/i18n/messages/api.ts); any other message (zod's own) falls back to a generic one.
 */
export function paramMessages(error: ZodError): Record<string, Messages> {
  const fields: Record<string, Messages> = {};
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.') || '_';
    if (fields[name]) continue;
    fields[name] = issue.message.startsWith('api.') ? bilingual(issue.message) : GENERIC;
  }
  return fields;
}

export function invalidParams(fields: Record<string, Messages>): AppError {
  const names = Object.keys(fields).join(', ');
  return new AppError('invalid_parameter', 400, catalogueMessages('http.problem.invalid_request_parameters', { names }), fields);
}

/** The defaultHook of the API router: a failed parse becomes a 400 problem, never a raw ZodError. */
export function defaultHook(result: { success: true } | { success: false; error: ZodError }): void {
  if (!result.success) throw invalidParams(paramMessages(result.error));
}

export type Problem = {
  type: string;
  title: string;
  title_en: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { name: string; message: string; message_en: string }[];
};

export function problemOf(err: AppError): Problem {
  const p: Problem = { type: `about:blank#${err.code}`, title: err.messages.id, title_en: err.messages.en, status: err.status, code: err.code };
  if (err.fields) p.errors = Object.entries(err.fields).map(([name, m]) => ({ name, message: m.id, message_en: m.en }));
  return p;
}

export function problemResponse(c: Context<Env>, err: AppError): Response {
  const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  return c.json(problemOf(err), err.status as 400, { 'content-type': 'application/problem+json' });
}

/**
 * The API's error handler: AppErrors as bilingual problems (Indonesian `title`, English `title_en`,
 * per-parameter `errors`); anything unexpected goes to the app's one handler, which logs it and answers
 * with an incident number only.
 */
export function apiErrorHandler(err: Error, c: Context<Env>): Response | Promise<Response> {
  if (err instanceof AppError) return problemResponse(c, err);
  // A body that does not parse, or a value PostgreSQL refuses as data (SQLSTATE class 22): the client's, 400.
  const bad = badInputError(err);
  if (bad) return problemResponse(c, bad);
  return handleError(err, c);
}
