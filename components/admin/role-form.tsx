"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { changeRoleAction, type RoleFormState } from "@/lib/admin/actions";
import { ROLES, type Role } from "@/lib/auth/roles";

/** What the form says after the action answered, worded from its outcome's data or error code. */
function useOutcome(state: RoleFormState, isSelf: boolean): string {
  const t = useTranslations("admin.roleForm");
  if (state.status === "idle") return isSelf ? t("self") : "";
  if (state.status === "ok") return t("changed", { email: state.email, role: state.role });
  switch (state.code) {
    case "invalid_request":
      // A choice that did not parse names its field; the one refusal without a field is a change to one's own role.
      return Object.keys(state.fieldErrors).length > 0 ? t("errors.chooseRole") : t("errors.ownRole");
    case "not_found":
      return t("errors.noSuchUser");
    case "unauthenticated":
    case "forbidden":
      return t("errors.forbidden");
    default:
      return t("errors.failed");
  }
}

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
  const t = useTranslations("admin.roleForm");
  const tRoles = useTranslations("nav.roles");
  const [state, action, pending] = useActionState<RoleFormState, FormData>(changeRoleAction, { status: "idle" });
  const outcome = useOutcome(state, isSelf);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        {t("label", { email })}
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
            {tRoles(option)}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" pending={pending} disabled={isSelf}>
        {t("save")}
      </Button>
      <span
        aria-live="polite"
        className={state.status === "error" ? "text-xs text-red-700" : "text-xs text-emerald-700"}
      >
        {outcome}
      </span>
    </form>
  );
}
