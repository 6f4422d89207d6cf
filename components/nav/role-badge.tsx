import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";

const roleTone: Record<Role, BadgeTone> = { candidate: "neutral", mentor: "accent", admin: "warning" };

export function RoleBadge({ role }: { role: Role }) {
  const t = useTranslations("nav.roles");
  return (
    <Badge tone={roleTone[role]}>
      <span className="sr-only">{t("label")} </span>
      {t(role)}
    </Badge>
  );
}
