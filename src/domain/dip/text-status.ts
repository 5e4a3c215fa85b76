// The text-extraction state of a DIP document as people see it: the reason it has no text, or, while it
// waits for a retry, the error of the last attempt (columns kept by src/jobs/text-extraction.ts).

/** What a person should see: the reason of a failed / unsearchable document, or the last error of a pending retry. */
export function publicTextError(doc: { textError: string | null; textLastError: string | null }): string | null {
  return doc.textError ?? doc.textLastError ?? null;
}
