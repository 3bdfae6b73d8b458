import type { Question } from '../schema';
import type { OrderedSource } from './canonicalOrder';
import { tidyName } from './normaliseName';

/**
 * The questions of all sources, each signed with who asked it: its own author
 * (from an earlier merge), else the map's author, else the map's title. A
 * question asked twice by the same author with exactly the same text is kept
 * once (the same map given twice); any other difference keeps both. Blank
 * questions (added but never written) are left out.
 */
export function mergeQuestions(ordered: readonly OrderedSource[]): (Question & { author: string })[] {
  const seen = new Set<string>();
  const questions: (Question & { author: string })[] = [];
  for (const { map } of ordered) {
    const mapAuthor = (map.author && tidyName(map.author)) || tidyName(map.title);
    for (const question of map.questions) {
      if (question.text.trim() === '') continue;
      const author = (question.author && tidyName(question.author)) || mapAuthor;
      const key = JSON.stringify([author, question.text]);
      if (seen.has(key)) continue;
      seen.add(key);
      questions.push({ id: question.id, text: question.text, author });
    }
  }
  return questions;
}
