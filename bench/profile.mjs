/**
 * A steady workload for `node --cpu-prof`: parseProgramme over the corpus
 * pages and a generated 10 000-session programme, or toICS of that programme.
 *
 *   npm run build
 *   dir=$(mktemp -d)
 *   node --cpu-prof --cpu-prof-dir="$dir" bench/profile.mjs [parse|corpus|generated|ics]
 *   node bench/hotspots.mjs "$dir"
 *
 * Keep profiles out of the repository (a temporary folder as above).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProgramme, toICS } from '../dist/index.js';
import { generateProgramme } from './generate.mjs';

const what = process.argv[2] ?? 'parse';
const OPTIONS = { referenceDate: '2024-01-01' };
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const shared = here('../../shared/corpus/');
const dir = existsSync(shared) ? shared : here('../examples/');
const pages = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(dir + f, 'utf8'));

let sink = 0;
const started = performance.now();
if (what === 'parse' || what === 'corpus') {
  for (let round = 0; round < 20; round++) for (const p of pages) sink += parseProgramme(p, OPTIONS).sessions.length;
}
if (what === 'parse' || what === 'generated') {
  const markdown = generateProgramme(10000);
  for (let round = 0; round < 2; round++) sink += parseProgramme(markdown, OPTIONS).sessions.length;
}
if (what === 'ics') {
  const programme = parseProgramme(generateProgramme(10000), OPTIONS);
  for (let round = 0; round < 3; round++) sink += toICS(programme, { stamp: '2024-01-01T00:00:00Z' }).length;
}
console.log(`${what}: ${Math.round(performance.now() - started)} ms (${sink})`);
