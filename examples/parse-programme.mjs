// Parse the bundled example page and print its sessions as a table.
// Run after `npm run build`: node examples/parse-programme.mjs
import { readFileSync } from 'node:fs';
import { parseProgramme } from 'deroule';

const markdown = readFileSync(new URL('./journee-numerique.md', import.meta.url), 'utf8');
const programme = parseProgramme(markdown, { source: 'journee-numerique.md' });

console.log(`${programme.event.title} — ${programme.event.start} → ${programme.event.end}`);
console.table(
  programme.sessions.map((s) => ({
    day: s.day,
    start: s.start.slice(11, 16),
    end: s.end ? s.end.slice(11, 16) : '',
    kind: s.kind,
    title: s.title,
  })),
);
