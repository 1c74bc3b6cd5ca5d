"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { control, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { toast } from "@/components/ui/toaster";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { MAX_DURATION, MIN_DURATION } from "@/lib/interviews/limits";
import { bookingCheckSchema } from "@/lib/interviews/schemas";
import { formatSlot, localToUtcAll, zoneAbbreviation } from "@/lib/interviews/time";
import { yearAhead } from "@/lib/calendar";
import { possessive } from "@/lib/labels";
import { InterviewerPicker, useInterviewers, type LoadInterviewers } from "./interviewer-picker";
import { useBookingWarnings, type CheckBookings } from "./use-booking-warnings";

type KindOption = { value: string; label: string };

/** The interview being moved, its fields as the form shows them (in the viewer's zone). */
export type ExistingInterview = {
  id: number;
  version: number;
  kindLabel: string;
  date: string;
  time: string;
  durationMinutes: number;
  interviewerIds: number[];
  location: string;
  /** Names the trigger for screen readers: "Reschedule Systems design, Tue 24 Nov…". */
  label: string;
};

type Props = {
  action: FormAction;
  /** Asked while the form is filled in: which interviewers the slot would double-book. */
  checkBookings: CheckBookings;
  applicationId: number;
  /** Present to reschedule this interview instead of scheduling a new one. */
  existing?: ExistingInterview;
  /** The role's interview plan, in order, then every other kind (labels from the server: no domain tables in the browser). */
  plan: KindOption[];
  others: KindOption[];
  /** The first kind of the plan not yet scheduled. */
  defaultKind: string;
  /** Who may interview, asked for when the dialog opens. */
  loadInterviewers: LoadInterviewers;
  viewerId: number;
  /** The zone the date and time are typed in: the viewer's. */
  zone: string;
  candidate: { name: string; timezone: string | null };
  clientName: string;
  submitted: boolean;
  defaultDate: string;
};

/**
 * The candidate's local time for what is typed so far, or why it cannot be said; and, on the night
 * clocks go back, that the time typed happens twice and which one is meant (the first, as saved).
 */
function candidateTime(date: string, time: string, minutes: number, zone: string, candidateZone: string | null): string {
  const [start, again] = localToUtcAll(date, time, zone);
  const twice = start && again ? `${time} happens twice that night in your zone (clocks go back): this is the first, ${zoneAbbreviation(start, zone)}. ` : "";
  if (!candidateZone) return `${twice}Candidate's time zone unknown`;
  if (!start) return `Candidate's time zone: ${candidateZone}`;
  return `${twice}Candidate's time: ${formatSlot(start, Number.isFinite(minutes) && minutes > 0 ? minutes : 60, candidateZone)} (${candidateZone})`;
}

/**
 * "Schedule interview" (or "Reschedule" for an `existing` one): a dialog with the form. A double
 * booking is shown under the interviewers while the form is filled in, and again as a warning
 * toast after saving; the interview is saved either way.
 */
export function ScheduleInterview(props: Props) {
  const {
    action,
    checkBookings,
    applicationId,
    existing,
    plan,
    others,
    defaultKind,
    loadInterviewers,
    viewerId,
    zone,
    candidate,
    clientName,
    submitted,
    defaultDate,
  } = props;
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(existing?.date ?? defaultDate);
  const [time, setTime] = useState(existing?.time ?? "10:00");
  const [minutes, setMinutes] = useState(existing?.durationMinutes ?? 60);
  // Kept here, not in the form: a failed attempt's echo carries single values only, not this list.
  const [chosen, setChosen] = useState<number[]>(existing?.interviewerIds ?? [viewerId]);
  const reset = () => {
    setDate(defaultDate);
    setTime("10:00");
    setMinutes(60);
    setChosen([viewerId]);
  };
  // Closing and the warnings follow the action's answer, not a render: the interview is saved either way.
  const {
    state,
    formAction,
    pending,
    values: v,
    errors: e,
    formKey,
  } = useFormAction(async (prev, form) => {
    const result = await action(prev, form);
    if (result.ok) {
      setOpen(false);
      // The next "Schedule interview" starts afresh, not with this one's interviewers and time.
      if (!existing) reset();
      const booked = (result.data as { warnings?: string[] } | undefined)?.warnings ?? [];
      // Saved with double bookings: one warning toast says both (a success toast on top would hide the warning).
      if (booked.length) {
        toast.warning(result.message ?? "Saved.", {
          duration: 12_000,
          description: (
            <>
              <span>Double booked:</span>
              <ul className="list-disc pl-4">
                {booked.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ),
        });
        return { ...result, message: undefined };
      }
    }
    return result;
  });
  // Only while open: the page renders one of these per interview, and the zone check is not free.
  const slot = open
    ? bookingCheckSchema.safeParse({ applicationId, interviewId: existing?.id, date, time, timeZone: zone, durationMinutes: minutes, interviewerIds: chosen })
    : null;
  const warnings = useBookingWarnings(checkBookings, slot?.success ? slot.data : null);
  const interviewers = useInterviewers(open, applicationId, loadInterviewers);
  const title = existing ? `Reschedule ${existing.kindLabel}` : "Schedule interview";

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {existing ? (
          <Button size="sm" variant="secondary" aria-label={`Reschedule: ${existing.label}`}>
            Reschedule
          </Button>
        ) : (
          <Button size="sm">Schedule interview</Button>
        )}
      </DialogTrigger>
      <DialogContent title={title} description={`${candidate.name}. Date and time are in your time zone, ${zone}.`} className="max-w-lg">
        <form action={formAction} key={formKey} className="space-y-4" noValidate>
          <FormMessage state={state} />
          {existing ? (
            <>
              <input type="hidden" name="interviewId" value={existing.id} />
              <input type="hidden" name="version" value={existing.version} />
            </>
          ) : (
            <input type="hidden" name="applicationId" value={applicationId} />
          )}
          <input type="hidden" name="timeZone" value={zone} />
          {existing ? null : (
            <div>
              <label htmlFor="interview-kind" className="mb-1 block text-sm font-medium text-fg">
                Kind
              </label>
              <select id="interview-kind" name="kind" defaultValue={v.kind ?? defaultKind} className={control} aria-invalid={e.kind ? true : undefined}>
                <optgroup label="The role's interview plan">
                  {plan.map((k, i) => (
                    <option key={k.value} value={k.value}>
                      {i + 1}. {k.label}
                    </option>
                  ))}
                </optgroup>
                {others.length ? (
                  <optgroup label="Other kinds">
                    {others.map((k) => (
                      <option key={k.value} value={k.value}>
                        {k.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
              {e.kind ? <p className="mt-1 text-xs text-danger">{e.kind}</p> : null}
            </div>
          )}
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField
              label="Date"
              name="date"
              type="date"
              max={yearAhead()}
              defaultValue={v.date ?? date}
              onChange={(ev) => setDate(ev.target.value)}
              error={e.date}
              required
            />
            <TextField
              label={`Start time (${zone})`}
              name="time"
              type="time"
              step={300}
              defaultValue={v.time ?? time}
              onChange={(ev) => setTime(ev.target.value)}
              error={e.time}
              required
            />
            <TextField
              label="Duration (minutes)"
              name="durationMinutes"
              type="number"
              min={MIN_DURATION}
              max={MAX_DURATION}
              step={15}
              defaultValue={v.durationMinutes ?? minutes}
              onChange={(ev) => setMinutes(Number(ev.target.value))}
              error={e.durationMinutes}
              required
            />
          </div>
          <p className="text-xs text-muted" aria-live="polite">
            {open ? candidateTime(date, time, minutes, zone, candidate.timezone) : null}
          </p>
          <InterviewerPicker
            interviewers={interviewers}
            chosen={chosen}
            setChosen={setChosen}
            error={e.interviewerIds}
            hint={
              submitted
                ? `Agency people, or ${possessive(clientName)} hiring managers.`
                : `${possessive(clientName)} hiring managers can interview once the candidate is submitted.`
            }
          />
          <div role="status" aria-label="Double bookings">
            {warnings.length ? (
              <div className="rounded-md border border-warning/50 bg-warning-soft px-3 py-2 text-xs text-fg">
                <p className="font-medium">Double booked (you can still save):</p>
                <ul className="mt-1 list-disc pl-4">
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <TextField
            label="Meeting link or place"
            name="location"
            defaultValue={v.location ?? existing?.location}
            error={e.location}
            placeholder="https://meet.example.com/… or an address"
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            {/* Not before the interviewers have come: a form sent then would book people nobody could see. */}
            <Button type="submit" pending={pending || !interviewers.people}>
              {pending ? "Saving…" : existing ? "Save" : "Schedule"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
