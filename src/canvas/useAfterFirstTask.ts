import { useEffect, useState } from 'react';

/**
 * False in the task a component mounts in, true from the next one. For layers of a very large map that can be drawn
 * a task after the rest (far-out boxes, the relations' one path): together with React Flow taking 5000 nodes, the
 * opening was one task of 200–300 ms on the benchmark's machine.
 */
export function useAfterFirstTask(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}
