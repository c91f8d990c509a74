import * as assert from 'node:assert/strict';
import { decodeRelease } from '../../src/core/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeRelease', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    assert.deepEqual(decodeRelease(utf8('Kadcyla® €5')), { ok: true, text: 'Kadcyla® €5', encoding: 'utf-8' });
    assert.deepEqual(decodeRelease(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi')])), { ok: true, text: 'Hi', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    assert.deepEqual(decodeRelease(bytes(0xff, 0xfe, 0x48, 0, 0x69, 0)), { ok: true, text: 'Hi', encoding: 'utf-16le' });
    assert.deepEqual(decodeRelease(bytes(0xfe, 0xff, 0, 0x48, 0, 0x69)), { ok: true, text: 'Hi', encoding: 'utf-16be' });
  });

  it('replaces invalid UTF-8 instead of refusing the file', () => {
    const r = decodeRelease(bytes(0x41, 0xc3, 0x28, 0x42));
    assert.ok(r.ok);
    assert.equal(r.ok && r.text, 'A\ufffd(B');
  });

  it('refuses binary and PDF content and oversized input', () => {
    assert.deepEqual(decodeRelease(bytes(0x41, 0, 0x42)), { ok: false, reason: 'binary (contains NUL bytes)' });
    assert.equal(decodeRelease(utf8('%PDF-1.7 ...')).ok, false);
    const big = decodeRelease(new Uint8Array(2048), 1024);
    assert.equal(big.ok, false);
  });
});
