/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by function,
 * deroule's own code (dist/, shown as its src/ file) apart from its
 * dependencies, plus the inclusive time of deroule's functions.
 *
 *   node bench/hotspots.mjs <file.cpuprofile | folder of them> [top=25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [target, topArg] = process.argv.slice(2);
if (!target) throw new Error('usage: node bench/hotspots.mjs <file.cpuprofile | folder> [top]');
const top = Number(topArg ?? 25);
const files = statSync(target).isDirectory()
  ? readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(target, f))
  : [target];

/** "programme/assemble.ts" for deroule's dist files, "pkg (node_modules)" for dependencies, else the V8 category. */
function place(url) {
  if (!url) return null;
  const dist = url.match(/\/dist\/(.+)\.js$/);
  if (dist && !url.includes('/node_modules/')) return { own: true, file: `src/${dist[1]}.ts` };
  const dep = url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (dep) return { own: false, file: dep[1] };
  if (url.startsWith('node:')) return { own: false, file: url };
  return { own: false, file: url.split('/').slice(-2).join('/') };
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  const selfByFn = new Map();
  const selfByPackage = new Map();
  const inclusive = new Map();
  for (const [id, time] of self) {
    total += time;
    const node = byId.get(id);
    const where = place(node.callFrame.url);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = where ? `${where.file}:${name}` : name;
    const entry = selfByFn.get(key) ?? { time: 0, own: where?.own ?? false };
    entry.time += time;
    selfByFn.set(key, entry);
    const pkg = where ? (where.own ? 'deroule (src/)' : where.file) : name;
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + time);
    // Inclusive time of deroule's own functions: each function counted once per stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      const w = place(n.callFrame.url);
      if (!w?.own) continue;
      const k = `${w.file}:${n.callFrame.functionName || '(anonymous)'}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + time);
    }
  }
  const pct = (t) => `${((100 * t) / total).toFixed(1)}%`;
  const ownTotal = [...selfByFn.values()].filter((e) => e.own).reduce((n, e) => n + e.time, 0);
  console.log(`\n${file.split('/').pop()}: ${(total / 1e3).toFixed(0)} ms sampled; deroule's own code ${pct(ownTotal)} self`);
  console.log('\nself time by package:');
  for (const [k, t] of [...selfByPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
  console.log(`\nderoule's own functions by self time (% of all samples, % of deroule's own):`);
  for (const [k, e] of [...selfByFn].filter(([, e]) => e.own).sort((a, b) => b[1].time - a[1].time).slice(0, top)) {
    console.log(`  ${pct(e.time).padStart(6)}  ${((100 * e.time) / ownTotal).toFixed(1).padStart(5)}%  ${k}`);
  }
  console.log(`\nderoule's own functions by inclusive time:`);
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
  console.log('\nall functions by self time:');
  for (const [k, e] of [...selfByFn].sort((a, b) => b[1].time - a[1].time).slice(0, 15)) console.log(`  ${pct(e.time).padStart(6)}  ${k}`);
}
