/**
 * deroule: French agenda pages (Markdown) → typed programmes.
 */
export type {
  ClockTime,
  Diagnostic,
  EventInfo,
  Organisation,
  ParseOptions,
  Person,
  PersonPart,
  Programme,
  Session,
  SessionKind,
  Severity,
  SourcePoint,
} from './types.js';
export { parseProgramme, programmeFromTree, OptionError, InputError, DEFAULT_TIMEZONE, DEFAULT_MAX_INPUT_BYTES } from './parse.js';
export { remarkDeroule, type RemarkDerouleOptions } from './plugin.js';
export { parseTimeRange, scanTimes, type TimeRangeMatch, type TimeScan, type ScannedTime } from './french/time.js';
export { parseFrenchDate, findDates, type FrenchDateMatch, type FrenchDateOptions, type DateExpression, type WrittenDate } from './french/date.js';
export { classifyKind } from './french/kind.js';
export { clearRecogniserCaches } from './french/memo.js';
export { toICS, type ICSOptions } from './export/ics.js';
export { toCSV, SESSION_COLUMNS, PERSON_COLUMNS, type CSVOptions } from './export/csv.js';
export { toJSONLines } from './export/jsonl.js';
