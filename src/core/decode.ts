/** Turns file bytes into text the way every adapter should: BOMs honoured, binary refused. */

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

const SNIFF = 8192;

export function decodeRelease(bytes: Uint8Array, maxBytes = Infinity): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(bytes.length)})` };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sniffEnd = Math.min(bytes.length, SNIFF);
  for (let i = start; i < sniffEnd; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary (contains NUL bytes)' };
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) {
    return { ok: false, reason: 'a PDF, not text' };
  }
  // Invalid UTF-8 is decoded with replacement characters rather than refused.
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(start)), encoding: 'utf-8' };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
