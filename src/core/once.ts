/**
 * A value made the first time it is asked for: schemas and tables that loading a module should
 * not build (the browser build loads every module of the extension when it starts).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
