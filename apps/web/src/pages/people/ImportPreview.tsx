import { Alert, Badge, Code, Group, NativeSelect, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ColumnMapping, ContactImportPreview, ImportField } from "../../api/types.ts";
import { ScrollTable } from "../../components/ScrollTable.tsx";
import { formatInteger } from "../../format.ts";

/** What a column can feed (the API's list), "" for a column left out. */
export const importFields = [
  "external_id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "mobile",
  "address",
  "street_number",
  "street_label",
  "complement",
  "postal_code",
  "city",
  "birth_year",
  "birth_date",
  "sex",
  "tags",
  "notes",
  "consent_news_email",
  "consent_sms",
  "consent_invitations",
  "consent_volunteering",
  "do_not_call",
  "do_not_contact",
] as const satisfies readonly ImportField[];

const sampleColumns = ["firstName", "lastName", "email", "phone", "mobile", "city"] as const;

/**
 * The preview of an uploaded file: each column and the field it feeds (detected, or
 * remembered from the last file with the same header; editable), columns never imported
 * because they hold opinions, the first rows as they would be imported, and every error.
 */
export function ImportPreview({
  preview: p,
  busy,
  onMapping,
}: {
  preview: ContactImportPreview;
  busy: boolean;
  onMapping: (mapping: ColumnMapping) => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatInteger(v, i18n.language);
  const opinions = new Set(p.opinionColumns);
  return (
    <>
      <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby="mapping-title">
        <Group justify="space-between" mb="xs" gap="xs">
          <Title order={2} size="h4" id="mapping-title">
            {t("people.import.mappingTitle", { file: p.fileName })}
          </Title>
          {p.remembered && (
            <Badge color="teal.9" variant="filled" data-testid="mapping-remembered">
              {t("people.import.remembered")}
            </Badge>
          )}
        </Group>
        <Text size="sm" mb="sm">
          {t("people.import.mappingIntro", { count: p.rows, n: n(p.rows) })}
        </Text>
        {p.opinionColumns.length > 0 && (
          <Alert color="yellow" variant="light" mb="sm">
            {t("people.import.opinions", { columns: p.opinionColumns.join(", ") })}
          </Alert>
        )}
        <ScrollTable minWidth={420} label={t("people.import.mappingTitle", { file: p.fileName })}>
          <Table fz="sm" withTableBorder striped data-testid="import-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("people.import.column")}</Table.Th>
                <Table.Th scope="col">{t("people.import.field")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.header.map((column) => (
                <Table.Tr key={column}>
                  <Table.Th scope="row" fw={500}>
                    <Code>{column}</Code>
                  </Table.Th>
                  <Table.Td>
                    {opinions.has(column) ? (
                      <Text size="sm">{t("people.import.neverImported")}</Text>
                    ) : (
                      <NativeSelect
                        aria-label={t("people.import.fieldOf", { column })}
                        size="xs"
                        disabled={busy}
                        value={p.mapping[column] ?? ""}
                        onChange={(e) =>
                          onMapping({
                            ...p.mapping,
                            [column]: importFields.find((f) => f === e.currentTarget.value) ?? null,
                          })
                        }
                        data={[
                          { value: "", label: t("people.import.ignore") },
                          ...importFields.map((f) => ({ value: f, label: t(`people.import.fields.${f}`) })),
                        ]}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>

      <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby="sample-title">
        <Title order={2} size="h4" id="sample-title" mb="xs">
          {t("people.import.sampleTitle", { count: p.sample.length })}
        </Title>
        <ScrollTable minWidth={720} label={t("people.import.sampleTitle", { count: p.sample.length })}>
          <Table fz="sm" withTableBorder striped data-testid="import-sample">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("people.import.line")}</Table.Th>
                {sampleColumns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {t(`people.field.${c}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t("people.list.column.tags")}</Table.Th>
                <Table.Th scope="col">{t("people.consent.title")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.sample.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  {sampleColumns.map((c) => (
                    <Table.Td key={c}>
                      {row.fields[c] === undefined || row.fields[c] === null ? "—" : String(row.fields[c])}
                    </Table.Td>
                  ))}
                  <Table.Td>{row.tags.join(", ") || "—"}</Table.Td>
                  <Table.Td>
                    {row.consents
                      .map(
                        (c) =>
                          `${t(`people.purpose.${c.purpose}`)} : ${c.granted ? t("people.consent.granted") : t("people.consent.refused")}`,
                      )
                      .join(" ; ") || "—"}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>

      {p.errorCount > 0 ? (
        <Alert
          color="red"
          role="alert"
          title={t("people.import.errorsTitle", { count: p.errorCount, n: n(p.errorCount) })}
        >
          <Text size="sm" mb="xs">
            {t("people.import.errorsText")}
          </Text>
          <Code
            block
            data-testid="import-errors"
            style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
          >
            {p.errors
              .map((e) => `${e.file}:${e.line}${e.column ? ` (${e.column})` : ""} : ${e.message}`)
              .join("\n")}
          </Code>
        </Alert>
      ) : (
        <Text size="sm" c="teal.9" fw={600} data-testid="import-no-errors">
          {t("people.import.noErrors")}
        </Text>
      )}
    </>
  );
}
