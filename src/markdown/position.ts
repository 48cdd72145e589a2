/**
 * Maps offsets in a source document to 1-based line and column.
 */
import type { SourcePoint } from '../types.js';

/** Turns source offsets into line/column points. Build once per document. */
export class LineIndex {
  private readonly starts: number[];

  constructor(source: string) {
    this.starts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** The 1-based line and column of a 0-based offset. */
  point(offset: number): SourcePoint {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
