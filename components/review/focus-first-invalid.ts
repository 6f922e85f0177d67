/** Gives the cursor to the first field marked invalid in `form`; for a group of chips, to its chosen (else first) radio. */
export function focusFirstInvalid(form: HTMLElement | null) {
  const invalid = form?.querySelector<HTMLElement>("[aria-invalid='true']");
  if (!invalid) return;
  const target = invalid.matches("input, textarea, select") ? invalid : (invalid.querySelector<HTMLElement>("input:checked") ?? invalid.querySelector<HTMLElement>("input"));
  target?.focus();
}
