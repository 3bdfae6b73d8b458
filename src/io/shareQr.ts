/**
 * The QR code of a share link. Version 25 (117×117 modules) is about the largest
 * that a laptop camera reads from a tablet screen held at arm's length; a longer
 * link is offered as a link or a file instead. Low error correction: a screen
 * has no smudges, and every level up costs a quarter of the room.
 */
import { correction, generate, type Bitmap2D } from 'lean-qr';

export const QR_MAX_VERSION = 25;

/** The QR code for a text, or null when it does not fit version 25. */
export function shareQr(text: string): Bitmap2D | null {
  try {
    return generate(text, { minCorrectionLevel: correction.L, maxCorrectionLevel: correction.L, maxVersion: QR_MAX_VERSION });
  } catch {
    return null;
  }
}

/** The version (1–40) of a QR code, from its size in modules. */
export const qrVersion = (qr: Bitmap2D) => (qr.size - 17) / 4;
