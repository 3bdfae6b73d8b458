/**
 * The drop–renew–keep summary as a CSV file: one row per mark (verdict, what
 * it is on, its note, who made it), grouped drop, renew, keep. Text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe: notes are
 * typed by anyone and must stay data.
 */
import { MARK_VERDICTS, markTargetName, marksSummary, type MapDoc, type MarkVerdict } from '../model';

export function marksCsv(map: MapDoc, texts: { header: string; verdict: (v: MarkVerdict) => string }): string {
  const summary = marksSummary(map);
  const actors = new Map(map.actors.map((a) => [a.id, a]));
  const rows = [texts.header.split(',')];
  for (const verdict of MARK_VERDICTS) {
    for (const mark of summary.byVerdict[verdict])
      rows.push([texts.verdict(verdict), markTargetName(map, mark.target, actors), mark.note ?? '', mark.author ?? '']);
  }
  // A byte-order mark so that Excel reads UTF-8 (ä, ö, å) rightly.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
