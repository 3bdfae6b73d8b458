import type { TFunction } from 'i18next';

/** How many names a list of actors shows before "and 3 others". */
const NAMES_SHOWN = 3;

/** "A, B, C and 4 others": names of a part or a group, short enough for one line of the panel. */
export function nameList(t: TFunction, names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const rest = names.length - NAMES_SHOWN;
  return rest > 0 ? t('insights.andOthers', { names: shown, count: rest }) : shown;
}

/** A share as a whole percentage; a share above zero never shows as 0 %, but as "< 1". */
export function percent(share: number): string {
  const rounded = Math.round(share * 100);
  return share > 0 && rounded === 0 ? '< 1' : String(rounded);
}
