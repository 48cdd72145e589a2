/**
 * Diagnostics as a list of buttons: each names the line and, when pressed,
 * selects that line in the text area and scrolls it into view.
 */
import type { Diagnostic } from '../../src/types.js';
import { RULE_LABELS, SEVERITY_LABELS } from './labels.js';

/** Offsets of the 1-based `line` of `text` (without its line break); the last line past the end. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

/** Selects a line of the text area and scrolls it to about a third of its height. */
export function selectLine(area: HTMLTextAreaElement, line: number): void {
  const { start, end } = lineRange(area.value, line);
  area.focus();
  area.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (line - 1) * lineHeight - area.clientHeight / 3);
}

/** Fills `list` with one button per diagnostic, ids `diag-0`, `diag-1`… */
export function renderDiagnostics(list: HTMLElement, diagnostics: readonly Diagnostic[], onSelect: (line: number) => void): void {
  list.replaceChildren(
    ...diagnostics.map((d, i) => {
      const item = document.createElement('li');
      item.className = `diagnostic ${d.severity}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.id = `diag-${i}`;
      button.dataset['line'] = String(d.line);
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `Ligne ${d.line}, col. ${d.column}`;
      const what = document.createElement('span');
      what.className = 'what';
      what.textContent = `${SEVERITY_LABELS[d.severity]} · ${RULE_LABELS[d.rule] ?? d.rule}`;
      const message = document.createElement('span');
      message.className = 'message';
      message.lang = 'en';
      message.textContent = d.message;
      button.append(where, what, message);
      button.addEventListener('click', () => onSelect(d.line));
      item.append(button);
      return item;
    }),
  );
}
