import { Alert, Badge, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TransferResult } from "../../api/types.ts";
import { Heatmap } from "../../components/charts/Heatmap.tsx";
import { BiasAlert } from "./BiasAlert.tsx";
import { decimal, pct0, pctRange } from "./numbers.ts";
import { optionName, transferSentence } from "./transferWords.ts";
import { WarningList } from "./WarningList.tsx";

/** The transfer matrix as a heatmap with intervals, each cell read in words, and how to read it. */
export function TransferView({ result, method }: { result: TransferResult; method: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { transfer, labels } = result;
  const cells = transfer.estimate.map((row, i) =>
    row.map((value, j) => ({
      value,
      lower: transfer.lower[i]?.[j] ?? null,
      upper: transfer.upper[i]?.[j] ?? null,
    })),
  );
  const md = method === "md";
  return (
    <>
      <Group gap="xs" mb="xs">
        <Badge variant="light" tt="none" size="lg">
          {t(
            `analysis.method.${["lphom", "tslphom", "nslphom", "md"].includes(method) ? method : "lphom"}.label`,
          )}
        </Badge>
        {result.backtest && result.backtest.rho !== null && (
          <Badge variant="outline" color="dark" tt="none" size="lg">
            {t("analysis.backtest.badge", { rho: decimal(result.backtest.rho, 2, lang) })}
          </Badge>
        )}
      </Group>
      <Heatmap
        testId="transfer-matrix"
        caption={t("analysis.transfer.caption", { from: result.from.label, to: result.to.label })}
        corner={t("analysis.transfer.corner")}
        rows={labels.rows.map((o) => optionName(o, t))}
        cols={labels.cols.map((o) => optionName(o, t))}
        cells={cells}
        format={(c) => ({ main: pct0(c.value, lang), range: pctRange(c.lower, c.upper, lang) })}
        describe={(i, j) =>
          transferSentence(
            {
              ...cells[i][j],
              row: labels.rows[i],
              col: labels.cols[j],
              from: result.from.label,
              to: result.to.label,
            },
            t,
            lang,
          )
        }
      />
      <BiasAlert coded={result.warningCodes} />
      {(result.warningCodes
        ? result.warningCodes.some((w) => w.code === "md_not_converged")
        : result.warnings.some((w) => /R-hat/i.test(w))) && (
        <Alert color="yellow" mt="sm" title={t("analysis.transfer.notConvergedTitle")}>
          {t("analysis.transfer.notConverged")}
        </Alert>
      )}
      <Paper withBorder p="sm" mt="sm" bg="gray.0">
        <Text fw={600} size="sm">
          {t("analysis.howToRead.title")}
        </Text>
        <Text size="sm">{t("analysis.howToRead.rows")}</Text>
        <Text size="sm">{t(md ? "analysis.howToRead.md" : "analysis.howToRead.lphom")}</Text>
        <Text size="sm">{t("analysis.howToRead.caution")}</Text>
      </Paper>
      <WarningList
        warnings={result.warnings}
        coded={result.warningCodes}
        title={t("analysis.transfer.warnings")}
      />
    </>
  );
}
