/**
 * Kumu's spreadsheet layout as a zip of CSV files: elements.csv,
 * connections.csv and map.csv (see model/interchange/kumu.ts and docs/format.md,
 * "Other formats"). A zip because a download is one file and the facilitator
 * opens either CSV in any spreadsheet or imports both into Kumu.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { MapDoc } from '../../model';
import { readCsv, writeCsv } from '../../model/interchange/csv';
import { InterchangeError } from '../../model/interchange/errors';
import { type KumuSheets, kumuToFile, mapToKumu } from '../../model/interchange/kumu';
import { titleFromFileName } from './fromInterchange';

const FILES = { elements: 'elements.csv', connections: 'connections.csv', map: 'map.csv' } as const;

export async function writeKumuCsvZip(map: MapDoc): Promise<Uint8Array> {
  const tables = mapToKumu(map);
  return zipSync({
    [FILES.elements]: strToU8(writeCsv(tables.elements)),
    [FILES.connections]: strToU8(writeCsv(tables.connections)),
    [FILES.map]: strToU8(writeCsv(tables.map)),
  });
}

/** The zip's CSV files by role: found by name, ignoring folders and case (a zip re-made by hand may nest them). */
export function readKumuCsvZip(bytes: Uint8Array, fileName: string): unknown {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new InterchangeError('notZip');
  }
  const sheets: KumuSheets = {};
  for (const [path, content] of Object.entries(entries)) {
    const base = path.split('/').pop()?.toLowerCase() ?? '';
    const role = (Object.keys(FILES) as (keyof typeof FILES)[]).find((k) => FILES[k] === base);
    if (role) sheets[role] = readCsv(strFromU8(content));
  }
  return kumuToFile(sheets, { fallbackTitle: titleFromFileName(fileName) });
}
