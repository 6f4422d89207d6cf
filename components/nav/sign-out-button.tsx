"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";

export function SignOutButton({
  variant = "secondary",
  size = "sm",
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}) {
  const t = useTranslations("nav");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      pending={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ callbackUrl: "/" });
        } catch {
          setPending(false);
        }
      }}
    >
      {t("signOut")}
    </Button>
  );
}
