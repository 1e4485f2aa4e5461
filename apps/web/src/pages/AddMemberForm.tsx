import { Alert, Button, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import type { Role } from "../api/types.ts";
import { PasswordField } from "../components/PasswordField.tsx";
import { roles } from "./MembersTable.tsx";

const blank = { name: "", email: "", role: "volunteer" as Role, password: "" };

/**
 * Invites a person into the campaign by e-mail (they accept once signed in), creating their
 * account when a temporary password is given.
 */
export function AddMemberForm({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof blank) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const body = {
        name: form.name.trim(),
        email: form.email.trim(),
        role: form.role,
        ...(form.password ? { password: form.password } : {}),
      };
      await api(`/api/campaigns/${encodeURIComponent(campaignId)}/members`, { method: "POST", body });
      await queryClient.invalidateQueries({ queryKey: ["invitations", campaignId] });
      setDone(t("team.added", { email: body.email, role: t(`roles.${body.role}`) }));
      setForm(blank);
    } catch (e) {
      setError(t("team.failed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-member-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="add-member-title">
          {t("team.addTitle")}
        </Title>
        <Text size="sm">{t("team.addIntro")}</Text>
        <TextInput
          label={t("team.name")}
          name="name"
          autoComplete="off"
          required
          value={form.name}
          onChange={set("name")}
        />
        <TextInput
          label={t("team.email")}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={form.email}
          onChange={set("email")}
        />
        <NativeSelect label={t("team.role")} name="role" value={form.role} onChange={set("role")}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </NativeSelect>
        <PasswordField
          label={t("team.password")}
          description={t("team.passwordHint")}
          name="password"
          autoComplete="new-password"
          minLength={10}
          value={form.password}
          onChange={set("password")}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
        <Button type="submit" loading={busy} w={{ base: "100%", sm: "auto" }}>
          {t("team.submit")}
        </Button>
      </Stack>
    </form>
  );
}
