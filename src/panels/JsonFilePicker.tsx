import { useRef } from 'react';

/**
 * A button that opens the browser's file picker for .json files. The input is
 * cleared after each choice, so choosing the same file again is noticed too.
 */
export function JsonFilePicker({
  label,
  multiple = false,
  testId,
  onFiles,
}: {
  label: string;
  multiple?: boolean;
  testId: string;
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
        accept=".json,application/json"
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
