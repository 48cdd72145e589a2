/**
 * The sessions as a table: day, start, end, title, kind, speakers with their
 * roles and organisations. Built with DOM nodes (text is never parsed as HTML).
 */
import type { Person, Programme } from '../../src/types.js';
import { formatDay, formatTime, KIND_LABELS } from './labels.js';

const COLUMNS = ['Jour', 'Début', 'Fin', 'Titre', 'Type', 'Intervenants'] as const;

const PART_LABELS: Record<Person['part'], string | null> = {
  speaker: null,
  moderator: 'modération',
  guest: 'invité·e',
  host: 'animation',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function person(p: Person): HTMLLIElement {
  const li = el('li');
  li.append(el('span', [p.honorific, p.name].filter(Boolean).join(' '), 'name'));
  const about = [p.role, p.organisation].filter((x): x is string => !!x);
  if (about.length) li.append(`, ${about.join(', ')}`);
  const part = PART_LABELS[p.part];
  const notes = [part, p.tentative ? 'sous réserve' : null].filter((x): x is string => !!x);
  if (notes.length) li.append(el('span', ` (${notes.join(', ')})`, 'part'));
  return li;
}

function noEnd(): HTMLTableCellElement {
  const td = el('td', undefined, 'time');
  const dash = el('span', '—');
  dash.setAttribute('aria-hidden', 'true');
  td.append(dash, el('span', 'non précisée', 'visually-hidden'));
  return td;
}

/** A `<table>` of the programme's sessions (or a sentence when there is none). */
export function renderTable(programme: Programme): HTMLElement {
  if (programme.sessions.length === 0) {
    return el('p', 'Aucune séance trouvée : le programme doit donner des heures (« 9h30 - 10h15 : … »).', 'empty');
  }
  const table = el('table', undefined, 'sessions');
  const head = el('thead');
  const headRow = el('tr');
  for (const name of COLUMNS) {
    const th = el('th', name);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  const zone = programme.timezone;
  for (const s of programme.sessions) {
    const row = el('tr');
    row.dataset['id'] = s.id;
    const day = el('td', formatDay(s.day));
    if (!s.dateKnown) day.append(el('span', ' (date supposée)', 'part'));
    const title = el('th', s.title);
    title.scope = 'row';
    if (s.location) title.append(el('span', s.location, 'location'));
    const speakers = el('td');
    if (s.speakers.length) {
      const list = el('ul', undefined, 'people');
      list.append(...s.speakers.map(person));
      speakers.append(list);
    }
    row.append(
      day,
      el('td', formatTime(s.start, zone), 'time'),
      s.end ? el('td', formatTime(s.end, zone), 'time') : noEnd(),
      title,
      el('td', KIND_LABELS[s.kind]),
      speakers,
    );
    body.append(row);
  }
  table.append(head, body);
  return table;
}
