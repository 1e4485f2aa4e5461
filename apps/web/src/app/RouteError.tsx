import { Button, Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { EmptyBlock } from "../components/EmptyBlock.tsx";

const reloadKey = "terrain.reloaded";

/** A page's code that no longer exists on the server: Terrain was updated since this tab opened. */
function isStaleChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

/**
 * What a route shows when it fails. After an update of Terrain the old page chunks are
 * gone: the tab reloads once to fetch the new version; any other error is said plainly.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isStaleChunk(error) && !sessionStorage.getItem(reloadKey)) {
    sessionStorage.setItem(reloadKey, "1");
    window.location.reload();
    return null;
  }
  sessionStorage.removeItem(reloadKey);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <EmptyBlock order={1} title={t("app.crashTitle")} description={t("app.crashText", { message })}>
        <Button onClick={() => window.location.reload()}>{t("app.reload")}</Button>
      </EmptyBlock>
    </Container>
  );
}
