import type { TFunction } from 'i18next';
import { INTERCHANGE_ERROR_CODES, type InterchangeErrorCode } from '../model/interchange/errors';

/**
 * A translated sentence for why a file in another tool's format (Kumu CSV or
 * XLSX, GraphML) could not be read: where (sheet, row, column as the user's
 * spreadsheet names them) and what is wrong. Takes the FormatError's code and
 * values (src/io/formats/registry.ts) structurally, so i18n needs nothing from io.
 */
export function describeFormatError(t: TFunction, error: { code: string; values?: Record<string, string | number> }): string {
  const values = error.values ?? {};
  const known = (INTERCHANGE_ERROR_CODES as readonly string[]).includes(error.code);
  const problem = known
    ? t(`interchange.error.${error.code as InterchangeErrorCode}`, { value: String(values.value ?? '') })
    : t('interchange.error.unreadable');
  const { sheet, row, column } = values;
  const where = { sheet: String(sheet ?? ''), row: String(row ?? ''), column: String(column ?? '') };
  const place =
    sheet !== undefined && row !== undefined && column !== undefined
      ? t('interchange.place.cell', where)
      : sheet !== undefined && column !== undefined
        ? t('interchange.place.column', where)
        : sheet !== undefined
          ? t('interchange.place.sheet', where)
          : row !== undefined
            ? t('interchange.place.edge', where)
            : undefined;
  if (place === undefined) return capitalise(problem);
  return t('interchange.sentence', { place, problem });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
