import { Alert, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A failed request, said plainly, with a way to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" role="alert" title={t("app.error", { message })}>
      {onRetry && (
        <Button variant="outline" color="red" size="xs" onClick={onRetry}>
          {t("app.retry")}
        </Button>
      )}
    </Alert>
  );
}
