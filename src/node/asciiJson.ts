// An analysis as it crosses from a worker thread: JSON as ASCII bytes (see AnalysisResponse).
import type { ReleaseAnalysis } from '../core/types';

/** JSON text with every character beyond ASCII escaped (\u2013), so that it is the same as ASCII bytes. */
export function asciiJson(json: string): string {
  return json.replace(NOT_ASCII, escapeChar);
}
// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\x00-\x7f]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const encoder = new TextEncoder();

/**
 * JSON text as ASCII bytes, or undefined where the escapes would take more room than the text as
 * it is, at two bytes a character (a release in Japanese, say).
 */
export function asciiBytes(json: string): Uint8Array | undefined {
  const ascii = asciiJson(json);
  return ascii.length < 2 * json.length ? encoder.encode(ascii) : undefined;
}

/** The analysis in a worker's ASCII bytes. */
export function parseAscii(ascii: Uint8Array): ReleaseAnalysis {
  return JSON.parse(Buffer.from(ascii.buffer, ascii.byteOffset, ascii.byteLength).toString('latin1')) as ReleaseAnalysis;
}
