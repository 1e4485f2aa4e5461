import { Alert, Button, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { signIn } from "../api/auth.ts";
import { isApiError } from "../api/client.ts";
import { useSetupNeeded } from "../api/queries.ts";
import { AuthFrame } from "../components/AuthFrame.tsx";
import { PasswordField } from "../components/PasswordField.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { safeNext } from "./safeNext.ts";

/** /login: email and password; a wrong pair or too many attempts are said in plain words. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const setup = useSetupNeeded();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("login.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      queryClient.removeQueries({ queryKey: ["me"] });
      navigate(safeNext(params.get("next")), { replace: true });
    } catch (e) {
      if (isApiError(e) && e.status === 429) setError(t("login.tooMany"));
      else if (isApiError(e) && (e.status === 401 || e.status === 400 || e.status === 403))
        setError(t("login.invalid"));
      else setError(t("login.failed", { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t("login.title")} intro={t("login.intro")}>
      {setup.data?.needed && (
        <Alert color="blue" variant="light">
          {t("login.noAccount")}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate={false}>
        <TextInput
          label={t("login.email")}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          mb="sm"
        />
        <PasswordField
          label={t("login.password")}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          mb="md"
        />
        {error && (
          <Alert color="red" role="alert" mb="md">
            {error}
          </Alert>
        )}
        <Button type="submit" fullWidth loading={busy} size="md">
          {t("login.submit")}
        </Button>
      </form>
    </AuthFrame>
  );
}
