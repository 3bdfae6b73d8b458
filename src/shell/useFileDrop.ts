import { useEffect } from 'react';

/** Files dropped anywhere on the window go to `onFiles`; the browser does not open them. */
export function useFileDrop(onFiles: (files: File[]) => void) {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      document.body.classList.add('is-dropping');
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.body.classList.remove('is-dropping');
    };
    const onDrop = (e: DragEvent) => {
      document.body.classList.remove('is-dropping');
      if (!hasFiles(e)) return;
      e.preventDefault();
      onFiles(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
}
