/**
 * The one way to write a server action behind a form (React's useActionState):
 *
 *   export const changeRoleAction = formAction(
 *     { auth: { roles: ["admin"] }, input: changeRoleFormSchema },
 *     async ({ db, user, input }) => ({ message: "..." }),
 *   );
 *
 * Like a route handler (lib/http/route.ts): the caller is authorised with the account and
 * its role read from the database, the form's fields are validated with zod, and the handler
 * calls services with `db`. What a route answers as an error body, an action answers as the
 * form's error state: an AppError's message and code, and a message per field where the
 * error or the validation names one.
 */
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { sessionUserId, type SessionUser } from "@/lib/auth/session";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { authorize, type AuthRequirement } from "@/lib/http/auth";
import { stripNulFromFields } from "@/lib/http/body";
import { parseInput, type Issue } from "@/lib/http/validation";
import { getDb } from "@/lib/startup/database";

export type FieldErrors = Partial<Record<string, string>>;

/** What a form shows after its action ran: nothing yet, the outcome, or what went wrong. */
export type FormState<T extends object = object> =
  | { status: "idle" }
  | ({ status: "ok"; message: string } & T)
  | { status: "error"; code: AppErrorCode; message: string; fieldErrors: FieldErrors };

export interface ActionContext<A extends AuthRequirement, I> {
  /** The caller; null on a public action. */
  user: A extends "public" ? null : SessionUser;
  db: Database;
  input: I;
}

export interface ActionOptions<A extends AuthRequirement, S extends z.ZodType> {
  auth: A;
  /** The form's fields (as strings); what does not parse is shown next to its field. */
  input: S;
  /** The form-level message when validation fails (default "Please fix the highlighted fields."). */
  invalidMessage?: string;
}

/** The first message per field: an AppError's `details.fieldErrors`, or the validation's issues by field. */
function fieldErrorsOf(error: AppError): FieldErrors {
  const { fieldErrors, issues } = error.details as { fieldErrors?: FieldErrors; issues?: Issue[] };
  if (fieldErrors) return fieldErrors;
  const byField: FieldErrors = {};
  for (const issue of issues ?? []) {
    const field = issue.path.split(".")[0];
    if (field && !byField[field]) byField[field] = issue.message;
  }
  return byField;
}

/** The form's fields, validated like a route's body; a failure says `invalidMessage` above the fields. */
function parseForm<S extends z.ZodType>(options: ActionOptions<AuthRequirement, S>, formData: FormData): z.output<S> {
  try {
    // NUL is dropped from every field: Postgres cannot store it (lib/http/text.ts).
    return parseInput(options.input, stripNulFromFields(Object.fromEntries(formData)), "form");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      "invalid_request",
      options.invalidMessage ?? "Please fix the highlighted fields.",
      error.details,
    );
  }
}

function errorState(error: AppError): FormState<never> {
  return { status: "error", code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error) };
}

export function formAction<A extends AuthRequirement, S extends z.ZodType, T extends object>(
  options: ActionOptions<A, S>,
  handler: (context: ActionContext<A, z.output<S>>) => Promise<{ message: string } & T>,
) {
  return async function action(_previous: FormState<T>, formData: FormData): Promise<FormState<T>> {
    try {
      const db = await getDb();
      const auth: AuthRequirement = options.auth;
      const user = auth === "public" ? null : await authorize(db, await sessionUserId(), auth);
      const context = { user, db, input: parseForm(options, formData) } as ActionContext<A, z.output<S>>;
      return { status: "ok", ...(await handler(context)) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return errorState(error);
      console.error("[scaleboard] a server action failed:", error);
      return errorState(new AppError("internal", "Something went wrong on our side. Try again in a moment."));
    }
  };
}
