/**
 * Kumu's spreadsheet layout as a zip of CSV files (elements.csv,
 * connections.csv, map.csv). The converter and fflate load on first use, so the
 * registry's list costs the start-up bundle only this descriptor.
 */
import { asFormatErrors, bytesBlob } from './fromInterchange';
import type { FileFormat } from './registry';

export const kumuCsvFormat: FileFormat = {
  id: 'kumuCsv',
  extensions: ['.zip'],
  mimeTypes: ['application/zip', 'application/x-zip-compressed'],
  read: async (file) => {
    const { readKumuCsvZip } = await import('./kumuCsvCodec');
    return asFormatErrors(() => readKumuCsvZip(file.bytes, file.name));
  },
  write: async (map) => {
    const { writeKumuCsvZip } = await import('./kumuCsvCodec');
    return { blob: bytesBlob(await writeKumuCsvZip(map), 'application/zip'), extension: '.zip' };
  },
};
