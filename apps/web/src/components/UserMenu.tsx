import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { signOut } from "../api/auth.ts";
import type { Me } from "../api/types.ts";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join("");
}

/** Who is signed in, and the way out. */
export function UserMenu({ me, compact }: { me: Me; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = async () => {
    await signOut().catch(() => undefined);
    queryClient.clear();
    navigate("/login", { replace: true });
  };
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        {compact ? (
          // The name is said in words, the initials hidden from screen readers: a visible text
          // absent from an aria-label fails WCAG 2.5.3 (label in name).
          <UnstyledButton style={{ borderRadius: "50%" }}>
            <VisuallyHidden>{t("user.menu", { name: me.user.name })}</VisuallyHidden>
            <Avatar size={44} radius="xl" color="blue" variant="filled" aria-hidden>
              {initials(me.user.name)}
            </Avatar>
          </UnstyledButton>
        ) : (
          <Button variant="default" aria-label={t("user.menu", { name: me.user.name })} maw={200}>
            <Text span truncate="end" size="sm">
              {me.user.name}
            </Text>
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("user.signedInAs")}</Menu.Label>
        <Text px="sm" size="sm" fw={600}>
          {me.user.name}
        </Text>
        <Text px="sm" pb="xs" size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {me.user.email}
          {me.user.platformRole === "superadmin" && <br />}
          {me.user.platformRole === "superadmin" && t("user.superadmin")}
        </Text>
        <Menu.Divider />
        <Menu.Item onClick={() => void logout()}>{t("user.logout")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
