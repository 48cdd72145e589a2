/**
 * `npm run bench`: deroule against the Markdown parsing floor, a peer
 * (chrono-node's French parser), its scaling on generated programmes, the
 * exports and memory. Runs on the built dist/ (the script builds it first),
 * prints a Markdown table and the ratios, and writes bench/results.json.
 *
 * Targets (reported, not asserted): deroule ≤ 1.25 × floor;
 * (deroule − floor) / chrono < 1; scaling ratio ≤ 1.3; ICS of 10 000 sessions < 1 s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkAgendaSyntax } from '../dist/markdown/syntax.js';
import { parseMarkdown } from '../dist/markdown/parse.js';
import { readFrontMatter } from '../dist/markdown/frontmatter.js';
import { treeToLines } from '../dist/markdown/lines.js';
import { programmeFromTree } from '../dist/parse.js';
import * as chrono from 'chrono-node';
import { clearRecogniserCaches, parseProgramme, toCSV, toICS } from '../dist/index.js';
import { generateProgramme } from './generate.mjs';

const QUICK = process.argv.includes('--quick');
const REFERENCE = '2024-01-01';
const OPTIONS = { referenceDate: REFERENCE };
const CHRONO_REFERENCE = new Date(Date.UTC(2024, 0, 1));
const SIZES = [10, 100, 1000, 10000];
const STAMP = '2024-01-01T00:00:00Z';

// ---------------------------------------------------------------- corpus
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const sharedCorpus = here('../../shared/corpus/');
const useShared = existsSync(sharedCorpus) && readdirSync(sharedCorpus).some((f) => f.endsWith('.md'));
const corpusDir = useShared ? sharedCorpus : here('../examples/');
const corpusName = useShared ? '../shared/corpus' : 'examples';
const pages = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(corpusDir + f, 'utf8'));
const corpusBytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);

const floor = unified().use(remarkParse).use(remarkFrontmatter);
const floorSyntax = unified().use(remarkParse).use(remarkAgendaSyntax);
/** The pages parsed once, for the rows that time one part of deroule's own work after the parse. */
const trees = pages.map((p) => parseMarkdown(p));

// Anything the tasks return is kept here, so no call can be optimised away.
let sink = 0;

// ---------------------------------------------------------------- programmes
const generated = new Map(SIZES.map((n) => [n, generateProgramme(n)]));
const parsed = new Map([...generated].map(([n, markdown]) => [n, parseProgramme(markdown, OPTIONS)]));
for (const [n, programme] of parsed) {
  if (programme.sessions.length !== n) throw new Error(`generator: ${n} sessions written, ${programme.sessions.length} read back`);
}
const largest = parsed.get(10000);
parsed.clear();

// ---------------------------------------------------------------- benches
/** Budgets: enough samples for a median on 2 cores, a run of about two minutes. */
const budget = (time, iterations, warmupIterations) =>
  QUICK
    ? { time: 0, iterations: 1, warmupIterations: 1, warmupTime: 0 }
    : { time, iterations, warmupIterations, warmupTime: 0 };

/** The corpus tasks, compared with one another: their ratios are the figures that matter. */
const corpusTasks = {
  'floor: remark-parse + remark-frontmatter': () => {
    for (const p of pages) sink += floor.parse(p).children.length;
  },
  'floor + tables (the syntax deroule parses with)': () => {
    for (const p of pages) sink += floorSyntax.parse(p).children.length;
  },
  // deroule's parse alone: the floor with the syntax extensions a page needs (see src/markdown/syntax.ts) and long pages in pieces.
  "deroule's parse (parseMarkdown)": () => {
    for (const p of pages) sink += parseMarkdown(p).children.length;
  },
  'deroule: parseProgramme': () => {
    for (const p of pages) sink += parseProgramme(p, OPTIONS).sessions.length;
  },
  // The recognisers cache results by line across calls; this row times every page as if seen for the first time.
  'deroule: parseProgramme, caches cleared before each page': () => {
    for (const p of pages) {
      clearRecogniserCaches();
      sink += parseProgramme(p, OPTIONS).sessions.length;
    }
  },
  'chrono-node: fr.parse': () => {
    for (const p of pages) sink += chrono.fr.parse(p, CHRONO_REFERENCE).length;
  },
  // Where deroule's own work goes: each row times one part on trees parsed beforehand.
  'parts: everything after the parse': () => {
    pages.forEach((p, i) => {
      clearRecogniserCaches();
      sink += programmeFromTree(trees[i], p, OPTIONS).sessions.length;
    });
  },
  'parts: front matter (yaml)': () => {
    for (const t of trees) sink += readFrontMatter(t, []).fields.length;
  },
  'parts: tree to lines (parse5 for raw HTML)': () => {
    pages.forEach((p, i) => {
      sink += treeToLines(trees[i], p).length;
    });
  },
};
/**
 * On a shared machine the speed drifts over a run: one long block per task
 * would give each task a different machine. So the corpus tasks run in short
 * interleaved rounds, and each task's figure is the median of its rounds'.
 */
const CORPUS_ROUNDS = QUICK ? 1 : 12;
const corpusRounds = [];
for (let round = 0; round < CORPUS_ROUNDS; round++) {
  const bench = new Bench({ name: `corpus, round ${round + 1} of ${CORPUS_ROUNDS}`, ...budget(300, 3, round === 0 ? 2 : 0) });
  for (const [name, fn] of Object.entries(corpusTasks)) bench.add(name, fn);
  corpusRounds.push(bench);
}

// Each size also runs the floor alone, to tell the Markdown parser's scaling from deroule's own.
const small = new Bench({ name: 'scaling (small)', ...budget(2000, 10, 3) });
for (const n of [10, 100, 1000]) {
  small.add(`parseProgramme ${n}`, () => (sink += parseProgramme(generated.get(n), OPTIONS).sessions.length));
  small.add(`floor ${n}`, () => (sink += floor.parse(generated.get(n)).children.length));
}
const big = new Bench({ name: 'scaling (10 000) and exports', ...budget(0, 3, 1) })
  .add('parseProgramme 10000', () => (sink += parseProgramme(generated.get(10000), OPTIONS).sessions.length))
  .add('floor 10000', () => (sink += floor.parse(generated.get(10000)).children.length))
  .add('toICS 10000', () => (sink += toICS(largest, { stamp: STAMP }).length))
  .add('toCSV 10000', () => (sink += toCSV(largest).length));

for (const b of [...corpusRounds, small, big]) {
  process.stderr.write(`running ${b.name}…\n`);
  await b.run();
}

/** Median latency (ms) and sample count of a task, failing loudly on an errored task. */
function stats(bench, name) {
  const task = bench.getTask(name);
  const r = task?.result;
  if (!r || !('latency' in r)) throw new Error(`${name}: ${r?.state ?? 'no result'} ${r && 'error' in r ? r.error : ''}`);
  return { medianMs: r.latency.p50, meanMs: r.latency.mean, rme: r.latency.rme, samples: r.latency.samplesCount };
}

// ---------------------------------------------------------------- memory (fresh process)
const memory = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', here('./memory.mjs'), '10000'], { encoding: 'utf8' }),
);

// ---------------------------------------------------------------- results
const MB = 1e6;
/** A corpus task over all rounds: the median of its rounds' medians, with every sample counted. */
function corpusStats(name) {
  const rounds = corpusRounds.map((b) => stats(b, name));
  const medians = rounds.map((r) => r.medianMs).sort((a, b) => a - b);
  const middle = medians.length >> 1;
  const medianMs = medians.length % 2 ? medians[middle] : (medians[middle - 1] + medians[middle]) / 2;
  return {
    medianMs,
    meanMs: rounds.reduce((n, r) => n + r.meanMs, 0) / rounds.length,
    roundMediansMs: { min: medians[0], max: medians.at(-1) },
    samples: rounds.reduce((n, r) => n + r.samples, 0),
    rounds: rounds.length,
  };
}
const corpusRow = (name) => {
  const s = corpusStats(name);
  return { ...s, mbPerS: corpusBytes / MB / (s.medianMs / 1000), pagesPerS: pages.length / (s.medianMs / 1000) };
};
const floorR = corpusRow('floor: remark-parse + remark-frontmatter');
const floorSyntaxR = corpusRow('floor + tables (the syntax deroule parses with)');
const parseR = corpusRow("deroule's parse (parseMarkdown)");
const derouleR = corpusRow('deroule: parseProgramme');
const derouleColdR = corpusRow('deroule: parseProgramme, caches cleared before each page');
const chronoR = corpusRow('chrono-node: fr.parse');
const afterParseR = corpusRow('parts: everything after the parse');
const frontMatterR = corpusRow('parts: front matter (yaml)');
const linesR = corpusRow('parts: tree to lines (parse5 for raw HTML)');
const scaling = SIZES.map((n) => {
  const bench = n === 10000 ? big : small;
  const s = stats(bench, `parseProgramme ${n}`);
  const fl = stats(bench, `floor ${n}`);
  const bytes = Buffer.byteLength(generated.get(n));
  return {
    sessions: n,
    bytes,
    ...s,
    msPerSession: s.medianMs / n,
    mbPerS: bytes / MB / (s.medianMs / 1000),
    floor: { ...fl, msPerSession: fl.medianMs / n },
    /** deroule's own work: its time less the floor's. */
    ownMsPerSession: (s.medianMs - fl.medianMs) / n,
  };
});
const ics = stats(big, 'toICS 10000');
const csv = stats(big, 'toCSV 10000');

const ratios = {
  derouleOverFloor: derouleR.medianMs / floorR.medianMs,
  ownWorkOverChrono: (derouleR.medianMs - floorR.medianMs) / chronoR.medianMs,
  /** Informative: the two ratios above with the recogniser caches cleared before each page. */
  coldOverFloor: derouleColdR.medianMs / floorR.medianMs,
  coldOwnWorkOverChrono: (derouleColdR.medianMs - floorR.medianMs) / chronoR.medianMs,
  scalingLargestOverSmallest: scaling.at(-1).msPerSession / scaling[0].msPerSession,
  /** Informative: the same ratio for the floor alone and for deroule's own work. */
  floorScaling: scaling.at(-1).floor.msPerSession / scaling[0].floor.msPerSession,
  ownScaling: scaling.at(-1).ownMsPerSession / scaling[0].ownMsPerSession,
  icsSeconds10000: ics.medianMs / 1000,
  /** Informative: deroule's own work after the parse, and two of its parts, over the floor. */
  afterParseOverFloor: afterParseR.medianMs / floorR.medianMs,
  /** Informative: deroule's parse alone over the floor; 1.25 less this is what target 1 leaves for all the rest. */
  parseOverFloor: parseR.medianMs / floorR.medianMs,
  frontMatterOverFloor: frontMatterR.medianMs / floorR.medianMs,
  linesOverFloor: linesR.medianMs / floorR.medianMs,
};
const targets = {
  derouleOverFloor: { target: '≤ 1.25', met: ratios.derouleOverFloor <= 1.25 },
  ownWorkOverChrono: { target: '< 1', met: ratios.ownWorkOverChrono < 1 },
  scalingLargestOverSmallest: { target: '≤ 1.3', met: ratios.scalingLargestOverSmallest <= 1.3 },
  icsSeconds10000: { target: '< 1', met: ratios.icsSeconds10000 < 1 },
};

const results = {
  date: new Date().toISOString(),
  quick: QUICK,
  machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: os.cpus()[0]?.model ?? null, cores: os.cpus().length },
  statistic: 'median latency (ms) over tinybench samples; corpus rows: median of the medians of interleaved rounds',
  corpus: { source: corpusName, pages: pages.length, bytes: corpusBytes },
  floor: floorR,
  floorWithSyntax: floorSyntaxR,
  deroule: derouleR,
  derouleColdCaches: derouleColdR,
  chrono: chronoR,
  parts: { parse: parseR, afterParse: afterParseR, frontMatter: frontMatterR, lines: linesR },
  scaling,
  exports: { sessions: 10000, ics, csv },
  memory,
  ratios,
  targets,
};
writeFileSync(here('./results.json'), JSON.stringify(results, null, 2) + '\n');

// ---------------------------------------------------------------- table
const f = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const MiB = (x) => `${f(x / 2 ** 20)} MiB`;
const rows = [
  ['What', 'Input', 'Median', 'Throughput', 'Samples'],
  ...[
    ['Floor: remark-parse + remark-frontmatter', floorR],
    ['(floor + tables, strikethrough, task lists: for reference)', floorSyntaxR],
    ['deroule\'s parse alone (`parseMarkdown`: the tables etc. only where a page has them)', parseR],
    ['deroule `parseProgramme`', derouleR],
    ['deroule, caches cleared before each page', derouleColdR],
    ['chrono-node `fr.parse`', chronoR],
    ['deroule after the parse (caches cleared)', afterParseR],
    ['… of which the front matter (`yaml`)', frontMatterR],
    ['… of which the tree to lines (`parse5` for raw HTML)', linesR],
  ].map(([what, r]) => [what, `${pages.length} pages, ${f(corpusBytes / 1e3, 0)} kB`, `${f(r.medianMs)} ms`, `${f(r.mbPerS, 2)} MB/s, ${f(r.pagesPerS, 0)} pages/s`, String(r.samples)]),
  ...scaling.map((s) => [
    `deroule, generated programme`,
    `${f(s.sessions, 0)} sessions, ${f(s.bytes / 1e3, 0)} kB`,
    `${f(s.medianMs)} ms`,
    `${f(s.msPerSession * 1000, 0)} µs/session (floor ${f(s.floor.msPerSession * 1000, 0)}, own ${f(s.ownMsPerSession * 1000, 0)}), ${f(s.mbPerS, 2)} MB/s`,
    String(s.samples),
  ]),
  ['`toICS`', '10,000 sessions', `${f(ics.medianMs)} ms`, `${f((ics.medianMs * 1000) / 10000, 0)} µs/session`, String(ics.samples)],
  ['`toCSV`', '10,000 sessions', `${f(csv.medianMs)} ms`, `${f((csv.medianMs * 1000) / 10000, 0)} µs/session`, String(csv.samples)],
  ['Memory of `parseProgramme`', '10,000 sessions', '', `peak RSS +${MiB(memory.peakRssDelta)}; heap after parse +${MiB(memory.heapUsedDelta)}, retained +${MiB(memory.retainedHeapDelta)}`, '1'],
];
const table = rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- ').join('|')}|` : ''}`).join('\n');
const mark = (k) => (targets[k].met ? 'met' : 'not met');
const summary = [
  `deroule / floor: ${f(ratios.derouleOverFloor, 2)} (target ${targets.derouleOverFloor.target}: ${mark('derouleOverFloor')})`,
  `(deroule − floor) / chrono: ${f(ratios.ownWorkOverChrono, 2)} (target ${targets.ownWorkOverChrono.target}: ${mark('ownWorkOverChrono')})`,
  `with the caches cleared before each page: deroule / floor ${f(ratios.coldOverFloor, 2)}, (deroule − floor) / chrono ${f(ratios.coldOwnWorkOverChrono, 2)}`,
  `deroule's parse alone: ${f(ratios.parseOverFloor, 2)} × floor, which leaves ${f(1.25 - ratios.parseOverFloor, 2)} × floor for all the rest under target 1`,
  `after the parse: ${f(ratios.afterParseOverFloor, 2)} × floor (front matter ${f(ratios.frontMatterOverFloor, 2)}, tree to lines ${f(ratios.linesOverFloor, 2)}, the rest is the French reading and assembly)`,
  `scaling, per session 10 000 / 10: ${f(ratios.scalingLargestOverSmallest, 2)} (target ${targets.scalingLargestOverSmallest.target}: ${mark('scalingLargestOverSmallest')}; floor alone ${f(ratios.floorScaling, 2)}, deroule's own work ${f(ratios.ownScaling, 2)})`,
  `toICS, 10 000 sessions: ${f(ratios.icsSeconds10000, 2)} s (target ${targets.icsSeconds10000.target} s: ${mark('icsSeconds10000')})`,
];

console.log(`deroule benchmark: node ${process.version}, ${results.machine.cpu ?? 'unknown CPU'} × ${results.machine.cores}; corpus ${corpusName}${QUICK ? ' (quick: one sample each)' : ''}\n`);
console.log(table);
console.log('\n' + summary.join('\n'));
console.log('\nwritten: bench/results.json');
if (sink === 0) console.log('(nothing was parsed)');
