import { List, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportSummary } from "../../api/types.ts";
import { ScrollTable } from "../../components/ScrollTable.tsx";
import { formatInteger, formatPercent } from "../../format.ts";

type ListReport = NonNullable<ImportSummary["electoralList"]>;

/**
 * What importing an electoral list did: persons read, arrivals, departures and moves since
 * the previous list, those only on the European complementary list, and the share of
 * electors placed on the map per bureau (at their address, at their street, not placed).
 */
export function ElectoralListReport({ report }: { report: ListReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatInteger(v, lang);
  const share = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0, lang);
  const g = report.geocoding;
  const total = g.address + g.street + g.none;
  return (
    <>
      <List size="sm" spacing={2} data-testid="electoral-list-report">
        <List.Item>
          {t("people.listReport.electors", { electors: n(report.electors), rows: n(report.rows) })}
        </List.Item>
        <List.Item>
          {t("people.listReport.changes", {
            arrivals: n(report.arrivals),
            departures: n(report.departures),
            moves: n(report.moves),
          })}
        </List.Item>
        {report.europeanOnly > 0 && (
          <List.Item>
            {t("people.listReport.europeanOnly", { count: report.europeanOnly, n: n(report.europeanOnly) })}
          </List.Item>
        )}
        <List.Item>
          {t("people.listReport.geocoded", {
            address: share(g.address, total),
            street: share(g.street, total),
            none: share(g.none, total),
          })}
        </List.Item>
      </List>
      {g.byBureau.length > 0 && (
        <ScrollTable minWidth={420} label={t("people.listReport.caption")}>
          <Table striped withTableBorder fz="sm" captionSide="top" data-testid="geocoding-by-bureau">
            <Table.Caption>{t("people.listReport.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("people.listReport.bureau")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("people.listReport.count")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("people.listReport.atAddress")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("people.listReport.atStreet")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("people.listReport.notPlaced")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.byBureau.map((b) => (
                <Table.Tr key={b.bureau ?? "none"}>
                  <Table.Th scope="row" fw={500}>
                    {b.bureau ?? t("people.listReport.noBureau")}
                  </Table.Th>
                  <Table.Td ta="right">{n(b.electors)}</Table.Td>
                  <Table.Td ta="right">{share(b.address, b.electors)}</Table.Td>
                  <Table.Td ta="right">{share(b.street, b.electors)}</Table.Td>
                  <Table.Td ta="right">
                    <Text span size="sm" fw={b.none > 0 ? 600 : undefined}>
                      {share(b.none, b.electors)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
