/** What one sync of the content folder did. */
export interface SyncResult {
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  fromCache: number;
  analysed: number;
  ms: number;
}

export function emptyResult(): SyncResult {
  return { added: 0, updated: 0, removed: 0, skipped: 0, fromCache: 0, analysed: 0, ms: 0 };
}

export function sumResults(a: SyncResult, b: SyncResult): SyncResult {
  return {
    added: a.added + b.added,
    updated: a.updated + b.updated,
    removed: a.removed + b.removed,
    skipped: a.skipped + b.skipped,
    fromCache: a.fromCache + b.fromCache,
    analysed: a.analysed + b.analysed,
    ms: a.ms + b.ms,
  };
}
