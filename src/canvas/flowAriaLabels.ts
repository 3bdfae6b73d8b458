import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

/** React Flow's own screen-reader texts and control labels, translated. */
export function flowAriaLabels(t: TFunction): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
    // React Flow says the direction in English ("up"): said in the user's language instead.
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.moved', { direction: isArrowDirection(direction) ? t(`flow.direction.${direction}`) : direction, x, y }),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}

const ARROW_DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
function isArrowDirection(direction: string): direction is (typeof ARROW_DIRECTIONS)[number] {
  return (ARROW_DIRECTIONS as readonly string[]).includes(direction);
}
