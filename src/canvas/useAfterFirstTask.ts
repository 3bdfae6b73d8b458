import { startTransition, useEffect, useState } from 'react';

/**
 * False in the task a component mounts in, true from the next one. For layers of a very large map that can be drawn
 * a task after the rest (far-out boxes, the relations' one path): together with React Flow taking 5000 nodes, the
 * opening was one task of 200–300 ms on the benchmark's machine.
 */
export function useAfterFirstTask(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    // In a transition: an update from a timer is rendered in one piece, and these layers' first render (5000
    // far-out boxes worked out and drawn, the relations' path) made one task of about 100 ms; in a transition
    // React renders them component by component, giving the page the turn in between.
    const timer = setTimeout(() => startTransition(() => setAfter(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}
