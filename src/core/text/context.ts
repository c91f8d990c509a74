import { detach } from './detach';

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 60;

/**
 * "…words before NAME words after…" on one line. Computed when shown rather than stored with every
 * mention: kept for a whole workspace, these strings outweighed everything else in the index.
 */
export function mentionContext(text: string, offset: number, length: number): string {
  const start = Math.max(0, offset - CONTEXT_BEFORE);
  const end = Math.min(text.length, offset + length + CONTEXT_AFTER);
  return detach(`${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`);
}
