/** Human descriptions of normalized values, for hovers and tooltips. Pure. */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface DateDescription {
  /** The normalized value, e.g. "2017-Q3". */
  iso: string;
  /** "Wednesday, May 24, 2017" or "July 1 – September 30, 2017". */
  label: string;
  /** First and last day of the period, `YYYY-MM-DD`, when the year is known. */
  start?: string;
  end?: string;
}

/** Describes a date value: weekday for a day, the span for a month, quarter, half or "mid-". */
export function describeDate(value: string): DateDescription {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]!;
    return { iso: value, label: `${weekday}, ${MONTH_NAMES[mo - 1]} ${d}, ${y}`, start: value, end: value };
  }
  const span = (y: number, m1: number, m2: number, name: string): DateDescription => {
    const start = `${y}-${pad(m1)}-01`;
    const end = `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`;
    return { iso: value, label: `${name}: ${MONTH_NAMES[m1 - 1]} 1 – ${MONTH_NAMES[m2 - 1]} ${lastDay(y, m2)}, ${y}`, start, end };
  };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return span(y, mo, mo, `${MONTH_NAMES[mo - 1]} ${y}`);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return span(y, 3 * q - 2, 3 * q, `Q${q} ${y}`);
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    return span(y, h === 1 ? 1 : 7, h === 1 ? 6 : 12, `${h === 1 ? 'First' : 'Second'} half of ${y}`);
  }
  m = /^(\d{4})-mid$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { iso: value, label: `Mid-${y}: around ${MONTH_NAMES[5]}–${MONTH_NAMES[6]} ${y}`, start: `${y}-05-01`, end: `${y}-08-31` };
  }
  return { iso: value, label: value.startsWith('-') ? `${value.replace(/^-+/, '')} (year unknown)` : value };
}

/** "$25,000,000 (USD 25 million)". */
export function describeMoney(value: number, currency: string): string {
  let exact: string;
  try {
    exact = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
  } catch {
    exact = `${currency} ${value}`;
  }
  const abs = Math.abs(value);
  const scaled =
    abs >= 1e9 ? `${trim(value / 1e9)} billion` : abs >= 1e6 ? `${trim(value / 1e6)} million` : abs >= 1e3 ? `${trim(value / 1e3)} thousand` : undefined;
  return scaled ? `${exact} (${currency} ${scaled})` : `${exact} (${currency})`;
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

const PURPOSES: [RegExp, string][] = [
  [/\bup-?front\b/i, 'upfront payment'],
  [/\bmilestones?\b/i, 'milestone'],
  [/\broyalt(?:y|ies)\b/i, 'royalty'],
  [/\bnet\s+loss\b/i, 'net loss'],
  [/\bnet\s+income\b/i, 'net income'],
  [/\brevenues?\b/i, 'revenue'],
  [/\bcash(?:,|\s+and\s+cash\s+equivalents|\s+position|\s+runway)?\b/i, 'cash'],
  [/\b(?:research\s+and\s+development|R&D)\b/i, 'R&D expense'],
  [/\b(?:general\s+and\s+administrative|G&A)\b/i, 'G&A expense'],
  [/\boperating\s+expenses\b/i, 'operating expenses'],
  [/\b(?:private\s+placement|offering|placing|financing|raise[sd]?)\b/i, 'financing'],
  [/\bacquisition|acquire[sd]?\b/i, 'acquisition'],
  [/\bper\s+(?:basic\s+and\s+diluted\s+)?share\b/i, 'per share'],
  [/\bgrant\b/i, 'grant'],
];

/** What an amount is for, from the words around it: "upfront payment", "net loss", … */
export function moneyPurpose(before: string, after: string): string | undefined {
  const near = `${before.slice(-60)} ¦ ${after.slice(0, 40)}`;
  // Words right after the amount are the strongest cue ("$25 million upfront payment").
  for (const [re, label] of PURPOSES) if (re.test(after.slice(0, 40))) return label;
  for (const [re, label] of PURPOSES) if (re.test(near)) return label;
  return undefined;
}
