/**
 * Kumu's spreadsheet layout as one XLSX workbook (sheets Elements,
 * Connections, Map). write-excel-file and read-excel-file load on first use, so
 * the registry's list costs the start-up bundle only this descriptor.
 */
import { asFormatErrors } from './fromInterchange';
import type { FileFormat } from './registry';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const kumuXlsxFormat: FileFormat = {
  id: 'kumuXlsx',
  extensions: ['.xlsx'],
  mimeTypes: [XLSX_TYPE],
  read: async (file) => {
    const { readKumuXlsx } = await import('./kumuXlsxCodec');
    return asFormatErrors(() => readKumuXlsx(file.bytes, file.name));
  },
  write: async (map) => {
    const { writeKumuXlsx } = await import('./kumuXlsxCodec');
    return { blob: await writeKumuXlsx(map), extension: '.xlsx' };
  },
};
