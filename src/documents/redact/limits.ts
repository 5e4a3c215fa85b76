// The limits of the redaction tool: resolutions, pages, pixels, time per poppler process, areas and patterns.

export const REDACTION_LIMITS = {
  /** Resolution of the released pages: legible on screen and in print, a few hundred KB per page. */
  dpi: 150,
  /** Resolution of the page images the officer marks and of previews. */
  viewDpi: 100,
  /** Pages a PDF may have to be redacted here (a 20-page scan is the usual case). */
  maxPages: 300,
  /** Pixels of one rendered page, at most; larger pages (plans, maps) are rendered at a lower resolution. */
  maxPagePixels: 36_000_000,
  /** One poppler process, at most. */
  toolTimeoutMs: 60_000,
  /** Areas and patterns of one redaction, at most. */
  maxAreas: 500,
  maxPatterns: 50,
} as const;
