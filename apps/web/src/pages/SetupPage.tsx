import { Alert, Button, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { signIn } from "../api/auth.ts";
import { api } from "../api/client.ts";
import { useSetupNeeded } from "../api/queries.ts";
import { AuthFrame } from "../components/AuthFrame.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { PasswordField } from "../components/PasswordField.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";

/** /setup?token=…: the one-time link printed by the server creates the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const token = useSearchParams()[0].get("token") ?? "";
  const setup = useSetupNeeded();
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("setup.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const account = { name: form.name.trim(), email: form.email.trim(), password: form.password };
      await api("/api/setup", { method: "POST", body: { token, ...account } });
      await signIn(account.email, account.password);
      queryClient.removeQueries();
      navigate("/", { replace: true });
    } catch (e) {
      setError(t("setup.failed", { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
  });

  if (setup.isPending) return <PageLoader />;
  if (setup.data && !setup.data.needed)
    return (
      <AuthFrame title={t("setup.title")} intro={t("setup.done")}>
        <Button component={Link} to="/login">
          {t("setup.goLogin")}
        </Button>
      </AuthFrame>
    );
  return (
    <AuthFrame title={t("setup.title")} intro={t("setup.intro")}>
      {!token && (
        <Alert color="red" role="alert">
          {t("setup.noToken")}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <TextInput
          label={t("setup.name")}
          name="name"
          autoComplete="name"
          required
          mb="sm"
          {...field("name")}
        />
        <TextInput
          label={t("setup.email")}
          type="email"
          name="email"
          autoComplete="username"
          required
          mb="sm"
          {...field("email")}
        />
        <PasswordField
          label={t("setup.password")}
          description={t("setup.passwordHint")}
          name="password"
          autoComplete="new-password"
          required
          minLength={10}
          mb="md"
          {...field("password")}
        />
        {error && (
          <Alert color="red" role="alert" mb="md">
            {error}
          </Alert>
        )}
        <Button type="submit" fullWidth size="md" loading={busy} disabled={!token}>
          {t("setup.submit")}
        </Button>
      </form>
    </AuthFrame>
  );
}
