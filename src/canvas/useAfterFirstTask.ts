import { startTransition, useEffect, useState } from 'react';

/**
 * False in the task a component mounts in, true from the next one. For layers of a very large map that can be drawn
 * a task after the rest (far-out boxes, the relations' one path): together with React Flow taking 5000 nodes, the
 * opening was one task of 200–300 ms on the benchmark's machine.
 *
 * `inTransition`: the update is rendered in a React transition, component by component with the page given the turn
 * in between (an update from a timer is rendered in one piece: 5000 far-out boxes worked out and drawn with their
 * nodes made one task of about 100 ms). Only for work nothing waits for: a transition yields to every other update,
 * and the relations' path of a smaller map seen from far (drawn with the map) should not wait behind the scene's slices.
 */
export function useAfterFirstTask(inTransition = false): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => (inTransition ? startTransition(() => setAfter(true)) : setAfter(true)), 0);
    return () => clearTimeout(timer);
  }, [inTransition]);
  return after;
}
