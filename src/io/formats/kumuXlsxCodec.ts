/**
 * Kumu's spreadsheet layout as one XLSX workbook with the sheets Elements,
 * Connections and Map (see model/interchange/kumu.ts). Written with
 * write-excel-file and read with read-excel-file, both through their
 * "universal" entry (Blob in, Blob out: the same code in the browser and in
 * Node tests). Cells are typed strings and numbers, never formulas, so no
 * formula guard is needed here.
 */
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { MapDoc } from '../../model';
import { InterchangeError } from '../../model/interchange/errors';
import { type KumuSheets, kumuToFile, mapToKumu, SHEETS, type Table } from '../../model/interchange/kumu';
import { titleFromFileName } from './fromInterchange';
import { WORK_TOOL_SHEET, workToolTable } from '../../model/workToolTable';

/** The Ohjaamo work tool's own sheet, when the map has an assessment (issue 12; not read back). */
const workToolSheet = (map: MapDoc) => {
  const table = workToolTable(map);
  return table ? [{ sheet: WORK_TOOL_SHEET, data: sheetData(table), stickyRowsCount: 1 }] : [];
};

function sheetData(table: Table) {
  return table.map((row, index) =>
    row.map((value) =>
      index === 0 ? { value: String(value), fontWeight: 'bold' as const } : typeof value === 'number' ? { value, type: Number } : { value, type: String },
    ),
  );
}

export async function writeKumuXlsx(map: MapDoc): Promise<Blob> {
  const tables = mapToKumu(map);
  return writeXlsxFile([
    { sheet: SHEETS.elements, data: sheetData(tables.elements), stickyRowsCount: 1 },
    { sheet: SHEETS.connections, data: sheetData(tables.connections), stickyRowsCount: 1 },
    { sheet: SHEETS.map, data: sheetData(tables.map) },
    ...(tables.marks ? [{ sheet: SHEETS.marks, data: sheetData(tables.marks), stickyRowsCount: 1 }] : []),
    ...workToolSheet(map),
  ]).toBlob();
}

export async function readKumuXlsx(bytes: Uint8Array, fileName: string): Promise<unknown> {
  let workbook: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    // trim: false, so that a note keeps its spacing; the table reader trims labels and codes itself.
    workbook = await readXlsxFile(bytes.slice().buffer as ArrayBuffer, { trim: false });
  } catch {
    throw new InterchangeError('notXlsx');
  }
  const sheets: KumuSheets = {};
  for (const { sheet, data } of workbook) {
    const role = (Object.keys(SHEETS) as (keyof typeof SHEETS)[]).find((k) => SHEETS[k].toLowerCase() === sheet.trim().toLowerCase());
    if (role) sheets[role] = data as KumuSheets['elements'];
  }
  // A workbook made by hand may have its elements on the first sheet under another name.
  if (!sheets.elements && workbook.length > 0 && !sheets.connections) sheets.elements = workbook[0]!.data as KumuSheets['elements'];
  return kumuToFile(sheets, { fallbackTitle: titleFromFileName(fileName) });
}
