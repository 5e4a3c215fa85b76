// Errors that are the client's doing map to 400, not 500 (issue #11): PostgreSQL data exceptions (SQLSTATE
// class 22), also when wrapped by drizzle, and parse errors; other database errors stay what they are.
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { badInputError } from '../../src/http/errors.js';

const pgError = (code: string) => Object.assign(new Error('db'), { code });

describe('badInputError', () => {
  it('maps SQLSTATE class 22 to a bilingual 400, also inside a wrapping error', () => {
    for (const code of ['22021', '22P02', '22P05', '22007', '22003']) {
      const e = badInputError(pgError(code));
      expect(e?.status, code).toBe(400);
      expect(e?.messages.en).toContain('could not be processed');
      expect(badInputError(Object.assign(new Error('Failed query'), { cause: pgError(code) }))?.status).toBe(400);
    }
  });

  it('maps parse errors (JSON, form data, a validator 400) to 400', () => {
    expect(badInputError(new SyntaxError('Unexpected end of JSON input'))?.status).toBe(400);
    expect(badInputError(new TypeError('Failed to parse body as FormData.'))?.status).toBe(400);
    expect(badInputError(new HTTPException(400, { message: 'Malformed JSON in request body' }))?.status).toBe(400);
  });

  it('leaves other errors alone', () => {
    expect(badInputError(pgError('23505'))).toBeNull();
    expect(badInputError(pgError('40001'))).toBeNull();
    expect(badInputError(new Error('boom'))).toBeNull();
    expect(badInputError(new TypeError('x is not a function'))).toBeNull();
    expect(badInputError(new HTTPException(401))).toBeNull();
  });
});
