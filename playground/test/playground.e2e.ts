/**
 * The playground in a real browser: the page is built with Vite, served from
 * a small static server on a free loopback port, and driven in Debian's
 * Chromium. Expected counts come from parseProgramme run here in Node on the
 * same text, never from numbers written in the test.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseProgramme, toICS } from '../../src/index.js';
import type { ParseOptions } from '../../src/types.js';

const CHROMIUM = '/usr/bin/chromium';
const playground = fileURLToPath(new URL('..', import.meta.url));
const example = await readFile(join(playground, '..', 'examples', 'journee-numerique.md'), 'utf8');
const EXAMPLE_OPTIONS: ParseOptions = { source: 'journee-numerique.md' };

/** Three sessions over two days; the last range ends before it starts (a diagnostic). */
const TWO_DAYS = `---
date: 2025-05-01
---
# Atelier des communicants

**Mardi 13 mai 2025**

- **9h00 - 10h00 :** Accueil des participants
- **10h00 - 12h00 :** Atelier « Écrire un programme lisible »

**Mercredi 14 mai 2025**

- **14h00 - 13h00 :** Plénière de clôture
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` on this machine's loopback, at a port the system picks. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { address, family, port } = server.address() as AddressInfo;
  return { server, url: `http://${family === 'IPv6' ? `[${address}]` : address}:${port}/` };
}

let outDir = '';
let profile = '';
let server: Server | undefined;
let url = '';
let context: BrowserContext | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
  outDir = await mkdtemp(join(tmpdir(), 'deroule-playground-'));
  await build({ configFile: join(playground, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  ({ server, url } = await serve(outDir));
  profile = await mkdtemp(join(tmpdir(), 'deroule-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
    locale: 'fr-FR',
    timezoneId: 'America/New_York',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  for (const dir of [outDir, profile]) if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await page.goto(url);
  await page.locator('table.sessions tbody tr').first().waitFor();
});

/** Replaces the programme as a person pasting it would, and waits for the debounced re-parse. */
async function paste(text: string): Promise<void> {
  const before = await page.locator('#statut').textContent();
  await page.fill('#programme', text);
  await page.waitForFunction((old) => document.getElementById('statut')?.textContent !== old, before);
}

describe('the playground page', () => {
  it('shows the default example: one row and one bar per session, one timeline per day', async () => {
    const expected = parseProgramme(example, EXAMPLE_OPTIONS);
    const days = new Set(expected.sessions.map((s) => s.day));
    expect(expected.sessions.length).toBeGreaterThan(0);

    expect(await page.inputValue('#programme')).toBe(example);
    const ids = await page.locator('table.sessions tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id']));
    expect(ids).toEqual(expected.sessions.map((s) => s.id));
    expect(await page.locator('#frise svg.timeline').count()).toBe(days.size);
    expect(await page.locator('#frise svg .bar').count()).toBe(expected.sessions.length);
    expect(await page.locator('#frise svg .bar > title').count()).toBe(expected.sessions.length);
    expect(await page.locator('#diagnostics button').count()).toBe(expected.diagnostics.length);
    expect(await page.locator('#statut').textContent()).toContain(`${expected.sessions.length} séances`);

    // Nested sessions (a workshop inside the afternoon of workshops) sit in a lane of their own.
    const lanes = await page.locator('#frise svg').first().locator('.bar rect').evaluateAll((rects) => new Set(rects.map((r) => r.getAttribute('y'))).size);
    expect(lanes).toBeGreaterThan(1);

    // Wall-clock times of the programme's zone, whatever the browser's zone.
    const first = expected.sessions[0];
    const start = first?.start.slice(11, 16).replace(/^0/, '').replace(':', 'h');
    expect(await page.locator('table.sessions tbody tr').first().locator('td.time').first().textContent()).toBe(start);

    await page.screenshot({ path: join(playground, 'screenshot.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('re-reads a pasted programme: 3 rows, 2 day timelines, 3 bars', async () => {
    const expected = parseProgramme(TWO_DAYS);
    expect(expected.sessions.length).toBe(3);
    await paste(TWO_DAYS);
    await expect.poll(() => page.locator('table.sessions tbody tr').count()).toBe(3);
    expect(await page.locator('#frise svg.timeline').count()).toBe(2);
    expect(await page.locator('#frise svg .bar').count()).toBe(3);
    const titles = await page.locator('table.sessions tbody th').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent));
    expect(titles).toEqual(expected.sessions.map((s) => s.title));
  });

  it('shows a diagnostic and selects its line in the text when clicked', async () => {
    const expected = parseProgramme(TWO_DAYS);
    const diagnostic = expected.diagnostics.find((d) => d.rule === 'end-before-start');
    if (!diagnostic) throw new Error('the test programme should give an end-before-start diagnostic');
    await paste(TWO_DAYS);
    const button = page.locator(`#diagnostics button[data-line="${diagnostic.line}"]`);
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.textContent()).toContain(`Ligne ${diagnostic.line}`);
    await button.click();
    const selection = await page.evaluate(() => {
      const area = document.getElementById('programme') as HTMLTextAreaElement;
      return {
        focused: document.activeElement === area,
        before: area.value.slice(0, area.selectionStart),
        selected: area.value.slice(area.selectionStart, area.selectionEnd),
      };
    });
    const line = TWO_DAYS.split('\n')[diagnostic.line - 1];
    expect(selection.focused).toBe(true);
    expect(selection.before.split('\n').length).toBe(diagnostic.line);
    expect(selection.selected).toBe(line);
  });

  it('reads a file picked with the file field', async () => {
    await page.setInputFiles('#fichier', { name: 'atelier.md', mimeType: 'text/markdown', buffer: Buffer.from(TWO_DAYS) });
    await expect.poll(() => page.inputValue('#programme')).toBe(TWO_DAYS);
    const expected = parseProgramme(TWO_DAYS, { source: 'atelier.md' });
    await expect
      .poll(() => page.locator('table.sessions tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'])))
      .toEqual(expected.sessions.map((s) => s.id));
  });

  it('says so, without crashing, when the time zone is unknown', async () => {
    expect(() => parseProgramme(example, { timezone: 'Mars/Olympus_Mons' })).toThrow();
    await page.fill('#fuseau', 'Mars/Olympus_Mons');
    const error = page.locator('#erreur');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toContain('Fuseau horaire inconnu');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getAttribute('#fuseau', 'aria-invalid')).toBe('true');
    expect(await page.locator('#dl-ics').isDisabled()).toBe(true);

    await page.fill('#fuseau', 'America/Martinique');
    await error.waitFor({ state: 'hidden' });
    const expected = parseProgramme(example, { ...EXAMPLE_OPTIONS, timezone: 'America/Martinique' });
    await expect
      .poll(() => page.locator('table.sessions tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'])))
      .toEqual(expected.sessions.map((s) => s.id));
    expect(pageErrors).toEqual([]);
  });

  it('downloads an .ics that ical.js reads, with the events of the programme', async () => {
    const programme = parseProgramme(example, EXAMPLE_OPTIONS);
    const reference = new ICAL.Component(ICAL.parse(toICS(programme)));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-ics')]);
    expect(download.suggestedFilename()).toBe('journee-numerique.ics');
    const feed = await readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(feed));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBe(reference.getAllSubcomponents('vevent').length);
    expect(events.length).toBe(programme.sessions.filter((s) => s.dateKnown).length);
    const dtstart = events[0]?.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBe(programme.timezone);
    expect(String(dtstart?.getFirstValue())).toBe(programme.sessions[0]?.start.slice(0, 19));
  });

  it('downloads the CSV and the JSON contract', async () => {
    const programme = parseProgramme(example, EXAMPLE_OPTIONS);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#dl-csv')]);
    expect(csv.suggestedFilename()).toBe('journee-numerique.csv');
    const table = await readFile(await csv.path(), 'utf8');
    expect(table.startsWith('\uFEFFfile,day,start')).toBe(true);
    expect(table.trimEnd().split('\r\n').length).toBe(programme.sessions.length + 1);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#dl-json')]);
    expect(json.suggestedFilename()).toBe('journee-numerique.json');
    const read = JSON.parse(await readFile(await json.path(), 'utf8')) as typeof programme;
    expect(read.sessions.map((s) => s.id)).toEqual(programme.sessions.map((s) => s.id));
    expect(read.event).toEqual(programme.event);
  });
});

describe('accessibility', () => {
  it('is in French, announces the session count, and names each day timeline', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('#statut', 'aria-live')).toBe('polite');
    const labels = await page.locator('#frise svg').evaluateAll((svgs) => svgs.map((s) => [s.getAttribute('role'), s.getAttribute('aria-label')]));
    expect(labels.length).toBeGreaterThan(0);
    for (const [role, label] of labels) {
      expect(role).toBe('img');
      expect(label).toMatch(/^Frise du /);
    }
  });

  it('gives every control an accessible name (as the browser computes it)', async () => {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'input, textarea, button, select, a[href]' })) as {
      nodeIds: number[];
    };
    expect(nodeIds.length).toBeGreaterThan(7);
    const names: string[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
        nodes: { name?: { value?: string } }[];
      };
      names.push(String(nodes[0]?.name?.value ?? '').trim());
    }
    await cdp.detach();
    expect(names.filter((n) => n === '')).toEqual([]);
    for (const label of ['Programme (Markdown)', 'Ouvrir un fichier .md', 'Fuseau horaire', 'Date de référence', 'Télécharger .ics', 'Télécharger .csv', 'Télécharger .json']) {
      expect(names).toContain(label);
    }
  });

  it('has a logical tab order: text, file, zone, date, downloads, diagnostics', async () => {
    const expected = parseProgramme(example, EXAMPLE_OPTIONS);
    const diagnostics = expected.diagnostics.map((_, i) => `diag-${i}`);
    const order = ['programme', 'fichier', 'fuseau', 'date-reference', 'dl-ics', 'dl-csv', 'dl-json', ...diagnostics];
    // Tab walks through the day, month and year of the date field: one element, several stops.
    const seen: string[] = [];
    for (let i = 0; i < order.length + 10 && seen.length < order.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id !== seen.at(-1)) seen.push(id);
    }
    expect(seen).toEqual(order);
  });

  it('shows where the focus is', async () => {
    await page.focus('#dl-ics');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
