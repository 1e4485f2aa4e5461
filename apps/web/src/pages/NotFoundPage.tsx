import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <EmptyBlock order={1} title={t("notFound.title")} description={t("notFound.text")}>
      <Button component={Link} to="/">
        {t("notFound.home")}
      </Button>
    </EmptyBlock>
  );
}
