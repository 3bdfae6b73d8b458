import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/** Whether the browser grows a textarea to its text by CSS alone (Chromium 123+); checked once. */
const growsByCss = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * A textarea that grows with its text, so a trainee sees the whole answer
 * without scrolling a two-line box. CSS `field-sizing: content` does it where
 * supported (class `auto-grow` in app.css); elsewhere the height follows the
 * scroll height after each change.
 */
export function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text is the trigger: the height is read from the element.
  useLayoutEffect(() => {
    const element = ref.current;
    if (growsByCss || !element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [props.value]);
  return <textarea {...props} ref={ref} className={['auto-grow', props.className].filter(Boolean).join(' ')} />;
}
