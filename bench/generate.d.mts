/** Types of bench/generate.mjs (the benchmark's programme generator). */

/** The most sessions a generated day holds. */
export declare const SESSIONS_PER_DAY: number;

/**
 * A French agenda page with exactly `sessions` sessions over
 * `ceil(sessions / SESSIONS_PER_DAY)` consecutive working days (at least two when
 * there are two sessions).
 */
export declare function generateProgramme(sessions: number, options?: { start?: string; seed?: number }): string;
