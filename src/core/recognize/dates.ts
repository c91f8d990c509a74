import { asciiLower, asciiTable, codeAt, digitsValue, isBlank, isDigit, isLetter, isLineBreak, isRangeDash, isUpper, previousWord, skipSpace, wordEnd } from '../text/chars';
import type { Candidate, RecognizeContext } from './candidate';
import { FIRST_DIGIT, FIRST_LOWER, FIRST_UPPER, HAS_LOWER, HAS_UPPER, NON_ASCII, Words } from '../text/words';
import { ABSENT, WordTable } from '../text/wordTable';

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

/** "mid" and the ordinals, case ignored (no word outside ASCII lower-cases into them). */
const ORDINAL_WORDS = new WordTable(['mid', ...Object.keys(ORDINALS)], true);
/** Ordinal of each ORDINAL_WORDS index ("mid" has none). */
const ORDINAL_OF: (number | undefined)[] = [undefined, ...Object.values(ORDINALS)];
const MID = 0;
const ordinalOf = (index: number) => (index > MID ? ORDINAL_OF[index] : undefined);
const PERIOD_UNITS = new WordTable(['quarter', 'half'], true);
const QUARTER = 0;
const HALF = 1;
const YEAR_KINDS = new WordTable(['fiscal', 'calendar'], true);
const isPeriodLetter = (c: number) => c === 81 || c === 72; // Q, H
const isQuarterDigit = (c: number) => c >= 49 && c <= 52; // 1-4

const pad = (n: number) => String(n).padStart(2, '0');
/** First letters of month names: J, F, M, A, S, O, N, D. */
const MONTH_INITIALS = asciiTable('JFMASOND');
const LOWER_INITIALS = asciiTable('mfst');

interface MonthWord {
  month: number;
  /** End of the month word including an abbreviation's period. */
  end: number;
  abbreviated: boolean;
}

/** Month names and abbreviations, case ignored: index → month number in MONTH_OF, abbreviated from FIRST_ABBREVIATION. */
const MONTH_WORDS = new WordTable([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)], true);
const MONTH_OF = [...Object.values(MONTHS), ...Object.values(MONTH_ABBREVIATIONS)];
const FIRST_ABBREVIATION = Object.keys(MONTHS).length;

/** Is `text[start, end)` written "June" or "JUNE": the letters after the first all lower or all upper case? */
function isCapitalisedOrUpper(text: string, start: number, end: number): boolean {
  let lower = true;
  let upper = true;
  for (let p = start + 1; p < end; p++) {
    const c = codeAt(text, p);
    if (c >= 97 && c <= 122) upper = false;
    else if (c >= 65 && c <= 90) lower = false;
  }
  return lower || upper;
}

/**
 * A month name at `pos` ("January", "Jan.", "JUNE"); capitalised only. Month names are ASCII and no
 * other character lower-cases into their letters, so a word outside ASCII is no month.
 */
function readMonth(text: string, pos: number): MonthWord | undefined {
  if (!isUpper(codeAt(text, pos))) return undefined;
  const end = wordEnd(text, pos, 10);
  if (end - pos < 3 || isDigit(codeAt(text, end))) return undefined;
  const index = MONTH_WORDS.find(text, pos, end);
  if (index < 0 || !isCapitalisedOrUpper(text, pos, end)) return undefined;
  const month = MONTH_OF[index]!;
  if (index < FIRST_ABBREVIATION) return { month, end, abbreviated: false };
  return { month, end: codeAt(text, end) === 46 ? end + 1 : end, abbreviated: true };
}

/** Two ASCII characters as one number. */
const letterPair = (a: number, b: number) => (a << 7) | b;
const ORDINAL_SUFFIXES = [letterPair(115, 116), letterPair(110, 100), letterPair(114, 100), letterPair(116, 104)];

/**
 * "st", "nd", "rd" or "th" at `pos`, any case. The two letters are compared as one number: every
 * test then runs on the first days read, before the code is compiled (a test first met later,
 * on "3rd", would throw the compiled code away).
 */
function isOrdinalSuffix(text: string, pos: number): boolean {
  const a = asciiLower(codeAt(text, pos));
  const b = asciiLower(codeAt(text, pos + 1));
  return a < 128 && b < 128 && ORDINAL_SUFFIXES.includes(letterPair(a, b));
}

/** A four-digit year 1900-2099 at `pos`, standing alone. */
function readYear(text: string, pos: number): { year: number; end: number } | undefined {
  for (let k = 0; k < 4; k++) if (!isDigit(codeAt(text, pos + k))) return undefined;
  if (isDigit(codeAt(text, pos + 4)) || isLetter(codeAt(text, pos + 4))) return undefined;
  const year = digitsValue(text, pos, 4);
  if (year < 1900 || year > 2099) return undefined;
  return { year, end: pos + 4 };
}

/**
 * The year written after a quarter or half, at `pos`: "2017", "of 2017", "of fiscal 2017",
 * "fiscal year 2017", "FY2017", "FY 2017", "FY17", "CY2025".
 */
function readPeriodYear(text: string, pos: number): { year: number; end: number } | undefined {
  let p = pos;
  const ofEnd = wordEnd(text, p, 4);
  if (ofEnd - p === 2 && text.startsWith('of', p)) p = skipSpace(text, ofEnd);
  const kindEnd = wordEnd(text, p, 10);
  if (YEAR_KINDS.find(text, p, kindEnd) >= 0) {
    p = skipSpace(text, kindEnd);
    const yearWordEnd = wordEnd(text, p, 6);
    if (yearWordEnd - p === 4 && text.startsWith('year', p)) p = skipSpace(text, yearWordEnd);
  } else if (text.startsWith('FY', p) || text.startsWith('CY', p)) {
    p += codeAt(text, p + 2) === 32 ? 3 : 2;
    // "FY25", "CY25": two digits.
    if (isDigit(codeAt(text, p)) && isDigit(codeAt(text, p + 1)) && !isDigit(codeAt(text, p + 2)) && !isLetter(codeAt(text, p + 2))) {
      return { year: 2000 + digitsValue(text, p, 2), end: p + 2 };
    }
  }
  return readYear(text, p);
}

/** A day of month 1-31 at `pos`, with an optional ordinal suffix ("3", "03", "3rd"). */
function readDay(text: string, pos: number): { day: number; end: number } | undefined {
  if (!isDigit(codeAt(text, pos))) return undefined;
  let p = pos + 1;
  if (isDigit(codeAt(text, p))) p++;
  if (isDigit(codeAt(text, p))) return undefined;
  const day = digitsValue(text, pos, p - pos);
  if (day < 1 || day > 31) return undefined;
  if (isOrdinalSuffix(text, p)) p += 2;
  if (isLetter(codeAt(text, p))) return undefined;
  // "June 3:00", "May 2,000", "June 3.5": not days.
  const next = codeAt(text, p);
  if ((next === 58 || next === 44 || next === 46) && isDigit(codeAt(text, p + 1))) return undefined;
  return { day, end: p };
}

/** How far in the next line's text (a year, a month) may stand and still go on a wrapped line, not head a table's column. */
const MAX_WRAPPED_INDENT = 8;

/**
 * Past the blanks at `pos`, and past a line break where the line wraps: not to a column's heading
 * under a table's ("September 30," over "2024"), which stands further in. `pos` when a deep indent follows.
 */
function skipWrap(text: string, pos: number): number {
  const q = skipSpace(text, pos);
  let indent = 0;
  while (indent < q - pos && !isLineBreak(codeAt(text, q - indent - 1))) indent++;
  return indent < q - pos && indent > MAX_WRAPPED_INDENT ? pos : q;
}

/** ", 2017" or " 2017" after a day, or ",\n2017" where a line wraps; not a column's year under a table's heading "September 30,". */
function readYearAfterDay(text: string, pos: number): { year: number; end: number } | undefined {
  let p = pos;
  if (codeAt(text, p) === 44) p++;
  const q = skipWrap(text, p);
  return q === pos ? undefined : readYear(text, q);
}

/** "-8", " to 8", "–June 3" after a day: the end of a range of days. */
function readDayRangeEnd(text: string, pos: number): number | undefined {
  let p = pos;
  while (isBlank(codeAt(text, p))) p++;
  if (isRangeDash(codeAt(text, p))) p++;
  else if (text.startsWith('to ', p)) p += 3;
  else if (text.startsWith('through ', p)) p += 8;
  else return undefined;
  while (isBlank(codeAt(text, p))) p++;
  const month = readMonth(text, p);
  if (month) p = skipSpace(text, month.end, false);
  const day = readDay(text, p);
  return day ? day.end : undefined;
}

/** " and 3, 2025" or " and June 30, 2025" after a day: the year and month (when written) of the day listed with it, and where that ends. */
function readListedDay(text: string, pos: number): { year: number; end: number; month: number | undefined } | undefined {
  let p = afterAnd(text, pos);
  if (p < 0) return undefined;
  const month = readMonth(text, p);
  if (month) p = skipSpace(text, month.end, false);
  const day = readDay(text, p);
  const year = day ? readYearAfterDay(text, day.end) : undefined;
  return year ? { year: year.year, end: year.end, month: month?.month } : undefined;
}

/** Where the word after " and " starts, the blanks before "and" starting at `pos`; -1 where no "and" follows. */
function afterAnd(text: string, pos: number): number {
  let p = pos;
  while (isBlank(codeAt(text, p))) p++;
  return text.startsWith('and ', p) ? skipSpace(text, p + 4, false) : -1;
}

/** The year of a day in `month` listed before a dated day: that day's year, or the year before when its month comes earlier. */
function yearBeside(month: number, listed: { year: number; month: number | undefined }): number {
  return listed.month !== undefined && listed.month < month ? listed.year - 1 : listed.year;
}

function yearOf(ctx: RecognizeContext): number | undefined {
  const y = ctx.releaseDate ? Number(ctx.releaseDate.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian leap years, as Date.UTC counts them (it truncates the year and reads 0-99 as 1900-1999). */
function isLeapYear(year: number): boolean {
  const whole = Math.trunc(year);
  const y = whole >= 0 && whole <= 99 ? 1900 + whole : whole;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Is this a real calendar day? Without a year, February 29 is allowed. */
function isCalendarDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 ? (year === undefined || isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
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
    const listed = rangeEnd === undefined ? readListedDay(text, day.end) : undefined;
    // "June 2 and 3, 2025": the two days are one mark, as a range is; "June 1 and June 30, 2025": the
    // first day is in the second's year, or the year before ("December 3 and January 4, 2026").
    if (listed) return dayCandidate(start, listed.month === undefined ? listed.end : day.end, yearBeside(month.month, listed), month.month, day.day);
    if (yearOf(ctx) === undefined && month.abbreviated) return undefined;
    return dayCandidate(start, rangeEnd ?? day.end, yearOf(ctx), month.month, day.day);
  }
  // "the September quarter": a quarter named by its last month, as Australian companies write it.
  if (!day && start === monthPos && month.month % 3 === 0 && !month.abbreviated && afterMonth > month.end && text.startsWith('quarter', afterMonth) && !isLetter(codeAt(text, afterMonth + 7))) {
    const quarterYear = readPeriodYear(text, skipSpace(text, afterMonth + 7));
    return { kind: 'date', start, end: quarterYear ? quarterYear.end : afterMonth + 7, value: `${quarterYear?.year ?? yearOf(ctx) ?? '-'}-Q${month.month / 3}` };
  }
  // "March 2018", and "March, 2018" as some write it.
  const year = afterMonth > month.end ? readYear(text, afterMonth) : codeAt(text, month.end) === 44 ? readYear(text, skipSpace(text, month.end + 1)) : undefined;
  if (year) return { kind: 'date', start, end: year.end, value: monthValue(year.year, month.month) };
  if (month.abbreviated) return undefined;
  if (start !== monthPos) return { kind: 'date', start, end: month.end, value: monthValue(yearOf(ctx), month.month) };
  // A lone month name is a date only where the words around it say so; one in capitals is a name
  // ("BAFF and APRIL", a target) more often than a month.
  if (isUpper(codeAt(text, start + 1))) return undefined;
  const before = previousWord(text, start);
  const lead = before?.text.toLowerCase();
  const inParentheses = codeAt(text, start - 1) === 40 && codeAt(text, month.end) === 41;
  if (month.month === 5 && !(lead && MONTH_LEAD_WORDS.has(lead) && lead !== 'and' && lead !== 'to')) return undefined;
  if (!inParentheses && !(lead && MONTH_LEAD_WORDS.has(lead))) return undefined;
  // "in March Smith said" is unlikely; a following capitalised name is.
  const next = skipSpace(text, month.end, false);
  if (next > month.end && isUpper(codeAt(text, next)) && isLetter(codeAt(text, next + 1)) && !inParentheses) {
    const w = text.slice(next, wordEnd(text, next, 20));
    if (w !== w.toUpperCase()) return undefined;
  }
  return { kind: 'date', start, end: month.end, value: monthValue(yearOf(ctx), month.month) };
}

/** "third quarter of 2017", "first half", "fourth-quarter 2016". */
function dateFromOrdinal(text: string, start: number, wordEndPos: number, ctx: RecognizeContext): Candidate | undefined {
  const ordinal = ordinalOf(ORDINAL_WORDS.find(text, start, wordEndPos));
  if (ordinal === undefined) return undefined;
  let p = wordEndPos;
  if (codeAt(text, p) === 45) p++;
  else p = skipSpace(text, p);
  if (p === wordEndPos) return undefined;
  // "third calendar quarter", "first fiscal quarter".
  const kindEnd = wordEnd(text, p, 10);
  if (YEAR_KINDS.find(text, p, kindEnd) >= 0) {
    const q = skipSpace(text, kindEnd, false);
    if (q === kindEnd) return undefined;
    p = q;
  }
  const unitEnd = wordEnd(text, p, 10);
  const unit = PERIOD_UNITS.find(text, p, unitEnd);
  let period: string;
  if (unit === QUARTER) period = `Q${ordinal}`;
  else if (unit === HALF && ordinal <= 2) period = `H${ordinal}`;
  else return undefined;
  let end = unitEnd;
  let year: number | undefined;
  // "of 2017", "of fiscal 2017", " 2017", ", 2017" is not taken (a list of periods).
  const y = readPeriodYear(text, skipSpace(text, end));
  if (y) {
    year = y.year;
    end = y.end;
  } else {
    year = yearOfPeriodEnded(text, end);
  }
  return { kind: 'date', start, end, value: `${year ?? yearOf(ctx) ?? '-'}-${period}` };
}

/**
 * A period's year written after it in words that end the period or join it to a year: "fourth
 * quarter ended December 31, 2015", "fourth quarter and full year 2015", "third quarter and nine
 * months ended September 30, 2016". The period alone is the date; the year is read in at most 60
 * characters, by a pattern without nested repetition.
 */
function yearOfPeriodEnded(text: string, end: number): number | undefined {
  const next = skipSpace(text, end);
  const c = codeAt(text, next) | 32;
  if (next === end || (c !== 97 && c !== 101)) return undefined; // "and", "ended"
  const m = PERIOD_ENDED.exec(text.slice(next, next + 60));
  return m ? Number(m[1]) : undefined;
}
/** Words between the blanks are fixed, so each blank run ends where a word starts: linear. */
const PERIOD_ENDED =
  /^(?:and\s+(?:the\s+)?(?:full[\s-]|fiscal\s+)?(?:year|(?:three|six|nine|twelve|3|6|9|12)\s+months)(?:\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?)?|ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?)\s+((?:19|20)\d\d)(?!\d)/i;

/** A fiscal or calendar year's code before a quarter: "FY2024 " of "FY2024 Q3", "FY25 ". */
const FISCAL_YEAR_BEFORE = /(?<![\w-])[FC]Y\s?((?:19|20)\d\d|\d\d)\s$/;

/** "Q3 2017", "Q3'17", "3Q 2017", "3Q17", "1H 2018", "H2 2017", and a lone "Q2". */
function dateFromPeriodCode(text: string, start: number, end: number, ctx: RecognizeContext): Candidate | undefined {
  const length = end - start;
  const c0 = codeAt(text, start);
  const c1 = codeAt(text, start + 1);
  let letter: string;
  let n: number;
  if (length === 2 && isPeriodLetter(c0) && isQuarterDigit(c1)) {
    letter = String.fromCharCode(c0);
    n = c1 - 48;
  } else if (isQuarterDigit(c0) && isPeriodLetter(c1) && (length === 2 || length === 4 || length === 6)) {
    letter = String.fromCharCode(c1);
    n = c0 - 48;
    if (length > 2) {
      // "3Q17", "1H2018": the year is part of the word.
      const year = digitsValue(text, start + 2, length - 2);
      if (year < 0 || (letter === 'H' && n > 2)) return undefined;
      return { kind: 'date', start, end, value: `${length === 4 ? 2000 + year : year}-${letter}${n}` };
    }
  } else {
    return undefined;
  }
  if (letter === 'H' && n > 2) return undefined;
  const period = `${letter}${n}`;
  // Year after: " 2017", "-2017", "/2017", "'17", " of 2017", " CY2025", " FY25", " fiscal 2025", on the next line where it wraps.
  let p = end;
  if (codeAt(text, p) === 45 || (codeAt(text, p) === 47 && isDigit(codeAt(text, p + 1)))) p++;
  else p = skipWrap(text, p);
  const y = readPeriodYear(text, p);
  if (y) return { kind: 'date', start, end: y.end, value: `${y.year}-${period}` };
  // "Q4/17", "Q1-18": two digits right after the slash or hyphen are the year.
  if (p === end + 1 && (codeAt(text, end) === 45 || codeAt(text, end) === 47) && isDigit(codeAt(text, p)) && isDigit(codeAt(text, p + 1)) && !isDigit(codeAt(text, p + 2)) && !isLetter(codeAt(text, p + 2))) {
    return { kind: 'date', start, end: p + 2, value: `${2000 + digitsValue(text, p, 2)}-${period}` };
  }
  if (codeAt(text, p) === 39 || codeAt(text, p) === 0x2019) {
    const d1 = codeAt(text, p + 1);
    const d2 = codeAt(text, p + 2);
    if (isDigit(d1) && isDigit(d2) && !isDigit(codeAt(text, p + 3))) {
      return { kind: 'date', start, end: p + 3, value: `${2000 + digitsValue(text, p + 1, 2)}-${period}` };
    }
  }
  // A lone "Q2" counts, in the fiscal year written before it ("FY2024 Q3"); a lone "H1" is too often something else.
  if (letter === 'Q' && c0 === 81) {
    const fiscal = FISCAL_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (fiscal) return { kind: 'date', start: start - fiscal[0].length, end, value: `${fiscal[1]!.length === 2 ? 2000 + Number(fiscal[1]) : fiscal[1]}-${period}` };
    return { kind: 'date', start, end, value: `${yearOf(ctx) ?? '-'}-${period}` };
  }
  return undefined;
}

/** "24 May 2017", "3rd June 2024", "5th of March 2018". */
function dateFromDayFirst(text: string, start: number, ctx: RecognizeContext): Candidate | undefined {
  const day = readDay(text, start);
  if (!day) return undefined;
  // "25-28 September 2024": a range of days before the month.
  let dayEnd = day.end;
  if (isRangeDash(codeAt(text, dayEnd))) {
    const second = readDay(text, dayEnd + 1);
    if (second) dayEnd = second.end;
  }
  // The month may stand on the next line of a wrapped paragraph ("on 19" / "June 2025").
  let monthPos = skipWrap(text, dayEnd);
  if (monthPos === dayEnd) return dayEnd === day.end && codeAt(text, dayEnd) === 45 ? dateFromHyphenatedDay(text, start, day.day, dayEnd + 1) : undefined;
  // "the 5th of March 2018".
  if (codeAt(text, monthPos) === 111 && codeAt(text, monthPos + 1) === 102 && isBlank(codeAt(text, monthPos + 2))) monthPos = skipSpace(text, monthPos + 2, false);
  const month = readMonth(text, monthPos);
  if (!month) return undefined;
  const afterMonth = skipSpace(text, month.end);
  const year = readYear(text, codeAt(text, month.end) === 44 ? skipSpace(text, month.end + 1) : afterMonth);
  if (year) return dayCandidate(start, year.end, year.year, month.month, day.day);
  // "3 June and 4 June 2025": in the second day's year, or the year before ("30 December and 2 January 2026").
  const listed = readListedDayFirst(text, month.end);
  if (listed) return dayCandidate(start, month.end, yearBeside(month.month, listed), month.month, day.day);
  if (month.abbreviated) return undefined;
  return dayCandidate(start, month.end, yearOf(ctx), month.month, day.day);
}

/** " and 4 June 2025" after a day and its month: the listed day's month and year. */
function readListedDayFirst(text: string, pos: number): { year: number; month: number } | undefined {
  const p = afterAnd(text, pos);
  const day = p < 0 ? undefined : readDay(text, p);
  if (!day) return undefined;
  const month = readMonth(text, skipSpace(text, day.end, false));
  const year = month ? readYear(text, skipSpace(text, month.end)) : undefined;
  return month && year ? { year: year.year, month: month.month } : undefined;
}

/** "24-May-2017", "3-Jan-2025": the day, the month and the year joined by hyphens (`monthPos` after the first). */
function dateFromHyphenatedDay(text: string, start: number, day: number, monthPos: number): Candidate | undefined {
  const month = readMonth(text, monthPos);
  if (!month || codeAt(text, month.end) !== 45) return undefined;
  const year = readYear(text, month.end + 1);
  return year ? dayCandidate(start, year.end, year.year, month.month, day) : undefined;
}

/** "2017-05-24" and "05/24/2017" (read as the patterns `^\d{4}-\d{2}-\d{2}(?![\d-])` and so on over 11 characters). */
function dateFromNumeric(text: string, start: number): Candidate | undefined {
  const iso = readIsoDate(text, start);
  if (iso) return iso;
  // Day.month.year, as European releases write it: "14.10.2024".
  const dotted = readThreeNumbers(text, start, 46);
  if (dotted && !(dotted.length <= NUMERIC_WINDOW - 2 && isDotOrDigit(codeAt(text, start + dotted.length)) && isDigit(codeAt(text, start + dotted.length + 1)))) {
    const { first: d, second: m, year: y } = dotted;
    if (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return dayCandidate(start, start + dotted.length, y, m, d);
  }
  const us = readThreeNumbers(text, start, 47);
  if (us && !isDigitOrSlash(codeAt(text, start + us.length))) {
    // Month first, as in the US, unless the first number cannot be a month ("24/05/2017").
    const dayFirst = us.first > 12;
    const m = dayFirst ? us.second : us.first;
    const d = dayFirst ? us.first : us.second;
    const y = us.year;
    if (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return dayCandidate(start, start + us.length, y, m, d);
  }
  return undefined;
}

/** The numeric forms were read through an 11-character window, which bounds their look-ahead. */
const NUMERIC_WINDOW = 11;
const isDotOrDigit = (c: number) => c === 46 || isDigit(c);
const isDigitOrSlash = (c: number) => c === 47 || isDigit(c);

/** "2017-05-24" not followed by a digit or hyphen. */
function readIsoDate(text: string, start: number): Candidate | undefined {
  const y = digitsValue(text, start, 4);
  if (y < 0 || codeAt(text, start + 4) !== 45 || codeAt(text, start + 7) !== 45) return undefined;
  const m = digitsValue(text, start + 5, 2);
  const d = digitsValue(text, start + 8, 2);
  const next = codeAt(text, start + 10);
  if (m < 0 || d < 0 || isDigit(next) || next === 45) return undefined;
  return y >= 1900 && y <= 2099 ? dayCandidate(start, start + 10, y, m, d) : undefined;
}

/** "14.10.2024", "5/24/2017": one or two digits, the separator, one or two digits, it again, four digits. */
function readThreeNumbers(text: string, start: number, separator: number): { first: number; second: number; year: number; length: number } | undefined {
  const firstLength = isDigit(codeAt(text, start + 1)) ? 2 : 1;
  const first = digitsValue(text, start, firstLength);
  let p = start + firstLength;
  if (first < 0 || codeAt(text, p) !== separator) return undefined;
  p++;
  const secondLength = isDigit(codeAt(text, p + 1)) ? 2 : 1;
  const second = digitsValue(text, p, secondLength);
  p += secondLength;
  if (second < 0 || codeAt(text, p) !== separator) return undefined;
  const year = digitsValue(text, p + 1, 4);
  if (year < 0) return undefined;
  return { first, second, year, length: p + 5 - start };
}

/**
 * Finds calendar dates and periods that carry at least a month, quarter or half. Bare years and times
 * of day are not dates here.
 */
export function recognizeDates(ctx: RecognizeContext, words: Words = new Words(ctx.text)): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  let next = 0;
  for (let k = nextDateStart(text, words, 0, 0); k < words.count; k = nextDateStart(text, words, k + 1, next)) {
    const found = words.flags[k]! & FIRST_DIGIT ? dateFromNumberWord(text, words, k, ctx) : dateFromLetterWord(text, words, k, ctx);
    if (found) {
      out.push(found);
      next = found.end;
    }
  }
  yearsNamedBefore(out, text, yearOf(ctx));
  if (ctx.releaseDate) monthsPastFromLastYear(out, text, ctx.releaseDate);
  return out;
}

/** Words before a period named to compare with it. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?$/i;

/**
 * A quarter or half written without a year takes the year the release last gave it, not the
 * release's own: a February release on "Fourth Quarter and Full Year 2023" goes on about "the
 * fourth quarter" of 2023. Without such a mention before it, it keeps the release's year, as it
 * does where that year is still to come and the clause tells of something done.
 */
function yearsNamedBefore(dates: Candidate[], text: string, releaseYear: number | undefined): void {
  let named: Map<string, string> | undefined;
  for (const c of dates) {
    const value = c.value as string;
    // "2023-Q4", "2023-H1"
    if (value.length !== 7 || value.charCodeAt(4) !== 45 || (value[5] !== 'Q' && value[5] !== 'H')) continue;
    const year = value.slice(0, 4);
    const period = value.slice(5);
    if (Number(year) !== releaseYear || hasDigitRun(text, c.start, c.end, 2)) {
      // "compared with Q1 2024": a year named for comparison is not the one the release goes on about.
      if (!COMPARED_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) (named ??= new Map()).set(period, year);
    } else {
      const before = named?.get(period);
      // What a clause tells as done is not in a year still to come ("a review completed in the third quarter").
      if (before !== undefined && before !== year && !(Number(before) > releaseYear && toldAsDone(text, c.start, c.end))) c.value = `${before}-${period}`;
    }
  }
}

/** Words of a clause that tell of something done, and of something to come (which wins). */
const DONE_WORDS = /\b(?:was|were|had|completed|announced|reported|received|dosed|initiated|enrolled|achieved|closed|entered|signed|granted|presented|published|submitted|filed|began|started|approved|accepted|cleared|launched|raised|appointed|held|hosted)\b/i;
const TO_COME_WORDS = /\b(?:will|would|could|may|should|expects?|expected|plans?|planned|anticipates?|anticipated|intends?|intended|aims?|scheduled|upcoming|on track|to be)\b/i;
/** How far around a date its clause is looked for. */
const CLAUSE_REACH = 160;

/**
 * A month written without a year that is later in the year than the release's month, in a clause
 * that tells of something done ("In December, we completed enrollment", "since November"), is of
 * the year before: a January release looks back on December. Plans keep the release's year ("we
 * expect data in December").
 */
function monthsPastFromLastYear(dates: Candidate[], text: string, releaseDate: string): void {
  const releaseYear = releaseDate.slice(0, 4);
  const releaseMonth = Number(releaseDate.slice(5, 7));
  for (const c of dates) {
    const value = c.value as string;
    if ((value.length !== 7 && value.length !== 10) || !value.startsWith(releaseYear) || value.charCodeAt(4) !== 45) continue;
    const month = Number(value.slice(5, 7));
    if (!(month > releaseMonth) || hasDigitRun(text, c.start, c.end, 4) || !toldAsDone(text, c.start, c.end)) continue;
    const yearBefore = Number(releaseYear) - 1;
    // "February 29" of a leap year has no day the year before.
    if (value.length === 10 && !isCalendarDay(yearBefore, month, Number(value.slice(8)))) continue;
    c.value = `${yearBefore}${value.slice(4)}`;
  }
}

/** Does the clause around `text[start, end)` tell of something done, and of nothing to come? */
function toldAsDone(text: string, start: number, end: number): boolean {
  const lead = previousWord(text, start)?.text.toLowerCase();
  if (lead === 'by' || lead === 'until' || lead === 'till' || lead === 'before' || lead === 'through') return false;
  let from = start;
  while (from > 0 && start - from < CLAUSE_REACH && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CLAUSE_REACH && !isClauseEnd(text.charCodeAt(to))) to++;
  const clause = text.slice(from, to);
  return !TO_COME_WORDS.test(clause) && (lead === 'since' || DONE_WORDS.test(clause));
}

/** ".", ";", "!", "?" and line breaks end a clause here (a "." inside "Inc." too, which only shortens it). */
const isClauseEnd = (c: number) => c === 46 || c === 59 || c === 33 || c === 63 || isLineBreak(c);

/** Does `text[start, end)` hold `length` digits in a row (two: a year's, or a day's; four: a year)? */
function hasDigitRun(text: string, start: number, end: number, length: number): boolean {
  let run = 0;
  for (let p = start; p < end; p++) {
    run = isDigit(text.charCodeAt(p)) ? run + 1 : 0;
    if (run === length) return true;
  }
  return false;
}

/**
 * The first word from word `from` (starting at `next` or later) that may start a date. Every word is
 * looked at here and few pass: compiled early, this loop meets no case it has not seen.
 */
function nextDateStart(text: string, words: Words, from: number, next: number): number {
  const { starts, ends, flags, count } = words;
  for (let k = from; k < count; k++) {
    const i = starts[k]!;
    if (i < next) continue;
    const f = flags[k]!;
    const length = ends[k]! - i;
    if (f & FIRST_DIGIT) {
      // Not inside an amount, a decimal, a list of numbers, a fraction or a range.
      const prev = codeAt(text, i - 1);
      if (prev !== 36 && prev !== 46 && prev !== 44 && prev !== 47 && prev !== 45) return k;
    } else if (length <= 9 && f & (FIRST_UPPER | FIRST_LOWER)) {
      // Candidates: "mid", ordinals ("third quarter"), month names, "Q3"/"H1".
      // Lower-case candidates are only "mid" and the ordinals first/second/third/fourth.
      if (f & FIRST_LOWER) {
        if ((length === 3 || length === 5 || length === 6) && LOWER_INITIALS[text.charCodeAt(i)]) return k;
      } else if (length === 2 || length === 5 || length === 6 || MONTH_INITIALS[text.charCodeAt(i)]) return k;
    }
  }
  return count;
}

/** A date starting with number word `k`: "2017-05-24", "24 May 2017", "3Q17", "3rd quarter". */
function dateFromNumberWord(text: string, words: Words, k: number, ctx: RecognizeContext): Candidate | undefined {
  const i = words.starts[k]!;
  const end = words.ends[k]!;
  const f = words.flags[k]!;
  const length = end - i;
  // Numeric dates start with a number of one, two or four digits and "-", "." or "/";
  // period codes ("3Q17") and ordinals ("3rd") hold letters.
  const plainNumber = !(f & (HAS_UPPER | HAS_LOWER | NON_ASCII));
  const separator = codeAt(text, end);
  const numeric = plainNumber && (length <= 2 || length === 4) && (separator === 45 || separator === 46 || separator === 47);
  // A day ("3", "3rd") is a whole word, followed by a blank or a line break before its month or a dash before another day.
  const dayFirst = length <= 4 && (isBlank(separator) || isLineBreak(separator) || isRangeDash(separator));
  const found =
    (numeric ? dateFromNumeric(text, i) : undefined) ??
    (dayFirst ? dateFromDayFirst(text, i, ctx) : undefined) ??
    (length <= 7 && f & HAS_UPPER ? dateFromPeriodCode(text, i, end, ctx) : undefined);
  if (!found && length === 3 && !plainNumber) return dateFromOrdinal(text, i, end, ctx);
  return found;
}

/** A date starting with word `k` of letters: "mid-2017", "third quarter", "June 3, 2017", "Q3 2017". */
function dateFromLetterWord(text: string, words: Words, k: number, ctx: RecognizeContext): Candidate | undefined {
  const i = words.starts[k]!;
  const end = words.ends[k]!;
  const f = words.flags[k]!;
  const length = end - i;
  const lead = f & NON_ASCII ? ABSENT : ORDINAL_WORDS.findAscii(text, i, end);
  if (lead === MID && (codeAt(text, end) === 45 || isBlank(codeAt(text, end)))) {
    const after = codeAt(text, end) === 45 ? end + 1 : skipSpace(text, end, false);
    const y = readYear(text, after);
    if (y) return { kind: 'date', start: i, end: y.end, value: `${y.year}-mid` };
    if (codeAt(text, end) === 45) return dateFromMonth(text, i, after, ctx);
    return undefined;
  }
  if (ordinalOf(lead) !== undefined) return dateFromOrdinal(text, i, end, ctx);
  if (!(f & FIRST_UPPER)) return undefined;
  // A month name is ASCII (see readMonth): other words are dismissed here.
  const month = length >= 3 && MONTH_INITIALS[text.charCodeAt(i)] && !(f & NON_ASCII) && MONTH_WORDS.findAscii(text, i, end) >= 0;
  return length === 2 ? dateFromPeriodCode(text, i, end, ctx) : month ? dateFromMonth(text, i, i, ctx) : undefined;
}
