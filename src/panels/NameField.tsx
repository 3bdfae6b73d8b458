import { useEffect, useState } from 'react';

/**
 * A text field for a required name: every non-blank keystroke is saved, while
 * a momentarily empty field stays local and snaps back when left.
 */
export function NameField({
  label,
  value,
  onCommit,
  hideLabel = false,
  tooltip,
}: {
  label: string;
  value: string;
  onCommit: (name: string) => void;
  hideLabel?: boolean;
  /** Shown on hover: the whole text when the field is too narrow for it. */
  tooltip?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft((d) => (d.trim() === value.trim() ? d : value)), [value]);
  return (
    <label className={hideLabel ? 'field field--bare' : 'field'}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <input
        value={draft}
        title={tooltip}
        required
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim()) onCommit(e.target.value.trim());
        }}
        onBlur={() => setDraft(value)}
      />
    </label>
  );
}
