/**
 * The timeline ("frise"): one SVG per day, sessions as bars on a time axis,
 * nested or overlapping sessions stacked in lanes. Pure functions (sessions in,
 * SVG text out), so the layout is tested in Node without a browser.
 */
import { DateTime } from 'luxon';
import type { Session, SessionKind } from '../../src/types.js';
import { formatDay, formatMinutes, KIND_LABELS, plural } from './labels.js';

/** A time span in minutes after the local midnight of its day. */
export interface Span {
  start: number;
  end: number;
}

/** One session placed on its day. */
export interface Bar extends Span {
  session: Session;
  /** False when the page gives no end: the bar then runs to the next start, or one hour. */
  endKnown: boolean;
  lane: number;
}

/** One day of the timeline: its bars in lanes and its hour axis. */
export interface DayTimeline {
  day: string;
  /** False when the page gives no date for these sessions (the day is a guess). */
  dateKnown: boolean;
  bars: Bar[];
  lanes: number;
  /** The axis, in minutes after midnight, on whole hours. */
  from: number;
  to: number;
}

/** Minutes shown for a session with no end and no later session that day. */
export const DEFAULT_MINUTES = 60;

/**
 * Lane of each span (same order as the input): sorted by start, a longer span
 * first, each takes the lowest lane that is free at its start. A session held
 * in another one therefore sits in the lane above it.
 */
export function layoutLanes(spans: readonly Span[]): number[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index);
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(spans.length).fill(0);
  for (const { span, index } of order) {
    const end = Math.max(span.end, span.start + 1);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= span.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    lanes[index] = lane;
  }
  return lanes;
}

/** Wall-clock minutes of an ISO instant in `zone`, counted from the midnight of `day`. */
export function minutesIn(iso: string, zone: string, day: string): number {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  const date = DateTime.fromISO(dt.toISODate() ?? day, { zone: 'utc' });
  const days = Math.round(date.diff(DateTime.fromISO(day, { zone: 'utc' }), 'days').days);
  return days * 1440 + dt.hour * 60 + dt.minute;
}

/** The sessions of a programme, day by day, with their lanes and axis. */
export function buildTimelines(sessions: readonly Session[], zone: string): DayTimeline[] {
  const byDay = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = byDay.get(s.day);
    if (list) list.push(s);
    else byDay.set(s.day, [s]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => {
      const starts = list.map((s) => minutesIn(s.start, zone, day));
      const spans = list.map((s, i): Span & { endKnown: boolean } => {
        const start = starts[i] ?? 0;
        if (s.end !== null) return { start, end: Math.max(start, minutesIn(s.end, zone, day)), endKnown: true };
        const next = Math.min(...starts.filter((t) => t > start));
        return { start, end: Number.isFinite(next) ? next : start + DEFAULT_MINUTES, endKnown: false };
      });
      const lanes = layoutLanes(spans);
      const bars = list.map((session, i): Bar => {
        const span = spans[i] ?? { start: 0, end: 0, endKnown: false };
        return { session, start: span.start, end: span.end, endKnown: span.endKnown, lane: lanes[i] ?? 0 };
      });
      const first = Math.min(...bars.map((b) => b.start));
      const last = Math.max(...bars.map((b) => b.end));
      const from = Math.floor(first / 60) * 60;
      const to = Math.max(from + 60, Math.ceil(last / 60) * 60);
      return {
        day,
        dateKnown: list.every((s) => s.dateKnown),
        bars,
        lanes: lanes.length ? Math.max(...lanes) + 1 : 0,
        from,
        to,
      };
    });
}

/** Fill colour of each kind (light, so dark text on it stays readable). */
export const KIND_COLOURS: Record<SessionKind, string> = {
  welcome: '#e2e8f0',
  plenary: '#bfdbfe',
  keynote: '#c7d2fe',
  roundtable: '#ddd6fe',
  workshop: '#bbf7d0',
  talk: '#a5f3fc',
  pitch: '#fde68a',
  break: '#f1f5f9',
  meal: '#fed7aa',
  networking: '#fbcfe8',
  closing: '#fecaca',
  forum: '#d9f99d',
  other: '#e5e7eb',
};

/** Escapes text for SVG or HTML markup (the page's own text goes into both). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LANE = 28;
const GAP = 6;
const AXIS = 24;
const PAD = 20;
const CHAR = 6.6;

function tooltip(bar: Bar): string {
  const s = bar.session;
  const when = `${formatMinutes(bar.start)}–${bar.endKnown ? formatMinutes(bar.end) : `${formatMinutes(bar.end)} (fin non précisée)`}`;
  const people = s.speakers.map((p) => {
    const about = [p.role, p.organisation].filter((x): x is string => !!x).join(', ');
    return about ? `${p.name} (${about})` : p.name;
  });
  return [when, s.title, KIND_LABELS[s.kind], people.length ? `Avec : ${people.join(' ; ')}` : null, s.location]
    .filter((x): x is string => !!x)
    .join(' · ');
}

function fit(text: string, width: number): string {
  const max = Math.floor((width - 8) / CHAR);
  if (max < 3) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The SVG of one day, `width` pixels wide. Every bar is a `<g class="bar">` with a `<title>`. */
export function timelineSVG(timeline: DayTimeline, width = 900): string {
  const span = timeline.to - timeline.from;
  const inner = width - 2 * PAD;
  const x = (minutes: number): number => PAD + ((minutes - timeline.from) / span) * inner;
  const height = AXIS + timeline.lanes * (LANE + GAP) + GAP;
  const step = span > 12 * 60 ? 120 : 60;
  const ticks: string[] = [];
  for (let t = timeline.from; t <= timeline.to; t += step) {
    const tx = x(t).toFixed(1);
    ticks.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="${AXIS - 6}" y2="${height}" />` +
        `<text class="tick-label" x="${tx}" y="${AXIS - 10}" text-anchor="middle">${formatMinutes(t)}</text>`,
    );
  }
  const bars = timeline.bars.map((bar) => {
    const bx = x(bar.start);
    const bw = Math.max(3, x(bar.end) - bx);
    const by = AXIS + GAP + bar.lane * (LANE + GAP);
    const label = fit(`${formatMinutes(bar.start)} ${bar.session.title}`, bw);
    return (
      `<g class="bar kind-${bar.session.kind}" data-id="${escapeXml(bar.session.id)}">` +
      `<title>${escapeXml(tooltip(bar))}</title>` +
      `<rect x="${bx.toFixed(1)}" y="${by}" width="${bw.toFixed(1)}" height="${LANE}" rx="4" fill="${KIND_COLOURS[bar.session.kind]}"` +
      `${bar.endKnown ? '' : ' stroke-dasharray="4 3"'} />` +
      (label ? `<text x="${(bx + 5).toFixed(1)}" y="${by + LANE / 2 + 4}">${escapeXml(label)}</text>` : '') +
      `</g>`
    );
  });
  const count = plural(timeline.bars.length, 'séance', 'séances');
  const label = `Frise du ${formatDay(timeline.day)}${timeline.dateKnown ? '' : ' (date supposée)'} : ${count} de ${formatMinutes(timeline.from)} à ${formatMinutes(timeline.to)}`;
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(label)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<g class="axis">${ticks.join('')}</g>${bars.join('')}</svg>`
  );
}

/** The colour key of the kinds present, as an HTML list. */
export function legendHTML(sessions: readonly Session[]): string {
  const present = new Set(sessions.map((s) => s.kind));
  const kinds = (Object.keys(KIND_LABELS) as SessionKind[]).filter((k) => present.has(k));
  if (kinds.length === 0) return '';
  const items = kinds.map(
    (k) => `<li><span class="swatch" style="background:${KIND_COLOURS[k]}"></span>${escapeXml(KIND_LABELS[k])}</li>`,
  );
  return `<ul class="legend" aria-label="Légende des couleurs">${items.join('')}</ul>`;
}
