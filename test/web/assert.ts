// A few assertions for the web suite, which cannot use Node's `assert`.

export class AssertionError extends Error {}

const show = (v: unknown) => JSON.stringify(v);

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (show(actual) !== show(expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}\n     got ${show(actual)}`);
}

export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}${show(actual.slice(0, 400))} does not match ${re}`);
}
