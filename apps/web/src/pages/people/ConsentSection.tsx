import { Button, Collapse, Group, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { Consent } from "../../api/types.ts";
import { ScrollTable } from "../../components/ScrollTable.tsx";
import { CardSection } from "./CardParts.tsx";
import { ConsentForm } from "./ConsentForm.tsx";
import { formatDateTime } from "./dates.ts";

/**
 * The consents of a contact, newest first, each with its proof (wording version and text,
 * time, channel, who collected it); the first of each purpose is the one in force.
 */
export function ConsentSection({
  campaignId,
  contactId,
  consents,
}: {
  campaignId: string;
  contactId: string;
  consents: Consent[];
}) {
  const { t, i18n } = useTranslation();
  const [adding, { toggle, close }] = useDisclosure(false);
  const inForce = new Set<number>();
  const seen = new Set<string>();
  for (const c of consents) {
    if (!seen.has(c.purpose)) inForce.add(c.id);
    seen.add(c.purpose);
  }
  return (
    <CardSection title={t("people.consent.title")} testId="card-consents">
      {consents.length === 0 ? (
        <Text size="sm" mb="sm">
          {t("people.consent.none")}
        </Text>
      ) : (
        <ScrollTable minWidth={640} label={t("people.consent.title")}>
          <Table striped fz="sm" withTableBorder mb="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("people.consent.purpose")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.answer")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.wording")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.when")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.channel")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.by")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {t(`people.purpose.${c.purpose}`)}
                    {!inForce.has(c.id) && (
                      <Text size="xs" c="dimmed">
                        {t("people.consent.replaced")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={700} c={c.granted ? "teal.9" : "red.9"}>
                      {c.granted ? t("people.consent.granted") : t("people.consent.refused")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {c.wordingVersion}
                    </Text>
                    <Text size="xs">« {c.wording} »</Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(c.recordedAt, i18n.language)}</Table.Td>
                  <Table.Td>{t(`people.channel.${c.channel}`)}</Table.Td>
                  <Table.Td>{c.collectedBy ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Group>
        <Button variant="light" onClick={toggle} aria-expanded={adding} aria-controls="consent-form">
          {t("people.consent.add")}
        </Button>
      </Group>
      <Collapse expanded={adding} id="consent-form">
        {adding && <ConsentForm campaignId={campaignId} contactId={contactId} onDone={close} />}
      </Collapse>
    </CardSection>
  );
}
