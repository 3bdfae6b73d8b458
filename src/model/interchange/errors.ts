/**
 * Why a file in another tool's format could not be read. The codes are
 * translated under `interchange.error.*` (src/i18n/describeFormatError.ts) with
 * the values: `sheet`, `row` (as the spreadsheet numbers it, header = 1),
 * `column` (the column's title), `value` (what the cell holds).
 * The io layer turns this into its FormatError with the same code and values.
 */
export type InterchangeErrorCode =
  | 'notZip'
  | 'tooLarge'
  | 'notXlsx'
  | 'notXml'
  | 'notGraphml'
  | 'missingSheet'
  | 'missingColumn'
  | 'blankLabel'
  | 'unknownType'
  | 'unknownValue'
  | 'badNumber'
  | 'duplicateId'
  | 'unknownElement'
  | 'ambiguousElement'
  | 'unpairedServices'
  | 'unknownNode';

export const INTERCHANGE_ERROR_CODES: readonly InterchangeErrorCode[] = [
  'notZip',
  'tooLarge',
  'notXlsx',
  'notXml',
  'notGraphml',
  'missingSheet',
  'missingColumn',
  'blankLabel',
  'unknownType',
  'unknownValue',
  'badNumber',
  'duplicateId',
  'unknownElement',
  'ambiguousElement',
  'unpairedServices',
  'unknownNode',
];

export class InterchangeError extends Error {
  constructor(
    readonly code: InterchangeErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'InterchangeError';
  }
}
