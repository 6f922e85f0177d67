"use client";

interface ChoiceChipsProps<T extends string> {
  /** The group's id; its radios share it as their name, the error is `${id}-error`. */
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  /** "" while nothing is chosen: no option is checked by default. */
  value: T | "";
  onChange: (value: T) => void;
  error?: string[];
}

/**
 * A required one-of choice shown as chips: native radio buttons (one click each, one Tab stop for the group, arrow keys
 * move and choose, Space chooses the focused one), in a fieldset whose legend names the group. Nothing is checked until
 * the user chooses.
 */
export function ChoiceChips<T extends string>({ id, legend, options, value, onChange, error }: ChoiceChipsProps<T>) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className="choice-chips"
      role="radiogroup"
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <span className="field-error" id={errorId}>
          {error.join(" ")}
        </span>
      )}
    </fieldset>
  );
}
