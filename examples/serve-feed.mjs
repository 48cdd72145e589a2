// Serve one merged ICS feed of every agenda page (*.md) in a folder, on this machine only.
// Run after `npm run build`: node examples/serve-feed.mjs [FOLDER] [PORT], then subscribe to /agenda.ics
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProgramme, toICS } from 'deroule';

const folder = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.argv[3] ?? 8080);

const server = createServer((request, response) => {
  if (request.url !== '/agenda.ics') return void response.writeHead(404).end('Try /agenda.ics\n');
  // Read the pages at each request: an edited page updates its events (same UIDs) at the next refresh.
  const pages = readdirSync(folder).filter((f) => f.endsWith('.md'));
  const programmes = pages.map((f) => parseProgramme(readFileSync(join(folder, f), 'utf8'), { source: f }));
  response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
  response.end(toICS(programmes, { name: 'Agenda', domain: process.env.FEED_DOMAIN ?? 'deroule' }));
});
server.listen(port, '127.0.0.1', () => console.log(`Serving the pages of ${folder} as /agenda.ics on 127.0.0.1, port ${server.address().port}`));
