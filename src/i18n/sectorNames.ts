import type { TFunction } from 'i18next';
import { SECTORS, type Sector } from '../model';

/** Every sector's name in the current language (vocabulary `sector.*`), for the canvas, the picture and the legend. */
export function sectorNames(t: TFunction): Record<Sector, string> {
  return Object.fromEntries(SECTORS.map((s) => [s, t(`sector.${s}`)])) as Record<Sector, string>;
}
