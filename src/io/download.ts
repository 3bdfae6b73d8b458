/** Offer a blob to the user as a downloaded file. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Longest base name, in characters (code points): well under every file system's 255-byte limit, even in UTF-8 Finnish. */
const MAX_BASE_LENGTH = 80;

/** Names Windows refuses for a file whatever its extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name from a map title, as the user wrote it: "Verkostoni – Kajaanin
 * ohjaamo" becomes "Verkostoni – Kajaanin ohjaamo.json". Letters of any
 * language, spaces and dashes stay; what Windows or macOS refuse (\ / : * ? " < > |,
 * control characters, trailing dots and spaces, reserved names like CON) goes.
 * Spaces are kept rather than turned into hyphens: hyphens around a dash read
 * "Verkostoni-–-Kajaanin-ohjaamo", and every current system handles spaces.
 */
export function fileNameFor(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names.
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code points so a letter outside the BMP (an emoji) is never split in half.
  const cut = [...cleaned].slice(0, MAX_BASE_LENGTH).join('');
  // Leading dots hide the file on macOS and Linux; trailing dots and spaces are dropped by Windows.
  const base = cut.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const safe = !base || WINDOWS_RESERVED.test(base) ? `verkostokartta${base ? `-${base}` : ''}` : base;
  return `${safe}.${extension}`;
}
