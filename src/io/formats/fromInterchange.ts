/**
 * Shared by the other-tool formats: the model's InterchangeError becomes the
 * registry's FormatError (same code and values, translated by
 * i18n/describeFormatError), and a file's name becomes a map title.
 */
import { InterchangeError } from '../../model/interchange/errors';
import { FormatError } from './registry';

export async function asFormatErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InterchangeError) throw new FormatError(error.code, error.values);
    throw error;
  }
}

/** "Kainuu network.xlsx" → "Kainuu network": the title of a map read from a file without one. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[^./\\]+$/, '').trim();
}

/** Bytes as a Blob (a copy, so that the Blob owns a plain ArrayBuffer). */
export function bytesBlob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type });
}
