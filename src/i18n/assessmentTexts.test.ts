/** The work tool catalogue and the phases are worded in every language (issue 12). */
import { describe, expect, it } from 'vitest';
import { WORK_TOOL_ITEMS } from '../model';
import { resources } from './resources';

describe('the training’s assessments in words', () => {
  it.each(Object.entries(resources))('every work tool item and every phase has its words in %s, distinct and non-empty', (_language, { translation }) => {
    const items = WORK_TOOL_ITEMS.map((i) => (translation.workTool.item as Record<string, string>)[i.id]);
    expect(items.every((text) => typeof text === 'string' && text.trim().length > 0)).toBe(true);
    expect(new Set(items).size).toBe(items.length);
    const phases = [translation.phase.words1, translation.phase.words2, translation.phase.words3, translation.phase.words4, translation.phase.words5];
    expect(new Set(phases).size).toBe(5);
  });
});
