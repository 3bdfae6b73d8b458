/**
 * The name and version of the interchange format, apart from the zod schema so
 * that writing a file does not need the validator (kept out of the initial load).
 */
export const FORMAT_NAME = 'verkostokartta';
export const FORMAT_VERSION = 1;
