// Streams a JSON document made of pieces, so that a catalogue of 100k entries is never one string in memory.
import type { Logger } from 'pino';

/** A byte stream of the text pieces; pulls the next piece only when the client has taken the last. */
export function textStream(pieces: AsyncIterator<string>, log: Pick<Logger, 'error'>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await pieces.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (err) {
        // Headers are gone already: end the body (a client sees invalid JSON) and keep the cause in the log.
        log.error({ err }, 'streamed response failed');
        controller.error(err);
      }
    },
    async cancel() {
      await pieces.return?.();
    },
  });
}

/**
 * `head` (a JSON object, without its closing brace) followed by `"key": [ items... ]}`; items come in
 * pages, each item already JSON.
 */
export async function* jsonWithArray(head: string, pages: AsyncIterable<unknown[]>, tail = '}'): AsyncGenerator<string> {
  yield head;
  let first = true;
  for await (const page of pages) {
    if (!page.length) continue;
    const body = page.map((x) => JSON.stringify(x)).join(',\n');
    yield first ? body : `,\n${body}`;
    first = false;
  }
  yield `]${tail}`;
}
