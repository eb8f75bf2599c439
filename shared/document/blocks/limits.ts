/**
 * Size limits of a document, in two sets. A request (the contract: saving, importing) is held to
 * REQUEST_LIMITS, generous for a briefing (a 30-page issue is ≈600 blocks, ≈25,000 characters) and
 * there to keep a malformed request from growing the database without bound. What the storage reads
 * is held to STORED_LIMITS, which are never below them: a request limit tightened later must not turn
 * rows saved under the old one into 正文格式无法识别. Each block module builds its schema from a set
 * (registry.ts), so the two schemas differ in their numbers only.
 */
export interface DocumentLimits {
  blocks: number;
  leavesPerBlock: number;
  textPerLeaf: number;
  /** Lines of a generated section or a statistics sentence. */
  generatedLines: number;
  tableRows: number;
  tableColumns: number;
  cellChars: number;
  captionChars: number;
  /** A picture's pixel width or height. */
  picturePixels: number;
}

export const REQUEST_LIMITS: DocumentLimits = {
  blocks: 20_000,
  leavesPerBlock: 2_000,
  textPerLeaf: 100_000,
  generatedLines: 500,
  tableRows: 500,
  tableColumns: 50,
  cellChars: 2_000,
  captionChars: 500,
  // A 300 dpi A4 page is 2480 × 3508: above this is no photo a clerk inserts.
  picturePixels: 20_000,
};

/** Ten times the request limits: only a sanity bound against a damaged row, never a policy. */
export const STORED_LIMITS: DocumentLimits = Object.fromEntries(
  Object.entries(REQUEST_LIMITS).map(([key, value]) => [key, value * 10]),
) as unknown as DocumentLimits;
