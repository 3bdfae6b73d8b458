import { useTranslation } from 'react-i18next';
import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from '../model';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { AutoGrowTextarea } from './AutoGrowTextarea';

/**
 * Open questions: add, edit, remove and reorder. On a personal map they are the
 * trainee's own; on a regional map the group's (a merge signs each with its author).
 */
export function QuestionsPanel() {
  const { t } = useTranslation();
  const questions = useEditor((s) => s.map!.questions);
  const regional = useEditor((s) => s.map!.kind === 'regional');
  const apply = useEditorStoreApi().getState().apply;
  const add = () => {
    let id = '';
    apply((m) => {
      const result = addQuestion(m);
      id = result.question.id;
      return result.map;
    });
    // Focus the new field after React has rendered it.
    requestAnimationFrame(() => document.getElementById(`question-${id}`)?.focus());
  };
  return (
    <section className="questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{regional ? t('questions.headingRegional') : t('questions.heading')}</h2>
      <p className="muted">{regional ? t('questions.introRegional') : t('questions.intro')}</p>
      {questions.length === 0 ? <p className="muted">{t('questions.empty')}</p> : null}
      <ol className="questions__list">
        {questions.map((question, index) => {
          const number = index + 1;
          return (
            <li key={question.id} className="questions__item" data-testid="question">
              <AutoGrowTextarea
                id={`question-${question.id}`}
                rows={2}
                aria-label={t('questions.label', { number })}
                value={question.text}
                onChange={(e) => apply((m) => updateQuestion(m, question.id, e.target.value), { coalesce: `question:${question.id}` })}
              />
              {question.author ? <span className="muted">{t('questions.by', { author: question.author })}</span> : null}
              <div className="questions__actions">
                <button
                  type="button"
                  aria-label={t('questions.moveUp', { number })}
                  disabled={index === 0}
                  onClick={() => apply((m) => moveQuestion(m, question.id, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('questions.moveDown', { number })}
                  disabled={index === questions.length - 1}
                  onClick={() => apply((m) => moveQuestion(m, question.id, 1))}
                >
                  ↓
                </button>
                <button type="button" aria-label={t('questions.remove', { number })} onClick={() => apply((m) => removeQuestion(m, question.id))}>
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add}>
        {t('questions.add')}
      </button>
    </section>
  );
}
