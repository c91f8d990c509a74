/** Signs that a plain-text file is a press release; two or more are needed. Looks at the first 64 KB. */
const SIGNS: RegExp[] = [
  /--\s*\(BUSINESS WIRE\)|\/PRNewswire|\(GLOBE NEWSWIRE\)|\/CNW\/|\bACCESSWIRE\b|\(Marketwired\)|\/EINPresswire\//i,
  /\btoday\s+(?:announced|reported|unveiled|provided|presented)\b/i,
  /forward[-\s]looking\s+statements?/i,
  /^[ \t]*about[ \t]+[A-Z][^\n.]{1,80}$/im,
  /\((?:Nasdaq|NASDAQ|NYSE|TSX|ASX|SIX|LSE|AIM|Euronext[^:)]{0,20}|HKEX|KOSDAQ|TSE|OTCQB|OTCQX)\s*:\s*[A-Z0-9.]{1,8}\)/,
  /^[ \t]*(?:investor|media|press)?[ \t]*contacts?[ \t]*:?[ \t]*$/im,
  /\bpress release\b|\bnews release\b|\bfor immediate release\b/i,
  /^[A-Z][A-Za-z .,'-]{2,60},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s+[-–—/]/m,
];

export function looksLikeRelease(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  let signs = 0;
  for (const re of SIGNS) {
    if (re.test(head)) signs++;
    if (signs >= 2) return true;
  }
  return false;
}
