import { useRef } from 'react';

/**
 * A button that opens the browser's file picker, for .json files unless `accept`
 * says otherwise (the library's import takes every readable format). The input is
 * cleared after each choice, so choosing the same file again is noticed too.
 */
export function JsonFilePicker({
  label,
  multiple = false,
  testId,
  accept = '.json,application/json',
  onFiles,
}: {
  label: string;
  multiple?: boolean;
  testId: string;
  accept?: string;
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
