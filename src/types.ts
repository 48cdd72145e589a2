/**
 * The data model of deroule: what a parsed agenda page becomes.
 *
 * Everything here is plain JSON-serialisable data, so a `Programme` can be
 * printed by the CLI, stored, or sent to a browser as is.
 */

/** A wall-clock time of day, as written on the page (24-hour clock). */
export interface ClockTime {
  /** 0–24 (24 only for "24h", which means midnight at the end of the day). */
  hour: number;
  /** 0–59. */
  minute: number;
}

/** A point in a source document (1-based line and column, as in unist). */
export interface SourcePoint {
  line: number;
  column: number;
}

/** How bad a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** Something deroule noticed while reading a page and wants a human to know. */
export interface Diagnostic {
  severity: Severity;
  /** A sentence in English that says what is wrong and, when useful, what was done. */
  message: string;
  line: number;
  column: number;
  /** A stable identifier of the check, e.g. `no-date` or `end-before-start`. */
  rule: string;
}

/** An organisation as recognised from the page or from the bundled lexicon. */
export interface Organisation {
  /** The name as written on the page. */
  name: string;
  /** Its acronym, when the page or the lexicon gives one (e.g. `DINUM`). */
  acronym?: string;
  /** The expanded name from the lexicon, when known. */
  expanded?: string;
}

/** The part a person plays in a session. */
export type PersonPart = 'speaker' | 'moderator' | 'guest' | 'host';

/** A named person taking part in a session. */
export interface Person {
  /** The name as written, without honorific or Markdown. */
  name: string;
  /** An honorific that preceded the name (M., Mme, Dr…), when there was one. */
  honorific?: string;
  /** The role as the page words it, or `null`. */
  role: string | null;
  /** The organisation as the page words it, or `null`. */
  organisation: string | null;
  /** Details about the organisation, when recognised. */
  organisationInfo?: Organisation;
  /** What the person does in the session. */
  part: PersonPart;
  /** True when the page marks the person as not yet confirmed ("sous réserve"). */
  tentative?: boolean;
}

/** The kind of a session, guessed from French cue words in its title. */
export type SessionKind =
  | 'welcome'
  | 'plenary'
  | 'keynote'
  | 'roundtable'
  | 'workshop'
  | 'talk'
  | 'pitch'
  | 'break'
  | 'meal'
  | 'networking'
  | 'closing'
  | 'forum'
  | 'other';

/** One timed entry of a programme. */
export interface Session {
  /** Stable identifier derived from the source, the start and the title. */
  id: string;
  title: string;
  kind: SessionKind;
  /** ISO 8601 with the offset of the programme's zone, e.g. `2023-01-18T10:00:00+01:00`. */
  start: string;
  /** The end the page states, else `null` (estimates belong to the exports). */
  end: string | null;
  /** The local calendar day of the start, `YYYY-MM-DD`. */
  day: string;
  /** False when the page gives no usable date for this session (the day is then a guess). */
  dateKnown: boolean;
  location: string | null;
  description: string | null;
  speakers: Person[];
  /** Organisations named in the session without a person (stands, partners). */
  organisations?: Organisation[];
  /** Where the session's time is written in the source. */
  position: SourcePoint;
}

/** The event as a whole. */
export interface EventInfo {
  title: string | null;
  /** ISO 8601 date-time with offset, or `YYYY-MM-DD` when only the day is known. */
  start: string | null;
  end: string | null;
  location: string | null;
  url: string | null;
}

/** What `parseProgramme` returns. */
export interface Programme {
  title: string | null;
  /** IANA time zone of every date in the programme. */
  timezone: string;
  source: string | null;
  event: EventInfo;
  sessions: Session[];
  diagnostics: Diagnostic[];
}

/** Options of `parseProgramme` and of the `remarkDeroule` plugin. */
export interface ParseOptions {
  /** IANA time zone of the page's wall-clock times. Default `Europe/Paris`. */
  timezone?: string;
  /**
   * ISO date (`YYYY-MM-DD`) used to choose the year of dates written without one.
   * Default: the front matter `date` (publication date), else a date in the page, else today.
   */
  referenceDate?: string;
  /** A name or URL kept on the programme and used in session ids. */
  source?: string;
  /** Largest input accepted, in bytes of UTF-8 (default 5 MB); past it `parseProgramme` throws an `InputError`. */
  maxInputBytes?: number;
}
