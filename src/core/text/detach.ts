/**
 * A copy of a substring that does not keep the whole source text alive. V8 represents longer
 * slices as views into their parent string; an index that keeps such slices for thousands of files
 * would keep every file's full text in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
