/** Small helpers for writing SVG as text. Every text is escaped: labels are data, never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A number rounded to a tenth, for compact path data. */
export const n = (value: number) => Math.round(value * 10) / 10;
