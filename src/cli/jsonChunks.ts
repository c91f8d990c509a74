/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces: one per element of the arrays directly inside
 * `value`. A scan of 10,000 releases prints some 180 MB of JSON; written piece by piece, the whole
 * text and its bytes never have to exist at once.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield* arrayChunks(value, '');
    yield '\n';
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v)) yield* arrayChunks(v, '  ');
    else yield indent(JSON.stringify(v, null, 2), '  ');
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** An array as JSON.stringify(…, null, 2) writes it at `margin`, one piece per element. */
function* arrayChunks(array: readonly unknown[], margin: string): Generator<string> {
  if (array.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${margin}  `;
  yield '[\n';
  for (let i = 0; i < array.length; i++) {
    // As JSON.stringify does: undefined, functions and symbols in an array are written as null.
    const text = JSON.stringify(array[i], null, 2) ?? 'null';
    yield `${inner}${indent(text, inner)}${i < array.length - 1 ? ',\n' : '\n'}`;
  }
  yield `${margin}]`;
}

/** Indents the lines after the first: JSON.stringify escapes newlines inside strings, so every newline is structural. */
function indent(json: string, margin: string): string {
  return margin ? json.replace(/\n/g, `\n${margin}`) : json;
}
