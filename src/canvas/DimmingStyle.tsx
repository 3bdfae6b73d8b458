import { useMemo } from 'react';
import type { DerivedView } from '../model';
import { dimmingCss } from './dimmingCss';

/** What the view dims, as one style sheet (see dimmingCss for why not a class per element). */
export function DimmingStyle({ view }: { view: DerivedView }) {
  const css = useMemo(() => dimmingCss(view), [view]);
  // A text child of <style> is never parsed as markup; the ids inside are escaped as CSS strings.
  return css ? <style data-testid="dimming">{css}</style> : null;
}
