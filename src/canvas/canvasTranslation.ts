/**
 * The translate function for the many small parts of the canvas (every node,
 * badge and label), given once by MapView. react-i18next's useTranslation
 * copies the i18n instance's properties for each component that mounts: with
 * hundreds of nodes mounting as a large map opens or pans, that alone took
 * about a third of a second.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

export const CanvasTranslation = createContext<TFunction | null>(null);

export function useCanvasT(): TFunction {
  const t = useContext(CanvasTranslation);
  if (!t) throw new Error('useCanvasT outside MapView');
  return t;
}
