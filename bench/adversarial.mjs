/**
 * Adversarial inputs: how the time of `parseProgramme` (and of the French
 * recognisers on their own) grows with the size of hostile pages — one huge
 * line, thousands of `9h`, deep nesting, huge tables and front matter, every
 * Unicode space and dash, long near-misses for each recogniser.
 *
 * Reports, does not assert. Runs on the built dist/:
 *
 *   npm run build
 *   node bench/adversarial.mjs                    10 KB, 100 KB, 1 MB for every case
 *   node bench/adversarial.mjs --quick            10 KB and 100 KB only
 *   node bench/adversarial.mjs --sizes 10,50      sizes in KB
 *   node bench/adversarial.mjs --case name        only the cases whose name contains "name"
 *   node bench/adversarial.mjs --timeout 60       seconds allowed per run (default 60)
 *   node bench/adversarial.mjs --json             one JSON object per line instead of the table
 *
 * Each case and size runs in a child process with a time limit, so a run that
 * hangs or overflows the stack is reported as such and the others still run.
 * The child warms up on examples/journee-numerique.md, then times one run
 * (the recognisers cache by text: a second run of the same input would time
 * the cache). "ms/KB" is that time divided by the input's size in KB (1 KB = 1000
 * bytes of UTF-8); "growth" is the ms/KB at that size over the ms/KB at the
 * smallest size: about 1 for linear time, about 10 per decade for quadratic time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KB = 1000;

// ---------------------------------------------------------------- inputs
/** Repeats `unit` until the text holds `bytes` characters (cut to that length). */
function fill(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Lines made of `line(i)` until `bytes` characters. */
function linesUpTo(bytes, line, head = '') {
  const out = [head];
  let n = head.length;
  for (let i = 0; n < bytes; i++) {
    const l = `${line(i)}\n`;
    out.push(l);
    n += l.length;
  }
  return out.join('');
}

const clock = (i) => `${8 + (Math.floor(i / 60) % 12)}h${String(i % 60).padStart(2, '0')}`;
const HEAD = '**25 avril 2018**\n\n';

const SPACES = ['\t', '\v', '\f', ' ', '\u0085', '\u00a0', '\u1680', '\u180e', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const DASHES = ['-', '\u058a', '\u05be', '\u1400', '\u1806', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2053', '\u207b', '\u208b', '\u2212', '\u2e17', '\u2e1a', '\u2e3a', '\u2e3b', '\u2e40', '\u301c', '\u3030', '\u30a0', '\ufe31', '\ufe32', '\ufe58', '\ufe63', '\uff0d', '\u{10ead}'];

/**
 * The cases: `build(bytes)` writes the input; `run` is what is timed (default
 * `parseProgramme`). Near-misses look almost like what a recogniser reads and
 * never complete, to catch regular expressions that backtrack.
 */
export const CASES = [
  { name: 'one line, agenda words, no newline', build: (b) => fill('Accueil 9h30 - 10h15 Plénière avec Jean Martin, directrice (DINUM), mardi 25 avril 2018, ', b) },
  { name: 'one line, one letter, no newline', build: (b) => fill('a', b) },
  { name: '9h tokens on one line', build: (b) => fill('9h ', b) },
  { name: '9h tokens, one per line', build: (b) => HEAD + fill('9h\n', b - HEAD.length) },
  { name: 'nested lists (- - - … 9h Accueil)', build: (b) => `${'- '.repeat(Math.max(1, Math.floor((b - 12) / 2)))}9h Accueil\n` },
  { name: 'nested blockquotes (> > > … 9h Accueil)', build: (b) => `${'> '.repeat(Math.max(1, Math.floor((b - 12) / 2)))}9h Accueil\n` },
  { name: 'nested blockquotes, one level more per line', build: (b) => linesUpTo(b, (i) => `${'>'.repeat((i % 200) + 1)} ${clock(i)} Atelier ${i}`, HEAD) },
  { name: 'nested lists, indented one level more per line', build: (b) => linesUpTo(b, (i) => `${'  '.repeat(i)}- ${clock(i)} : Atelier ${i}`, HEAD) },
  { name: 'table rows, distinct times', build: (b) => linesUpTo(b, (i) => `| ${clock(i)} | Atelier ${i} |`, `${HEAD}| Horaire | Session |\n| --- | --- |\n`) },
  { name: 'table rows, all at 9h–10h', build: (b) => linesUpTo(b, (i) => `| 9h-10h | Atelier ${i} |`, `${HEAD}| Horaire | Session |\n| --- | --- |\n`) },
  { name: 'list items, all at 9h–10h', build: (b) => linesUpTo(b, (i) => `- 9h-10h : Atelier ${i}`, HEAD) },
  { name: 'front matter, many keys', build: (b) => `---\n${linesUpTo(b - 40, (i) => `cle_${i}: "valeur ${i}"`)}---\n\n${HEAD}- 9h : Accueil\n` },
  { name: 'front matter, one long value', build: (b) => `---\ntitle: ${fill('Journée ', b - 50)}\n---\n\n${HEAD}- 9h : Accueil\n` },
  { name: 'front matter, deep flow nesting [[[…', build: (b) => `---\ntitle: ${'['.repeat(b - 50)}\n---\n\n${HEAD}- 9h : Accueil\n` },
  { name: 'every Unicode space and dash in ranges', build: (b) => linesUpTo(b, (i) => { const s = SPACES[i % SPACES.length]; const d = DASHES[Math.floor(i / SPACES.length) % DASHES.length]; return `- ${clock(i)}${s}${d}${s}${clock(i + 1)}${s}:${s}Atelier${s}${i}`; }, HEAD) },
  { name: 'time near-miss "9 9 9 …"', build: (b) => `- ${fill('9 ', b - 4)}\n` },
  { name: 'time near-miss "9h9h9h…"', build: (b) => `- ${fill('9h', b - 4)}\n` },
  { name: 'time near-miss "1111…h"', build: (b) => `- ${'1'.repeat(b - 5)}h\n` },
  { name: 'time near-miss "9:9:9:…"', build: (b) => `- ${fill('9:', b - 4)}\n` },
  { name: 'time near-miss "09.30.09.…"', build: (b) => `- ${fill('09.30.', b - 4)}\n` },
  { name: 'time near-miss "de 9h à de 9h à …"', build: (b) => `- ${fill('de 9h à ', b - 4)}\n` },
  { name: 'time near-miss "entre 9 h et entre …"', build: (b) => `- ${fill('entre 9 h et ', b - 4)}\n` },
  { name: 'date near-miss "25 25 25 …"', build: (b) => `${fill('25 ', b - 2)}\n` },
  { name: 'date near-miss "1, 2, 3, … et" (no month)', build: (b) => `${fill('1, 2, 3, ', b - 8)} et 4\n` },
  { name: 'date near-miss "du 6 au du 6 au …"', build: (b) => `${fill('du 6 au ', b - 2)}\n` },
  { name: 'date near-miss "mardi mardi …"', build: (b) => `${fill('Mardi mardi ', b - 2)}\n` },
  { name: 'date near-miss "25/04/25/04/…"', build: (b) => `${fill('25/04/', b - 2)}\n` },
  { name: 'date near-miss "le 1er le 1er …"', build: (b) => `${fill('le 1er ', b - 2)}\n` },
  { name: 'names near-miss "avec Jean Jean …"', build: (b) => `- 9h : Table ronde avec ${fill('Jean ', b - 30)}\n` },
  { name: 'names near-miss "avec DUPONT DUPONT …"', build: (b) => `- 9h : Table ronde avec ${fill('DUPONT ', b - 30)}\n` },
  { name: 'names near-miss "avec J.-M. J.-M. …"', build: (b) => `- 9h : Table ronde avec ${fill('J.-M. ', b - 30)}\n` },
  { name: 'names near-miss "avec Jean-Jean-…"', build: (b) => `- 9h : Table ronde avec ${fill('Jean-', b - 30)}\n` },
  { name: 'names near-miss "avec M. de la M. de la …"', build: (b) => `- 9h : Table ronde avec ${fill('M. de la ', b - 30)}\n` },
  { name: 'names near-miss "avec A, B, C, …" (no et)', build: (b) => `- 9h : Table ronde avec ${fill('Jean Martin, ', b - 30)}\n` },
  { name: 'names near-miss "Jean (((…"', build: (b) => `- 9h : Table ronde avec Jean Martin ${'('.repeat(b - 40)}\n` },
  { name: 'speaker list, one bullet per name', build: (b) => linesUpTo(b, (i) => `  * **Jean Martin ${i}**, directrice du numérique, direction interministérielle du numérique (DINUM)`, `${HEAD}- 9h : Table ronde\n\n  **Intervenants**\n\n`) },
  { name: 'emphasis near-miss "**a **a **a …"', build: (b) => `- 9h : ${fill('**a ', b - 10)}\n` },
  { name: 'link near-miss "[a](b [a](b …"', build: (b) => `- 9h : ${fill('[a](b ', b - 10)}\n` },
  { name: 'raw HTML near-miss "<td><td>…"', build: (b) => `<table><tr>${fill('<td>9h', b - 30)}</tr></table>\n` },
  // The recognisers alone, on one line (no Markdown).
  { name: 'scanTimes on "9 9 9 …"', fn: 'scanTimes', build: (b) => fill('9 ', b) },
  { name: 'scanTimes on "de 9h à de 9h à …"', fn: 'scanTimes', build: (b) => fill('de 9h à ', b) },
  { name: 'findDates on "1, 2, 3, … et"', fn: 'findDates', build: (b) => `${fill('1, 2, 3, ', b - 6)} et 4` },
  { name: 'findDates on "du 6 au du 6 au …"', fn: 'findDates', build: (b) => fill('du 6 au ', b) },
  { name: 'findName on "Jean Jean …"', fn: 'findName', build: (b) => fill('Jean ', b) },
  { name: 'findName on "J.-M. J.-M. …"', fn: 'findName', build: (b) => fill('J.-M. ', b) },
  { name: 'readPeople on "Jean Martin, Jean Martin, …"', fn: 'readPeople', build: (b) => fill('Jean Martin, ', b) },
];

// ---------------------------------------------------------------- child: one case, one size
async function child(caseIndex, bytes) {
  const c = CASES[caseIndex];
  const lib = await import('../dist/index.js');
  const names = await import('../dist/french/names.js');
  const people = await import('../dist/french/people.js');
  const fns = {
    parseProgramme: (text) => {
      const p = lib.parseProgramme(text, { referenceDate: '2024-03-20', maxInputBytes: 64 * 1024 * 1024 });
      return { sessions: p.sessions.length, diagnostics: p.diagnostics.length };
    },
    scanTimes: (text) => ({ found: lib.scanTimes(text).times.length }),
    findDates: (text) => ({ found: lib.findDates(text).length }),
    findName: (text) => ({ found: names.findName(text) ? 1 : 0 }),
    readPeople: (text) => ({ found: people.readPeople(text).length }),
  };
  const fn = fns[c.fn ?? 'parseProgramme'];
  // Warm up on an ordinary page first: the recognisers cache their results by
  // text, so timing the same input twice would time the cache.
  const warm = readFileSync(fileURLToPath(new URL('../examples/journee-numerique.md', import.meta.url)), 'utf8');
  fns.parseProgramme(warm);
  fn(warm.split('\n').find((l) => l.length > 40) ?? warm);
  const text = c.build(bytes);
  const size = Buffer.byteLength(text);
  const t0 = performance.now();
  const result = fn(text);
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ size, ms, ...result })}\n`);
}

// ---------------------------------------------------------------- parent
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function main() {
  const quick = process.argv.includes('--quick');
  const json = process.argv.includes('--json');
  const sizes = (option('--sizes', quick ? '10,100' : '10,100,1000') ?? '').split(',').map((s) => Number(s) * KB);
  const filter = option('--case', '');
  const timeout = Number(option('--timeout', '60')) * 1000;
  const script = fileURLToPath(import.meta.url);
  if (!json) {
    console.log(`Adversarial inputs (Node ${process.version}; time limit ${timeout / 1000} s per run)\n`);
    console.log('| Case | Target | Size | Time | ms/KB | growth | Result |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
  }
  for (const [index, c] of CASES.entries()) {
    if (filter && !c.name.includes(filter)) continue;
    let first = null;
    for (const bytes of sizes) {
      const r = spawnSync(process.execPath, [script, '--child', String(index), String(bytes)], { encoding: 'utf8', timeout, maxBuffer: 1 << 20 });
      let row;
      if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') row = { status: `did not finish in ${timeout / 1000} s` };
      else if (r.status !== 0) row = { status: `crashed: ${(r.stderr.split('\n').find((l) => /Error|error/.test(l)) ?? `exit ${r.status}`).trim().slice(0, 120)}` };
      else row = { status: 'ok', ...JSON.parse(r.stdout.trim().split('\n').pop()) };
      const perKB = row.status === 'ok' ? row.ms / (row.size / KB) : null;
      if (perKB !== null && first === null) first = perKB;
      const growth = perKB !== null && first ? perKB / first : null;
      if (json) {
        console.log(JSON.stringify({ case: c.name, target: c.fn ?? 'parseProgramme', bytes, ...row, msPerKB: perKB, growth }));
        continue;
      }
      const size = row.size ? `${(row.size / KB).toFixed(row.size < 100 * KB ? 1 : 0)} KB` : `${bytes / KB} KB`;
      const time = row.ms === undefined ? '' : row.ms >= 1000 ? `${(row.ms / 1000).toFixed(2)} s` : `${row.ms.toFixed(1)} ms`;
      const found = row.status !== 'ok' ? row.status : row.sessions !== undefined ? `${row.sessions} sessions, ${row.diagnostics} diagnostics` : `${row.found} found`;
      console.log(`| ${c.name} | ${c.fn ?? 'parseProgramme'} | ${size} | ${time} | ${perKB === null ? '' : perKB.toFixed(3)} | ${growth === null ? '' : growth.toFixed(1)} | ${found} |`);
    }
  }
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]), Number(process.argv[4]));
else main();
