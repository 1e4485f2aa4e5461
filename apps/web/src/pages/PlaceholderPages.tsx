import { Text } from "@mantine/core";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { useCampaign } from "../app/CampaignLayout.tsx";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { PageHeader } from "./PageHeader.tsx";

type Section = "field" | "contacts";

/** A section not built yet: its name, what to do next, and that the screen is coming. */
function Placeholder({ section }: { section: Section }) {
  const { t } = useTranslation();
  const campaign = useCampaign();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} subtitle={campaign.name} />
      <EmptyBlock title={t(`empty.${section}.title`)} description={t(`empty.${section}.text`)}>
        <Text size="sm" c="dimmed">
          {t("empty.soon")}
        </Text>
      </EmptyBlock>
    </>
  );
}

/** The placeholder screens, by URL segment. */
export const placeholderPages: Record<"terrain" | "contacts", ComponentType> = {
  terrain: () => <Placeholder section="field" />,
  contacts: () => <Placeholder section="contacts" />,
};
