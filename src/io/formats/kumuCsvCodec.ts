/**
 * Kumu's spreadsheet layout as a zip of CSV files: elements.csv,
 * connections.csv and map.csv (see model/interchange/kumu.ts and docs/format.md,
 * "Other formats"). A zip because a download is one file and the facilitator
 * opens either CSV in any spreadsheet or imports both into Kumu.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { LIMITS, type MapDoc } from '../../model';
import { readCsv, writeCsv } from '../../model/interchange/csv';
import { InterchangeError } from '../../model/interchange/errors';
import { type KumuSheets, kumuToFile, mapToKumu } from '../../model/interchange/kumu';
import { titleFromFileName } from './fromInterchange';

const FILES = { elements: 'elements.csv', connections: 'connections.csv', map: 'map.csv', marks: 'marks.csv' } as const;

export async function writeKumuCsvZip(map: MapDoc): Promise<Uint8Array> {
  const tables = mapToKumu(map);
  return zipSync({
    [FILES.elements]: strToU8(writeCsv(tables.elements)),
    [FILES.connections]: strToU8(writeCsv(tables.connections)),
    [FILES.map]: strToU8(writeCsv(tables.map)),
    ...(tables.marks ? { [FILES.marks]: strToU8(writeCsv(tables.marks)) } : {}),
  });
}

/** The zip's CSV files by role: found by name, ignoring folders and case (a zip re-made by hand may nest them). */
export function readKumuCsvZip(bytes: Uint8Array, fileName: string): unknown {
  const roleOf = (path: string) => {
    const base = path.split('/').pop()?.toLowerCase() ?? '';
    return (Object.keys(FILES) as (keyof typeof FILES)[]).find((k) => FILES[k] === base);
  };
  let entries: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    // Only our three files are unpacked, and none that says it unpacks beyond the size limit (a zip bomb).
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!roleOf(entry.name)) return false;
        if (entry.originalSize > LIMITS.fileBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new InterchangeError('notZip');
  }
  if (tooLarge) throw new InterchangeError('tooLarge');
  const sheets: KumuSheets = {};
  for (const [path, content] of Object.entries(entries)) {
    const role = roleOf(path);
    if (role) sheets[role] = readCsv(strFromU8(content));
  }
  return kumuToFile(sheets, { fallbackTitle: titleFromFileName(fileName) });
}
