"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

export function ContactForm({ action, clientId }: { action: FormAction; clientId: number }) {
  const { state, formAction, pending, values, errors, formKey } = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} name="Contact form status" />
      </div>
      <input type="hidden" name="clientId" value={clientId} />
      <TextField label="Contact name" name="name" id="contact-name" defaultValue={values.name} error={errors.name} required />
      <TextField label="Contact title" name="title" id="contact-title" defaultValue={values.title} error={errors.title} />
      <TextField label="Contact email" name="email" id="contact-email" type="email" defaultValue={values.email} error={errors.email} />
      <TextField label="Contact phone" name="phone" id="contact-phone" defaultValue={values.phone} error={errors.phone} />
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" pending={pending}>
          Add contact
        </Button>
      </div>
    </form>
  );
}

export function RemoveContactButton({ action, clientId, contact }: { action: FormAction; clientId: number; contact: { id: number; name: string } }) {
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="contactId" value={contact.id} />
      <Button type="submit" size="sm" variant="ghost" pending={pending} aria-label={`Remove ${contact.name}`}>
        Remove
      </Button>
      {state && !state.ok ? <span className="text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
