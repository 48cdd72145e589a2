// Use deroule inside a unified pipeline: the programme lands on file.data.programme
// and problems become vfile messages with line and column.
// Run after `npm run build`: node examples/remark-plugin.mjs
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { remarkDeroule } from 'deroule';

const file = new VFile({
  path: 'programme.md',
  value: [
    '---',
    'date: 2023-05-12',
    '---',
    '',
    '**Jeudi 1er juin**',
    '',
    '* **14h00 : Accueil des participants**',
    '* **15h00 – 13h00 : Plénière**',
    '',
    'Inscription jusqu’au 26 mai 2023, 18h',
  ].join('\n'),
});

const processor = unified().use(remarkParse).use(remarkDeroule);
await processor.run(processor.parse(file), file);

for (const s of file.data.programme.sessions) console.log(s.start, s.end ?? '(no end)', s.title);
for (const m of file.messages) console.log(`${file.path}:${m.line}:${m.column}  ${m.ruleId}  ${m.reason}`);
