/**
 * Where each value of a JSON text stands, by path ("programs[2].aliases[0]"), so that messages
 * about a parsed file can point at the place they are about. One pass, no recursion (a deeply
 * nested file cannot overflow the stack); meant for text that JSON.parse accepted.
 */

export interface JsonSpan {
  /** Offsets of the value: its first character and just past its last. */
  start: number;
  end: number;
  /** Offsets of the member name (with its quotes), for values inside an object. */
  keyStart?: number;
  keyEnd?: number;
}

/** Path of a member: `a.b`, or `a["odd key"]` when the name is not an identifier. */
export function memberPath(parent: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

export function elementPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

interface Frame {
  array: boolean;
  path: string;
  span: JsonSpan;
  depth: number;
  index: number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Spans of the values down to `maxDepth` levels (the root is level 0). */
export function locateJsonValues(text: string, maxDepth = 4): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>();
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const stringEnd = (from: number) => {
    let p = from + 1;
    while (p < n && text.charCodeAt(p) !== 34) p += text.charCodeAt(p) === 92 ? 2 : 1;
    return Math.min(n, p + 1);
  };
  /** Reads a member name at `i` (expects a string, then ':'); returns its path and offsets. */
  const readKey = (parent: string): { path: string; keyStart: number; keyEnd: number } | undefined => {
    skipSpace();
    if (text.charCodeAt(i) !== 34) return undefined;
    const keyStart = i;
    const keyEnd = stringEnd(i);
    let key: string;
    try {
      key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    } catch {
      return undefined;
    }
    i = keyEnd;
    skipSpace();
    if (text.charCodeAt(i) !== 58) return undefined;
    i++;
    return { path: memberPath(parent, key), keyStart, keyEnd };
  };

  // The value expected next: its path and depth, and its key when it is an object member.
  type Pending = { path: string; depth: number; keyStart?: number; keyEnd?: number };
  let pending: Pending | undefined = { path: '', depth: 0 };
  while (i <= n) {
    skipSpace();
    if (pending) {
      const { path, depth }: Pending = pending;
      const span: JsonSpan = { start: i, end: i };
      if (pending.keyStart !== undefined) {
        span.keyStart = pending.keyStart;
        span.keyEnd = pending.keyEnd!;
      }
      pending = undefined;
      const c = text.charCodeAt(i);
      if (c === 123 /* { */ || c === 91 /* [ */) {
        i++;
        const frame: Frame = { array: c === 91, path, span, depth, index: 0 };
        stack.push(frame);
        skipSpace();
        const close = text.charCodeAt(i);
        if (close === 125 || close === 93) continue; // empty: closed below
        if (frame.array) pending = { path: elementPath(path, 0), depth: depth + 1 };
        else {
          const key = readKey(path);
          if (!key) break;
          pending = { path: key.path, depth: depth + 1, keyStart: key.keyStart, keyEnd: key.keyEnd };
        }
        continue;
      }
      if (c === 34) i = stringEnd(i);
      else while (i < n && !isSpace(text.charCodeAt(i)) && !',]}'.includes(text[i]!)) i++;
      span.end = i;
      if (depth <= maxDepth) spans.set(path, span);
      if (stack.length === 0) break;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) break;
    const c = text.charCodeAt(i);
    if (c === 44 /* , */) {
      i++;
      if (top.array) pending = { path: elementPath(top.path, ++top.index), depth: top.depth + 1 };
      else {
        const key = readKey(top.path);
        if (!key) break;
        pending = { path: key.path, depth: top.depth + 1, keyStart: key.keyStart, keyEnd: key.keyEnd };
      }
    } else if (c === 125 || c === 93) {
      i++;
      stack.pop();
      top.span.end = i;
      if (top.depth <= maxDepth) spans.set(top.path, top.span);
      if (stack.length === 0) break;
    } else break;
  }
  return spans;
}
