/** A form field's error message, in the NHS design system's pattern ("Error:" for screen readers), or nothing. */
export function FieldError({ id, error }: { id: string; error: string | null | undefined | false }) {
  if (!error) return null;
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">Error:</span> {error}
    </p>
  );
}
