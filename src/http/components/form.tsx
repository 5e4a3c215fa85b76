// Accessible form pieces: labelled fields with hints and errors tied by aria-describedby, and an error summary.
import type { Child, FC } from 'hono/jsx';
import type { View } from './layout.js';

export type FieldErrors = Record<string, string>;

export const ErrorSummary: FC<{ v: View; errors?: FieldErrors | undefined; message?: string | undefined }> = ({ v, errors, message }) => {
  const entries = Object.entries(errors ?? {});
  if (!message && entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{message ?? v.t('common.error_summary', { n: entries.length })}</h2>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, msg]) => (
            <li>
              <a href={`#f-${name}`}>{msg}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};

type InputProps = {
  name: string;
  label: string;
  value?: string | null | undefined;
  type?: string;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text' | 'url' | 'decimal' | 'search' | 'none';
  maxlength?: number;
  /** For codes and numbers typed from paper: no capitalisation or spelling help from the phone. */
  autocapitalize?: 'none' | 'off';
  spellcheck?: boolean;
};

function describedBy(name: string, hint?: string, error?: string) {
  const ids = [hint ? `h-${name}` : '', error ? `e-${name}` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A field's hint and error message, tied to its control by their ids (see describedBy). */
const Messages: FC<{ name: string; hint?: string | undefined; error?: string | undefined }> = ({ name, hint, error }) => (
  <>
    {hint ? (
      <p class="hint" id={`h-${name}`}>
        {hint}
      </p>
    ) : null}
    {error ? (
      <p class="error" id={`e-${name}`}>
        {error}
      </p>
    ) : null}
  </>
);

/** A labelled field: label, hint, error, then the control given as children. */
const Field: FC<{ name: string; label: string; hint?: string | undefined; error?: string | undefined; children?: Child }> = (p) => (
  <div class={`field${p.error ? ' has-error' : ''}`}>
    <label for={`f-${p.name}`}>{p.label}</label>
    <Messages name={p.name} hint={p.hint} error={p.error} />
    {p.children}
  </div>
);

export const Input: FC<InputProps> = (p) => {
  const error = p.errors?.[p.name];
  return (
    <Field name={p.name} label={p.label} hint={p.hint} error={error}>
      <input
        id={`f-${p.name}`}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.type === 'password' ? undefined : (p.value ?? '')}
        required={p.required}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        maxlength={p.maxlength}
        autocapitalize={p.autocapitalize}
        {...(p.spellcheck === undefined ? {} : ({ spellcheck: String(p.spellcheck) } as Record<string, string>))}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(p.name, p.hint, error)}
      />
    </Field>
  );
};

export const TextArea: FC<InputProps & { rows?: number }> = (p) => {
  const error = p.errors?.[p.name];
  return (
    <Field name={p.name} label={p.label} hint={p.hint} error={error}>
      <textarea
        id={`f-${p.name}`}
        name={p.name}
        rows={p.rows ?? 3}
        required={p.required}
        maxlength={p.maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(p.name, p.hint, error)}
      >
        {p.value ?? ''}
      </textarea>
    </Field>
  );
};

export const Select: FC<InputProps & { options: { value: string; label: string }[] }> = (p) => {
  const error = p.errors?.[p.name];
  return (
    <Field name={p.name} label={p.label} hint={p.hint} error={error}>
      <select id={`f-${p.name}`} name={p.name} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, error)}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
};

export const Checkboxes: FC<{
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  errors?: FieldErrors | undefined;
}> = (p) => {
  const error = p.errors?.[p.name];
  return (
    <fieldset class={`field${error ? ' has-error' : ''}`} id={`f-${p.name}`} aria-describedby={error ? `e-${p.name}` : undefined}>
      <legend>{p.legend}</legend>
      <Messages name={p.name} error={error} />
      {p.options.map((o) => (
        <div class="check">
          <input type="checkbox" id={`f-${p.name}-${o.value}`} name={p.name} value={o.value} checked={p.values.includes(o.value)} />
          <label for={`f-${p.name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
};

/** One choice among a few, each visible (better than a select on a phone); `hint` under the legend. */
export const Radios: FC<{
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  value: string | null | undefined;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
}> = (p) => {
  const error = p.errors?.[p.name];
  return (
    <fieldset
      class={`field${error ? ' has-error' : ''}`}
      id={`f-${p.name}`}
      aria-describedby={[p.hint ? `h-${p.name}` : '', error ? `e-${p.name}` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{p.legend}</legend>
      <Messages name={p.name} hint={p.hint} error={error} />
      {p.options.map((o) => (
        <div class="check">
          <input type="radio" id={`f-${p.name}-${o.value}`} name={p.name} value={o.value} checked={p.value === o.value} />
          <label for={`f-${p.name}-${o.value}`}>
            {o.label}
            {o.hint ? <span class="hint block">{o.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
};

export const Checkbox: FC<{ name: string; label: string; checked: boolean }> = (p) => (
  <div class="field check">
    <input type="checkbox" id={`f-${p.name}`} name={p.name} value="1" checked={p.checked} />
    <label for={`f-${p.name}`}>{p.label}</label>
  </div>
);

export const Actions: FC<{ children?: Child }> = ({ children }) => <div class="actions">{children}</div>;
