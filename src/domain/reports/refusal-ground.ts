// The one place that decides which UU KIP Ps 17 letter a refusal (or a partial grant) rests on, for the
// statistics and the annual report. The approved consequence test the notice cites is the legal basis of
// the exemption (docs/exemptions.md: "a refusal always cites an approved consequence test"), so its
// letter wins; the letter typed on the written notice is the fallback for notices without a test.
import { EXEMPTION_GROUNDS, type ExemptionGround } from '../../db/schema/request-handling.js';

export function refusalGround(row: { testGround: string | null; noticeGround: string | null }): ExemptionGround | null {
  const isGround = (g: string | null): g is ExemptionGround => !!g && (EXEMPTION_GROUNDS as readonly string[]).includes(g);
  if (isGround(row.testGround)) return row.testGround;
  if (isGround(row.noticeGround)) return row.noticeGround;
  return null;
}
