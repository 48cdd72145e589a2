/**
 * Front matter: YAML (`---`, parsed with `yaml`) or TOML (`+++`, parsed with
 * `smol-toml`), read through a few typed accessors. Invalid front matter
 * becomes a diagnostic and the body is still read.
 */
import type { Root, Yaml } from 'mdast';
import { parseDocument, visit } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Diagnostic } from '../types.js';
import { squash } from '../french/text.js';
import { isPlaceholderLinkText } from '../french/placeholder.js';
import { LineIndex } from './position.js';

/** A front matter block as remark-frontmatter gives it: `yaml` (`---`) or `toml` (`+++`). */
interface FrontMatterNode {
  type: 'yaml' | 'toml';
  value: string;
  position?: Yaml['position'];
}

/** The page's front matter block, if any (mdast's types know `yaml` only). */
function frontMatterNode(tree: Root): FrontMatterNode | null {
  for (const child of tree.children as readonly { type: string; value?: unknown; position?: Yaml['position'] }[]) {
    if ((child.type === 'yaml' || child.type === 'toml') && typeof child.value === 'string') {
      return { type: child.type, value: child.value, position: child.position };
    }
  }
  return null;
}

/** A front matter field read from the page: label and content (`champs_informations`). */
export interface InfoField {
  label: string;
  content: string;
}

/** The front matter fields deroule reads, as plain strings. */
export interface FrontMatter {
  /** True when the page has a front matter block. */
  present: boolean;
  title: string | null;
  /** Publication date (`date`, `publishedDate`…), as written. */
  date: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  /** Venue name (`lieu`, `location`, `venue`). */
  place: string | null;
  /** Street address (`adresse`, `address`). */
  address: string | null;
  url: string | null;
  /** Short texts shown with the page (summary, subtitle, description, chapeau). */
  blurbs: string[];
  /** Label/content pairs (Jekyll `champs_informations`, `infos`). */
  fields: InfoField[];
  /** The line of the front matter block in the source. */
  line: number;
}

const EMPTY: FrontMatter = {
  present: false, title: null, date: null, eventStart: null, eventEnd: null, place: null, address: null,
  url: null, blurbs: [], fields: [], line: 1,
};

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}

function firstOf(obj: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = str(own(obj, k));
    if (v !== null) return v;
  }
  return null;
}

function fieldsOf(value: unknown): InfoField[] {
  if (!Array.isArray(value)) return [];
  const out: InfoField[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const rec = item as Record<string, unknown>;
    const label = str(own(rec, 'intitule')) ?? str(own(rec, 'label')) ?? str(own(rec, 'titre')) ?? str(own(rec, 'type'));
    const content = str(own(rec, 'contenu')) ?? str(own(rec, 'content')) ?? str(own(rec, 'valeur')) ?? str(own(rec, 'value'));
    if (label !== null && content !== null) out.push({ label: squash(label), content: squash(content) });
  }
  return out;
}

/**
 * Reports front matter values left as template text ("contenu: lien à
 * ajouter") at their line and column in the page (`fenceLine` is the line of
 * the opening `---` or `+++`).
 */
function placeholderReporter(block: string, fenceLine: number, diagnostics: Diagnostic[]): (value: string, offset: () => number) => void {
  let index: LineIndex | null = null;
  return (value, offset) => {
    if (!isPlaceholderLinkText(value)) return;
    index ??= new LineIndex(block);
    const at = index.point(offset());
    diagnostics.push({
      severity: 'warning',
      rule: 'placeholder',
      message: `The front matter value "${value.trim()}" is template text, not an address.`,
      line: fenceLine + at.line,
      column: at.column,
    });
  };
}

/** Parses YAML front matter; errors and placeholder values become diagnostics. Throws when nothing can be read. */
function readYaml(yaml: string, line: number, diagnostics: Diagnostic[]): unknown {
  const doc = parseDocument(yaml, { uniqueKeys: false, strict: false, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    diagnostics.push({
      severity: 'warning',
      rule: 'invalid-front-matter',
      message: `The front matter is not valid YAML (${error.message.split('\n')[0]}); what could be read before the error was used.`,
      line: line + (at ? at.line : 1),
      column: at ? at.col : 1,
    });
  }
  const report = placeholderReporter(yaml, line, diagnostics);
  visit(doc, {
    Scalar(_key, scalar) {
      const range = scalar.range;
      if (typeof scalar.value === 'string' && range) report(scalar.value, () => range[0]);
    },
  });
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * Parses TOML front matter (`+++`, as Hugo writes it). TOML has no partial
 * reading: an invalid block is a diagnostic at the error and reads as empty.
 */
function readToml(toml: string, line: number, diagnostics: Diagnostic[]): unknown {
  let data: Record<string, unknown>;
  try {
    data = parseToml(toml);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    diagnostics.push({
      severity: 'warning',
      rule: 'invalid-front-matter',
      message: `The front matter is not valid TOML (${error.message.split('\n')[0]}); it was ignored.`,
      line: line + error.line,
      column: error.column,
    });
    return null;
  }
  const report = placeholderReporter(toml, line, diagnostics);
  // TOML values carry no positions: a placeholder is placed at the first place its text stands.
  const visitValue = (value: unknown): void => {
    if (typeof value === 'string') report(value, () => Math.max(0, toml.indexOf(value)));
    else if (Array.isArray(value)) value.forEach(visitValue);
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(visitValue);
  };
  visitValue(data);
  return data;
}

/** Reads the front matter (YAML or TOML) of a parsed page; invalid front matter adds a diagnostic. */
export function readFrontMatter(tree: Root, diagnostics: Diagnostic[]): FrontMatter {
  const node = frontMatterNode(tree);
  if (!node) return EMPTY;
  const line = node.position?.start.line ?? 1;
  let data: unknown = null;
  try {
    data = node.type === 'toml' ? readToml(node.value, line, diagnostics) : readYaml(node.value, line, diagnostics);
  } catch (error) {
    diagnostics.push({
      severity: 'warning',
      rule: 'invalid-front-matter',
      message: `The front matter could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the body was read.`,
      line,
      column: 1,
    });
    return { ...EMPTY, present: true, line };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ...EMPTY, present: true, line };
  const top = data as Record<string, unknown>;
  // Hugo keeps a page's own fields under `params`: read there when the top level lacks them.
  const params = own(top, 'params');
  const obj = params && typeof params === 'object' && !Array.isArray(params) ? { ...(params as Record<string, unknown>), ...top } : top;
  const blurbs = ['subtitle', 'summary', 'description', 'chapeau-text', 'chapeau', 'excerpt', 'lead']
    .map((k) => str(own(obj, k)))
    .filter((v): v is string => v !== null)
    .map(squash);
  return {
    present: true,
    title: (() => {
      const t = firstOf(obj, ['title', 'titre', 'name']);
      return t === null ? null : squash(t);
    })(),
    date: firstOf(obj, ['date', 'publishedDate', 'published_date', 'pubDate', 'publishDate', 'created']),
    eventStart: firstOf(obj, ['event_start_date', 'eventStartDate', 'event_date', 'start_date', 'startDate', 'start']),
    eventEnd: firstOf(obj, ['event_end_date', 'eventEndDate', 'end_date', 'endDate', 'end']),
    place: (() => {
      const v = firstOf(obj, ['lieu', 'location', 'venue', 'place']);
      return v === null ? null : squash(v);
    })(),
    address: (() => {
      const v = firstOf(obj, ['adresse', 'address']);
      return v === null ? null : v.split(/\n+/).map(squash).filter(Boolean).join(', ');
    })(),
    url: firstOf(obj, ['url', 'permalink', 'link', 'lien']),
    blurbs,
    fields: [...fieldsOf(own(obj, 'champs_informations')), ...fieldsOf(own(obj, 'infos')), ...fieldsOf(own(obj, 'informations'))],
    line,
  };
}
