/**
 * Memory of one `parseProgramme` over a generated programme, measured in a
 * fresh process (so earlier benchmarks leave no peak behind). Run by
 * bench/run.mjs as `node --expose-gc bench/memory.mjs <sessions>`; prints JSON.
 */
import { parseProgramme } from '../dist/index.js';
import { generateProgramme } from './generate.mjs';

const sessions = Number(process.argv[2] ?? 10000);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const gc = globalThis.gc;

const markdown = generateProgramme(sessions);
// Warm the code once on a small page so the measure is of the data, not of compilation.
parseProgramme(generateProgramme(50), { referenceDate: '2024-01-01' });
gc();
gc();
const before = process.memoryUsage();
const peakBefore = process.resourceUsage().maxRSS * 1024;
const programme = parseProgramme(markdown, { referenceDate: '2024-01-01' });
const afterNoGc = process.memoryUsage();
const peakAfter = process.resourceUsage().maxRSS * 1024;
gc();
gc();
const retained = process.memoryUsage();
if (programme.sessions.length !== sessions) throw new Error(`read ${programme.sessions.length} sessions, wrote ${sessions}`);

process.stdout.write(
  JSON.stringify({
    sessions,
    markdownBytes: Buffer.byteLength(markdown),
    rssBefore: before.rss,
    peakRssBefore: peakBefore,
    peakRss: peakAfter,
    /** Growth of the process's peak resident set during the parse. */
    peakRssDelta: peakAfter - before.rss,
    /** Heap in use right after the parse, before any collection (tree, lines and garbage). */
    heapUsedDelta: afterNoGc.heapUsed - before.heapUsed,
    /** Heap still held once collected: the programme itself. */
    retainedHeapDelta: retained.heapUsed - before.heapUsed,
  }) + '\n',
);
