/**
 * Share links: the whole map, compact (model/compactMap), deflated and written
 * in base64url after `#/share/`. A map with what the compact form leaves out
 * (saved views, a merged map's sources and weights) goes whole instead, as its
 * interchange file, marked `f.` (not a base64url character), so a link always
 * carries everything; such a link is usually too long for a QR code anyway. The fragment never leaves the browser, so no
 * server sees the map. Reading a link treats it as untrusted input: base64url →
 * inflate (with a size cap, against a "zip bomb") → JSON → compact → the one way
 * in (`restoreFile`), so a link gets the same checks and errors as a file.
 */
import { LIMITS, toMapJson, type MapDoc, type RestoreError } from '../model';
import { fromCompact, toCompact } from '../model/compactMap';

export const SHARE_PREFIX = '#/share/';

export type ShareError = { code: 'linkDamaged' } | { code: 'linkTooLarge' } | RestoreError;
export type ShareResult = { ok: true; map: MapDoc } | { ok: false; error: ShareError };

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, cap = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Marks a link that carries the whole interchange file rather than the compact form. */
const WHOLE_FILE = 'f.';

/** What the compact form does not keep (model/compactMap): then the link carries the whole file. */
export function needsWholeFile(map: MapDoc): boolean {
  return (
    (map.views?.length ?? 0) > 0 ||
    [...map.actors, ...map.relations].some((e) => (e.sources?.length ?? 0) > 0) ||
    map.relations.some((r) => r.weight !== undefined)
  );
}

/** The data part of a share link (after `#/share/`) for a map. */
export async function encodeShare(map: MapDoc): Promise<string> {
  const whole = needsWholeFile(map);
  const json = new TextEncoder().encode(whole ? toMapJson(map) : JSON.stringify(toCompact(map)));
  const data = toBase64Url((await pipe(json, new CompressionStream('deflate-raw')))!);
  return whole ? `${WHOLE_FILE}${data}` : data;
}

/** The full address of a share link, on this app's own page. */
export function shareUrl(data: string, base: string = `${location.origin}${location.pathname}${location.search}`): string {
  return `${base}${SHARE_PREFIX}${data}`;
}

/** Read the data part of a share link into a valid map, or say why it cannot be read. */
export async function decodeShare(data: string, now: Date = new Date()): Promise<ShareResult> {
  // Base64url of the largest map a file may hold, deflated, is far below this; more is not a map.
  if (data.length > LIMITS.fileBytes) return { ok: false, error: { code: 'linkTooLarge' } };
  const whole = data.startsWith(WHOLE_FILE);
  const bytes = fromBase64Url(whole ? data.slice(WHOLE_FILE.length) : data);
  if (!bytes || bytes.length === 0) return { ok: false, error: { code: 'linkDamaged' } };
  let json: Uint8Array | null;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), LIMITS.fileBytes);
  } catch {
    // A truncated or altered stream fails the inflate.
    return { ok: false, error: { code: 'linkDamaged' } };
  }
  if (!json) return { ok: false, error: { code: 'linkTooLarge' } };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, error: { code: 'linkDamaged' } };
  }
  const file = whole ? raw : fromCompact(raw, now.toISOString());
  if (file === null) return { ok: false, error: { code: 'linkDamaged' } };
  // The validator (zod) is loaded here, not with the editor that imports this module to make links.
  const { restoreFile } = await import('../model/restore');
  const restored = restoreFile(file);
  return restored.ok ? restored : { ok: false, error: restored.error };
}
