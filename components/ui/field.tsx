import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const control =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-fg shadow-sm placeholder:text-subtle focus:border-accent disabled:opacity-60 aria-[invalid=true]:border-danger";

type Common = { label: string; name: string; id?: string; error?: string; hint?: ReactNode; className?: string };

function Wrapper({ label, id, error, hint, className = "", children }: Omit<Common, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-fg">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ label, name, id = name, error, hint, className, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Wrapper label={label} id={id} error={error} hint={hint} className={className}>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={control} {...props} />
    </Wrapper>
  );
}

export function TextArea({ label, name, id = name, error, hint, className, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Wrapper label={label} id={id} error={error} hint={hint} className={className}>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={control}
        {...props}
      />
    </Wrapper>
  );
}

export function SelectField({
  label,
  name,
  id = name,
  error,
  hint,
  className,
  options,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Wrapper label={label} id={id} error={error} hint={hint} className={className}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={control} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
