/**
 * schema/programme.schema.json stays in sync with src/types.ts:
 * - at compile time, the key lists below must match the TypeScript types exactly;
 * - at run time, the schema's required/optional keys must match those lists,
 *   a real parsed Session must have exactly the required keys (plus optional ones),
 *   and every corpus page's output must validate (additionalProperties is false
 *   everywhere, so a new field in the types fails here until the schema has it).
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/index.js';
import type { Diagnostic, EventInfo, Organisation, Person, PersonPart, Programme, Session, SessionKind, Severity, SourcePoint } from '../../src/types.js';
import { CORPUS_PRESENT, corpusFiles, readCorpus } from '../helpers/pages.js';

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
interface Shape<T> {
  required: Record<RequiredKeys<T>, true>;
  optional: Record<OptionalKeys<T>, true>;
}

// `satisfies` makes a missing or extra key a type error: these lists are the types.
const shapes = {
  programme: {
    required: { title: true, timezone: true, source: true, event: true, sessions: true, diagnostics: true },
    optional: {},
  } satisfies Shape<Programme>,
  session: {
    required: {
      id: true,
      title: true,
      kind: true,
      start: true,
      end: true,
      day: true,
      dateKnown: true,
      location: true,
      description: true,
      speakers: true,
      position: true,
    },
    optional: { organisations: true },
  } satisfies Shape<Session>,
  person: {
    required: { name: true, role: true, organisation: true, part: true },
    optional: { honorific: true, organisationInfo: true, tentative: true },
  } satisfies Shape<Person>,
  eventInfo: { required: { title: true, start: true, end: true, location: true, url: true }, optional: {} } satisfies Shape<EventInfo>,
  organisation: { required: { name: true }, optional: { acronym: true, expanded: true } } satisfies Shape<Organisation>,
  diagnostic: {
    required: { severity: true, message: true, line: true, column: true, rule: true },
    optional: {},
  } satisfies Shape<Diagnostic>,
  sourcePoint: { required: { line: true, column: true }, optional: {} } satisfies Shape<SourcePoint>,
};

const enums = {
  kind: {
    welcome: true,
    plenary: true,
    keynote: true,
    roundtable: true,
    workshop: true,
    talk: true,
    pitch: true,
    break: true,
    meal: true,
    networking: true,
    closing: true,
    forum: true,
    other: true,
  } satisfies Record<SessionKind, true>,
  part: { speaker: true, moderator: true, guest: true, host: true } satisfies Record<PersonPart, true>,
  severity: { error: true, warning: true, info: true } satisfies Record<Severity, true>,
};

interface ObjectSchema {
  required: string[];
  properties: Record<string, { enum?: string[] }>;
}
interface ProgrammeSchema extends ObjectSchema {
  definitions: Record<string, ObjectSchema>;
}

const root = join(import.meta.dirname, '..', '..');
const schemaPath = join(root, 'schema', 'programme.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as ProgrammeSchema;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const objectSchema = (name: keyof typeof shapes): ObjectSchema => (name === 'programme' ? schema : schema.definitions[name]!);
const sorted = (o: object): string[] => Object.keys(o).sort();

const pages = corpusFiles();

describe('programme JSON Schema', () => {
  it.each(Object.keys(shapes) as (keyof typeof shapes)[])('%s: required and optional keys match the TypeScript type', (name) => {
    const s = objectSchema(name);
    expect([...s.required].sort()).toEqual(sorted(shapes[name].required));
    expect(sorted(s.properties)).toEqual([...sorted(shapes[name].required), ...sorted(shapes[name].optional)].sort());
  });

  it('has the enums of the types', () => {
    expect([...(schema.definitions.session!.properties.kind!.enum ?? [])].sort()).toEqual(sorted(enums.kind));
    expect([...(schema.definitions.person!.properties.part!.enum ?? [])].sort()).toEqual(sorted(enums.part));
    expect([...(schema.definitions.diagnostic!.properties.severity!.enum ?? [])].sort()).toEqual(sorted(enums.severity));
  });

  it("requires exactly the keys of a real Session (besides the optional ones)", () => {
    const page = readFileSync(join(root, 'examples', 'journee-numerique.md'), 'utf8');
    const p = parseProgramme(page, { source: 'journee-numerique.md' });
    expect(p.sessions.length).toBeGreaterThan(0);
    const optional = Object.keys(shapes.session.optional);
    for (const s of p.sessions) {
      expect(Object.keys(s).filter((k) => !optional.includes(k)).sort()).toEqual([...schema.definitions.session!.required].sort());
    }
    expect(sorted(p).filter((k) => k in shapes.programme.required)).toEqual([...schema.required].sort());
    expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the types forbid', () => {
    const p = parseProgramme('**18 janvier 2023**\n\n- 9h30 - 10h15 : Plénière\n', { source: 'a.md' });
    expect(validate(p)).toBe(true);
    const bad = (mutate: (s: Record<string, unknown>) => void): boolean => {
      const copy = structuredClone(p) as unknown as { sessions: Record<string, unknown>[] };
      mutate(copy.sessions[0]!);
      return validate(copy);
    };
    expect(bad((s) => (s.kind = 'concert'))).toBe(false);
    expect(bad((s) => (s.start = '2023-01-18T09:30:00'))).toBe(false); // no offset
    expect(bad((s) => delete s.dateKnown)).toBe(false);
    expect(bad((s) => (s.extra = 1))).toBe(false);
  });

  it('is exported as deroule/schema and shipped', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./schema']).toBe('./schema/programme.schema.json');
    expect(pkg.files).toContain('schema');
  });
});

describe.skipIf(!CORPUS_PRESENT)('corpus pages against the schema (skipped: ../shared/corpus is not beside the repository)', () => {
  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s validates', (file) => {
    const p = parseProgramme(readCorpus(file), { source: file });
    expect(validate(p), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });
});
