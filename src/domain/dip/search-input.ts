// What the public search takes and gives: the input schema, a hit and a result page (see search.ts).
import { z } from 'zod';
import { DIP_CATEGORIES, DIP_FORMS, type DipCategory } from '../../db/schema/index.js';
import type { Highlighted } from './search-highlight.js';

export const MAX_QUERY_LENGTH = 200;

export const ZSearchInput = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).default(''),
  unitId: z.uuid().optional(),
  category: z.enum(DIP_CATEGORIES).optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  form: z.enum(DIP_FORMS).optional(),
  /** Only entries whose published version has a downloadable file. */
  downloadable: z.boolean().optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type SearchInput = z.input<typeof ZSearchInput>;

export type SearchHit = {
  id: string;
  slug: string;
  number: string;
  title: string;
  /** The title in pieces, the matched words marked (plain text: the page escapes it when it renders). */
  titleParts: Highlighted;
  unitId: string;
  unitCode: string;
  unitName: string;
  category: DipCategory;
  year: number | null;
  /** A fragment of the summary or document text in pieces, the matched words marked (plain text). */
  snippetParts: Highlighted;
  /** Higher is better; only comparable within one result set. */
  rank: number;
  publishedAt: Date;
  /** The published version has a downloadable file (dip_search.has_file). */
  hasFile: boolean;
};

export type SearchResult = {
  /** The number of hits; with `totalCapped`, a lower bound (COUNT_CAP, or the end of the page asked for). */
  total: number;
  /** True when there are more than `total` hits and they were not all counted ("more than 1,000"). */
  totalCapped: boolean;
  items: SearchHit[];
  page: number;
  pageSize: number;
  /** A corrected query ("Maksud Anda: …") when a word is not in the published vocabulary; null otherwise. */
  suggestion: string | null;
  /** True when the query found nothing and the items are those of `suggestion`. */
  suggestionApplied: boolean;
  /** Common words left out of the query (yang, dan, di, …). */
  ignoredWords: string[];
  /** No published entry has every word of the query: the hits have some of them, those with more first. */
  partialOnly: boolean;
  tookMs: number;
};
