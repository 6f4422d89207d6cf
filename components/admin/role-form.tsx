"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { changeRoleAction, type RoleFormState } from "@/lib/admin/actions";
import { ROLES, type Role } from "@/lib/auth/roles";

/** One user's role, changeable in place; the outcome is announced to screen readers. */
export function RoleForm({
  userId,
  email,
  role,
  isSelf,
}: {
  userId: string;
  email: string;
  role: Role;
  isSelf: boolean;
}) {
  const [state, action, pending] = useActionState<RoleFormState, FormData>(changeRoleAction, { status: "idle" });
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        Role of {email}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        disabled={isSelf || pending}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:bg-slate-50 disabled:text-slate-500"
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" pending={pending} disabled={isSelf}>
        Save
      </Button>
      <span
        aria-live="polite"
        className={state.status === "error" ? "text-xs text-red-700" : "text-xs text-emerald-700"}
      >
        {state.status === "idle" ? (isSelf ? "That's you" : "") : state.message}
      </span>
    </form>
  );
}
