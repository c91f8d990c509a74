/**
 * Minimal glob matching for the workspace's include/exclude patterns ("**\/*.release", "{a,b}",
 * "node_modules"), on paths relative to a workspace folder with "/" separators.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, "**" at the end anything.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      re += ')';
      braces--;
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end > i) {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      } else re += '\\[';
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

export class GlobSet {
  private readonly patterns: RegExp[];

  constructor(globs: readonly string[]) {
    this.patterns = [];
    for (const g of globs) {
      const normalized = g.replace(/\\/g, '/').replace(/^\.\//, '');
      try {
        this.patterns.push(globToRegExp(normalized));
        // A bare name or folder pattern ("node_modules", "**/out") also excludes what is inside it.
        if (!/[*?]$/.test(normalized)) this.patterns.push(globToRegExp(`${normalized}/**`));
        if (!normalized.includes('/')) this.patterns.push(globToRegExp(`**/${normalized}`), globToRegExp(`**/${normalized}/**`));
      } catch {
        // An invalid pattern matches nothing; the settings reader reports it.
      }
    }
  }

  matches(relativePath: string): boolean {
    return this.patterns.some((p) => p.test(relativePath));
  }
}
