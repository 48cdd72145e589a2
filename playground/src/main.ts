/**
 * The playground: paste or drop a programme, see its sessions, its timeline
 * and its diagnostics at once, download it as .ics, .csv or .json. Everything
 * runs in the browser with the library's own code (imported from src/).
 */
import './style.css';
import example from '../../examples/journee-numerique.md?raw';
import { IANAZone } from 'luxon';
import { InputError, OptionError, parseProgramme } from '../../src/index.js';
import type { ParseOptions, Programme } from '../../src/types.js';
import { renderDiagnostics, selectLine } from './diagnostics.js';
import { download, exportFile, type Format } from './downloads.js';
import { formatDay, formatTime, plural } from './labels.js';
import { renderTable } from './render-table.js';
import { buildTimelines, escapeXml, legendHTML, timelineSVG } from './timeline.js';

const EXAMPLE_NAME = 'journee-numerique.md';
const DELAY = 250;

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`#${id} is missing from the page`);
  return node;
}

const area = byId('programme', HTMLTextAreaElement);
const fileInput = byId('fichier', HTMLInputElement);
const zoneInput = byId('fuseau', HTMLInputElement);
const dateInput = byId('date-reference', HTMLInputElement);
const zones = byId('fuseaux', HTMLDataListElement);
const errorBox = byId('erreur', HTMLParagraphElement);
const status = byId('statut', HTMLParagraphElement);
const eventBox = byId('evenement', HTMLDivElement);
const timelineBox = byId('frise', HTMLDivElement);
const tableBox = byId('seances', HTMLDivElement);
const diagnosticList = byId('diagnostics', HTMLUListElement);
const diagnosticCount = byId('diagnostics-nombre', HTMLSpanElement);
const buttons: Record<Format, HTMLButtonElement> = {
  ics: byId('dl-ics', HTMLButtonElement),
  csv: byId('dl-csv', HTMLButtonElement),
  json: byId('dl-json', HTMLButtonElement),
};

/** The name of the file the text came from, kept on the programme (CSV column, session ids, file names). */
let source: string | null = EXAMPLE_NAME;
let current: Programme | null = null;

function debounce(run: () => void, delay: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
}

function showError(message: string | null, field: HTMLInputElement | null): void {
  for (const input of [zoneInput, dateInput]) {
    if (input === field) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  errorBox.textContent = message ?? '';
  errorBox.hidden = message === null;
}

function explain(error: unknown, zone: string): [string, HTMLInputElement | null] {
  if (error instanceof OptionError) {
    if (!IANAZone.isValidZone(zone)) {
      return [`Fuseau horaire inconnu : « ${zone} ». Indiquez un nom IANA, par exemple Europe/Paris ou America/Martinique.`, zoneInput];
    }
    return [`Date de référence invalide : « ${dateInput.value} ». Choisissez une date (jour, mois, année).`, dateInput];
  }
  if (error instanceof InputError) return ['Le texte est trop long pour être lu ici : découpez-le en plusieurs pages.', null];
  return [`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}`, null];
}

function renderEvent(programme: Programme): void {
  const { event } = programme;
  eventBox.replaceChildren();
  const parts: string[] = [];
  if (event.start) {
    const startDay = event.start.slice(0, 10);
    const endDay = event.end?.slice(0, 10) ?? startDay;
    parts.push(startDay === endDay ? formatDay(startDay) : `du ${formatDay(startDay)} au ${formatDay(endDay)}`);
    if (event.start.length > 10 && event.end && event.end.length > 10) {
      parts.push(`de ${formatTime(event.start, programme.timezone)} à ${formatTime(event.end, programme.timezone)}`);
    }
  }
  if (event.location) parts.push(event.location);
  if (!event.title && parts.length === 0) return;
  const title = document.createElement('p');
  title.className = 'event-title';
  title.textContent = event.title ?? 'Événement sans titre';
  const about = document.createElement('p');
  about.className = 'event-about';
  about.textContent = parts.join(' · ');
  eventBox.append(title, about);
}

function renderTimelines(programme: Programme): void {
  const width = Math.max(480, Math.floor(timelineBox.clientWidth));
  const days = buildTimelines(programme.sessions, programme.timezone);
  timelineBox.innerHTML = days.length
    ? legendHTML(programme.sessions) +
      days
        .map(
          (day) =>
            `<section class="day"><h3>${escapeXml(formatDay(day.day))}${day.dateKnown ? '' : ' (date supposée)'}</h3>` +
            `${timelineSVG(day, width)}</section>`,
        )
        .join('')
    : '<p class="empty">Rien à dessiner pour l’instant.</p>';
}

function render(programme: Programme): void {
  const days = new Set(programme.sessions.map((s) => s.day)).size;
  const n = programme.diagnostics.length;
  status.textContent = `${plural(programme.sessions.length, 'séance', 'séances')} sur ${plural(days, 'jour', 'jours')} · ${plural(n, 'diagnostic', 'diagnostics')}`;
  renderEvent(programme);
  renderTimelines(programme);
  tableBox.replaceChildren(renderTable(programme));
  diagnosticCount.textContent = `(${n})`;
  renderDiagnostics(diagnosticList, programme.diagnostics, (line) => selectLine(area, line));
  if (n === 0) {
    const none = document.createElement('li');
    none.className = 'empty';
    none.textContent = 'Aucun diagnostic.';
    diagnosticList.append(none);
  }
}

function update(): void {
  const zone = zoneInput.value.trim();
  const options: ParseOptions = {};
  if (zone) options.timezone = zone;
  if (dateInput.value) options.referenceDate = dateInput.value;
  if (source) options.source = source;
  try {
    current = parseProgramme(area.value, options);
  } catch (error) {
    current = null;
    const [message, field] = explain(error, zone);
    showError(message, field);
    status.textContent = 'Aucun résultat : corrigez le champ signalé.';
    for (const button of Object.values(buttons)) button.disabled = true;
    return;
  }
  showError(null, null);
  for (const button of Object.values(buttons)) button.disabled = false;
  render(current);
}

async function load(file: File): Promise<void> {
  area.value = await file.text();
  source = file.name;
  update();
}

const later = debounce(update, DELAY);
area.addEventListener('input', later);
zoneInput.addEventListener('input', later);
dateInput.addEventListener('input', later);
dateInput.addEventListener('change', later);
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void load(file);
});
area.addEventListener('dragover', (event) => {
  event.preventDefault();
  area.classList.add('dragging');
});
area.addEventListener('dragleave', () => area.classList.remove('dragging'));
area.addEventListener('drop', (event) => {
  event.preventDefault();
  area.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void load(file);
});
for (const [format, button] of Object.entries(buttons) as [Format, HTMLButtonElement][]) {
  button.addEventListener('click', () => {
    if (current) download(exportFile(current, format));
  });
}
window.addEventListener(
  'resize',
  debounce(() => {
    if (current) renderTimelines(current);
  }, DELAY),
);

zones.replaceChildren(
  ...Intl.supportedValuesOf('timeZone').map((zone) => {
    const option = document.createElement('option');
    option.value = zone;
    return option;
  }),
);
area.value = example;
update();
