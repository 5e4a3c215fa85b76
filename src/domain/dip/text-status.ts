// The text-extraction state of a DIP document as people see it, and the job's bookkeeping line kept in
// text_error while a document is pending (written and read by src/jobs/text-extraction.ts).

const NOTE = /^~job attempt=(\d+) until=(\S+) by=(\S*)(?: \| ([\s\S]*))?$/;
type JobNote = { attempt: number; until: string; by: string; last: string | null };

export function parseJobNote(note: string | null): JobNote | null {
  const m = note ? NOTE.exec(note) : null;
  return m ? { attempt: Number(m[1]), until: m[2]!, by: m[3]!, last: m[4] ?? null } : null;
}

export function jobNote(attempt: number, until: Date, by: string, last: string | null): string {
  return `~job attempt=${attempt} until=${until.toISOString()} by=${by}${last ? ` | ${last}` : ''}`;
}

/** What a person should see of text_error: the reason, or the last error of a pending retry. */
export function publicTextError(textError: string | null): string | null {
  if (!textError) return null;
  const note = parseJobNote(textError);
  return note ? note.last : textError;
}
