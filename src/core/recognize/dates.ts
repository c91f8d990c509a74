import { isBlank, isDigit, isLetter, isRangeDash, isUpper, previousWord, skipSpace, wordEnd } from '../text/chars';
import type { Candidate, RecognizeContext } from './candidate';
import { FIRST_DIGIT, FIRST_LOWER, FIRST_UPPER, Words } from '../text/words';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
/** Words before a lone month name that make it a date ("in January", "by March"). */
const MONTH_LEAD_WORDS = new Set([
  'in', 'since', 'during', 'until', 'till', 'by', 'from', 'through', 'of', 'early', 'late', 'before', 'after',
  'throughout', 'as', 'between', 'and', 'to', 'starting', 'beginning', 'ending', 'end',
]);

const pad = (n: number) => String(n).padStart(2, '0');
/** First letters of month names: J, F, M, A, S, O, N, D. */
const MONTH_INITIALS = new Set([...'JFMASOND'].map((c) => c.charCodeAt(0)));
const LOWER_INITIALS = new Set([...'mfst'].map((c) => c.charCodeAt(0)));

interface MonthWord {
  month: number;
  /** End of the month word including an abbreviation's period. */
  end: number;
  abbreviated: boolean;
}

/** A month name at `pos` ("January", "Jan.", "JUNE"); capitalised only. */
function readMonth(text: string, pos: number): MonthWord | undefined {
  if (!isUpper(text.charCodeAt(pos))) return undefined;
  const end = wordEnd(text, pos, 10);
  if (end - pos < 3 || isDigit(text.charCodeAt(end))) return undefined;
  const w = text.slice(pos, end);
  const lower = w.toLowerCase();
  if (w !== lower[0]!.toUpperCase() + lower.slice(1) && w !== w.toUpperCase()) return undefined;
  const full = MONTHS[lower];
  if (full !== undefined) return { month: full, end, abbreviated: false };
  const abbreviated = MONTH_ABBREVIATIONS[lower];
  if (abbreviated !== undefined) {
    return { month: abbreviated, end: text.charCodeAt(end) === 46 ? end + 1 : end, abbreviated: true };
  }
  return undefined;
}

/** A four-digit year 1900-2099 at `pos`, standing alone. */
function readYear(text: string, pos: number): { year: number; end: number } | undefined {
  for (let k = 0; k < 4; k++) if (!isDigit(text.charCodeAt(pos + k))) return undefined;
  if (isDigit(text.charCodeAt(pos + 4)) || isLetter(text.charCodeAt(pos + 4))) return undefined;
  const year = Number(text.slice(pos, pos + 4));
  if (year < 1900 || year > 2099) return undefined;
  return { year, end: pos + 4 };
}

/** A day of month 1-31 at `pos`, with an optional ordinal suffix ("3", "03", "3rd"). */
function readDay(text: string, pos: number): { day: number; end: number } | undefined {
  if (!isDigit(text.charCodeAt(pos))) return undefined;
  let p = pos + 1;
  if (isDigit(text.charCodeAt(p))) p++;
  if (isDigit(text.charCodeAt(p))) return undefined;
  const day = Number(text.slice(pos, p));
  if (day < 1 || day > 31) return undefined;
  const suffix = text.slice(p, p + 2).toLowerCase();
  if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') p += 2;
  if (isLetter(text.charCodeAt(p))) return undefined;
  // "June 3:00", "May 2,000", "June 3.5": not days.
  const next = text.charCodeAt(p);
  if ((next === 58 || next === 44 || next === 46) && isDigit(text.charCodeAt(p + 1))) return undefined;
  return { day, end: p };
}

/** ", 2017" or " 2017" after a day. */
function readYearAfterDay(text: string, pos: number): { year: number; end: number } | undefined {
  let p = pos;
  if (text.charCodeAt(p) === 44) p++;
  const q = skipSpace(text, p);
  if (q === p && p === pos) return undefined;
  return readYear(text, q);
}

/** "-8", " to 8", "–June 3" after a day: the end of a range of days. */
function readDayRangeEnd(text: string, pos: number): number | undefined {
  let p = pos;
  while (isBlank(text.charCodeAt(p))) p++;
  if (isRangeDash(text.charCodeAt(p))) p++;
  else if (text.startsWith('to ', p)) p += 3;
  else if (text.startsWith('through ', p)) p += 8;
  else return undefined;
  while (isBlank(text.charCodeAt(p))) p++;
  const month = readMonth(text, p);
  if (month) p = skipSpace(text, month.end, false);
  const day = readDay(text, p);
  return day ? day.end : undefined;
}

function yearOf(ctx: RecognizeContext): number | undefined {
  const y = ctx.releaseDate ? Number(ctx.releaseDate.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}

/** Is this a real calendar day? Without a year, February 29 is allowed. */
function isCalendarDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]! : new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** A day mark, or nothing when the day does not exist ("February 30"). */
function dayCandidate(start: number, end: number, year: number | undefined, month: number, day: number): Candidate | undefined {
  return isCalendarDay(year, month, day) ? { kind: 'date', start, end, value: dayValue(year, month, day) } : undefined;
}

function dayValue(year: number | undefined, month: number, day: number): string {
  return `${year === undefined ? '-' : year}-${pad(month)}-${pad(day)}`;
}

function monthValue(year: number | undefined, month: number): string {
  return `${year === undefined ? '-' : year}-${pad(month)}`;
}

/** A date starting with a month name, `start` being the month (or a "mid-" before it). */
function dateFromMonth(text: string, start: number, monthPos: number, ctx: RecognizeContext): Candidate | undefined {
  const month = readMonth(text, monthPos);
  if (!month) return undefined;
  const afterMonth = skipSpace(text, month.end);
  const day = afterMonth > month.end ? readDay(text, afterMonth) : undefined;
  if (day && start === monthPos) {
    const rangeEnd = readDayRangeEnd(text, day.end);
    const year = readYearAfterDay(text, rangeEnd ?? day.end);
    if (year) {
      return dayCandidate(start, year.end, year.year, month.month, day.day);
    }
    if (yearOf(ctx) === undefined && month.abbreviated) return undefined;
    return dayCandidate(start, rangeEnd ?? day.end, yearOf(ctx), month.month, day.day);
  }
  const year = afterMonth > month.end ? readYear(text, afterMonth) : undefined;
  if (year) return { kind: 'date', start, end: year.end, value: monthValue(year.year, month.month) };
  if (month.abbreviated) return undefined;
  if (start !== monthPos) return { kind: 'date', start, end: month.end, value: monthValue(yearOf(ctx), month.month) };
  // A lone month name is a date only where the words around it say so.
  const before = previousWord(text, start);
  const lead = before?.text.toLowerCase();
  const inParentheses = text.charCodeAt(start - 1) === 40 && text.charCodeAt(month.end) === 41;
  if (month.month === 5 && !(lead && MONTH_LEAD_WORDS.has(lead) && lead !== 'and' && lead !== 'to')) return undefined;
  if (!inParentheses && !(lead && MONTH_LEAD_WORDS.has(lead))) return undefined;
  // "in March Smith said" is unlikely; a following capitalised name is.
  const next = skipSpace(text, month.end, false);
  if (next > month.end && isUpper(text.charCodeAt(next)) && isLetter(text.charCodeAt(next + 1)) && !inParentheses) {
    const w = text.slice(next, wordEnd(text, next, 20));
    if (w !== w.toUpperCase()) return undefined;
  }
  return { kind: 'date', start, end: month.end, value: monthValue(yearOf(ctx), month.month) };
}

/** "third quarter of 2017", "first half", "fourth-quarter 2016". */
function dateFromOrdinal(text: string, start: number, wordEndPos: number, ctx: RecognizeContext): Candidate | undefined {
  const ordinal = ORDINALS[text.slice(start, wordEndPos).toLowerCase()];
  if (ordinal === undefined) return undefined;
  let p = wordEndPos;
  if (text.charCodeAt(p) === 45) p++;
  else p = skipSpace(text, p);
  if (p === wordEndPos) return undefined;
  const unitEnd = wordEnd(text, p, 10);
  const unit = text.slice(p, unitEnd).toLowerCase();
  let period: string;
  if (unit === 'quarter') period = `Q${ordinal}`;
  else if (unit === 'half' && ordinal <= 2) period = `H${ordinal}`;
  else return undefined;
  let end = unitEnd;
  let year: number | undefined;
  // "of 2017", "of fiscal 2017", " 2017", ", 2017" is not taken (a list of periods).
  let q = skipSpace(text, end);
  const ofEnd = wordEnd(text, q, 4);
  if (text.slice(q, ofEnd) === 'of') q = skipSpace(text, ofEnd);
  const fiscalEnd = wordEnd(text, q, 10);
  const maybeFiscal = text.slice(q, fiscalEnd).toLowerCase();
  if (maybeFiscal === 'fiscal' || maybeFiscal === 'calendar') q = skipSpace(text, fiscalEnd);
  const y = readYear(text, q);
  if (y) {
    year = y.year;
    end = y.end;
  }
  return { kind: 'date', start, end, value: `${year ?? yearOf(ctx) ?? '-'}-${period}` };
}

/** "Q3 2017", "Q3'17", "3Q 2017", "3Q17", "1H 2018", "H2 2017", and a lone "Q2". */
function dateFromPeriodCode(text: string, start: number, end: number, ctx: RecognizeContext): Candidate | undefined {
  const w = text.slice(start, end);
  let period: string | undefined;
  let yearInWord: number | undefined;
  let m = /^([QH])([1-4])$/.exec(w) ?? /^([1-4])([QH])$/.exec(w);
  if (m) {
    const letter = /[QH]/.test(m[1]!) ? m[1]! : m[2]!;
    const n = Number(/[QH]/.test(m[1]!) ? m[2] : m[1]);
    if (letter === 'H' && n > 2) return undefined;
    period = `${letter}${n}`;
  } else {
    m = /^([1-4])([QH])(\d{2}|\d{4})$/.exec(w);
    if (!m) return undefined;
    if (m[2] === 'H' && Number(m[1]) > 2) return undefined;
    period = `${m[2]}${m[1]}`;
    yearInWord = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return { kind: 'date', start, end, value: `${yearInWord}-${period}` };
  }
  // Year after: " 2017", "-2017", "'17", " CY2025".
  let p = end;
  if (text.charCodeAt(p) === 45) p++;
  else p = skipSpace(text, p, false);
  if (text.startsWith('CY', p)) p = text.charCodeAt(p + 2) === 32 ? p + 3 : p + 2;
  const y = readYear(text, p);
  if (y) return { kind: 'date', start, end: y.end, value: `${y.year}-${period}` };
  if (text.charCodeAt(p) === 39 || text.charCodeAt(p) === 0x2019) {
    const d1 = text.charCodeAt(p + 1);
    const d2 = text.charCodeAt(p + 2);
    if (isDigit(d1) && isDigit(d2) && !isDigit(text.charCodeAt(p + 3))) {
      return { kind: 'date', start, end: p + 3, value: `${2000 + Number(text.slice(p + 1, p + 3))}-${period}` };
    }
  }
  // A lone "Q2" counts; a lone "H1" is too often something else.
  if (period.startsWith('Q') && w.startsWith('Q')) {
    return { kind: 'date', start, end, value: `${yearOf(ctx) ?? '-'}-${period}` };
  }
  return undefined;
}

/** "24 May 2017", "3rd June 2024". */
function dateFromDayFirst(text: string, start: number, ctx: RecognizeContext): Candidate | undefined {
  const day = readDay(text, start);
  if (!day) return undefined;
  // "25-28 September 2024": a range of days before the month.
  let dayEnd = day.end;
  if (isRangeDash(text.charCodeAt(dayEnd))) {
    const second = readDay(text, dayEnd + 1);
    if (second) dayEnd = second.end;
  }
  const monthPos = skipSpace(text, dayEnd, false);
  if (monthPos === dayEnd) return undefined;
  const month = readMonth(text, monthPos);
  if (!month) return undefined;
  const afterMonth = skipSpace(text, month.end);
  const year = readYear(text, text.charCodeAt(month.end) === 44 ? skipSpace(text, month.end + 1) : afterMonth);
  if (year) return dayCandidate(start, year.end, year.year, month.month, day.day);
  if (month.abbreviated) return undefined;
  return dayCandidate(start, month.end, yearOf(ctx), month.month, day.day);
}

/** "2017-05-24" and "05/24/2017". */
function dateFromNumeric(text: string, start: number): Candidate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d-])/.exec(text.slice(start, start + 11));
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (y >= 1900 && y <= 2099) {
      const c = dayCandidate(start, start + 10, y, m, d);
      if (c) return c;
    }
  }
  // Day.month.year, as European releases write it: "14.10.2024".
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/.exec(text.slice(start, start + 11));
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return dayCandidate(start, start + dotted[0].length, y, m, d);
    }
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/.exec(text.slice(start, start + 11));
  if (us) {
    const [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return dayCandidate(start, start + us[0].length, y, m, d);
    }
  }
  return undefined;
}

/**
 * Finds calendar dates and periods that carry at least a month, quarter or half. Bare years and times
 * of day are not dates here.
 */
export function recognizeDates(ctx: RecognizeContext, words: Words = new Words(ctx.text)): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const { starts, ends, flags } = words;
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    const i = starts[k]!;
    if (i < next) continue;
    const f = flags[k]!;
    const end = ends[k]!;
    const length = end - i;
    let found: Candidate | undefined;
    if (f & FIRST_DIGIT) {
      const prev = text.charCodeAt(i - 1);
      if (prev !== 36 && prev !== 46 && prev !== 44 && prev !== 47 && prev !== 45) {
        found = dateFromNumeric(text, i) ?? dateFromDayFirst(text, i, ctx) ?? (length <= 7 ? dateFromPeriodCode(text, i, end, ctx) : undefined);
        if (!found && length === 3) found = dateFromOrdinal(text, i, end, ctx);
      }
    } else if (length <= 9 && (f & (FIRST_UPPER | FIRST_LOWER))) {
      // Candidates: "mid", ordinals ("third quarter"), month names, "Q3"/"H1".
      const initial = text.charCodeAt(i);
      // Lower-case candidates are only "mid" and the ordinals first/second/third/fourth.
      if (f & FIRST_LOWER ? !LOWER_INITIALS.has(initial) || (length !== 3 && length !== 5 && length !== 6) : length !== 2 && !MONTH_INITIALS.has(initial) && length !== 5 && length !== 6) continue;
      const lower = words.word(k).toLowerCase();
      if (lower === 'mid' && (text.charCodeAt(end) === 45 || isBlank(text.charCodeAt(end)))) {
        const after = text.charCodeAt(end) === 45 ? end + 1 : skipSpace(text, end, false);
        const y = readYear(text, after);
        if (y) found = { kind: 'date', start: i, end: y.end, value: `${y.year}-mid` };
        else if (text.charCodeAt(end) === 45) found = dateFromMonth(text, i, after, ctx);
      } else if (ORDINALS[lower] !== undefined) {
        found = dateFromOrdinal(text, i, end, ctx);
      } else if (f & FIRST_UPPER) {
        found = length === 2 ? dateFromPeriodCode(text, i, end, ctx) : MONTH_INITIALS.has(text.charCodeAt(i)) ? dateFromMonth(text, i, i, ctx) : undefined;
      }
    }
    if (found) {
      out.push(found);
      next = found.end;
    }
  }
  return out;
}
