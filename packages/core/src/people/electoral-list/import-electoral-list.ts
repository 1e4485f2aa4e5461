import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { electoralLists, electors } from "../../db/schema/index.ts";
import type { ImportSummary } from "../../import/summary.ts";
import type { CsvSource } from "../../import/text/open-csv.ts";
import { type FileRef, fileTransaction } from "../../import/write/file-transaction.ts";
import { geocodeElectors } from "../address/geocode-electors.ts";
import type { ListLayout } from "./list-columns.ts";
import { type ListRequestInput, latestListRequest, recordListRequest } from "./list-request.ts";
import { matchElectors } from "./match-electors.ts";
import { mergeListRows } from "./merge-list-rows.ts";
import { readListRows } from "./read-list-rows.ts";
import { deleteElectors, upsertElectors } from "./write-electors.ts";

/**
 * Imports an electoral list (REU export or 2013 layout) into the campaign, in one
 * transaction: refused unless the campaign recorded its L.37 request (or `request` is given
 * and recorded now); rows minimised and merged into persons; persons matched to the stored
 * electors by identity (a newer list updates them, reports arrivals, departures and moves,
 * never duplicates); then every elector is geocoded and filed into buildings and doors.
 */
export async function importElectoralList(
  db: Db,
  campaign: Campaign,
  file: FileRef,
  layout: ListLayout,
  source: CsvSource,
  request: ListRequestInput | undefined,
  onRows?: (rows: number) => void,
): Promise<ImportSummary> {
  return fileTransaction(db, campaign, file, "electoral-list", async (tx, summary, issues) => {
    summary.format = layout;
    const requestId = request
      ? await recordListRequest(tx, campaign.id, request)
      : await latestListRequest(tx, campaign.id);
    if (requestId === null) {
      source.close();
      issues.error(1, 1, "electoral_list_needs_request");
      return;
    }
    const { rows, outside } = await readListRows(source, campaign.territory, issues, onRows);
    summary.skippedOutsideTerritory = outside;
    if (issues.errorCount > 0) return;
    if (rows.length === 0) {
      issues.error(1, 1, "no_elector_in_territory", { territory: campaign.territory });
      return;
    }
    const persons = mergeListRows(rows, issues);
    const stored = await tx
      .select({
        id: electors.id,
        bureauCode: electors.bureauCode,
        orderNumber: electors.orderNumber,
        birthName: electors.birthName,
        firstNames: electors.firstNames,
        birthYear: electors.birthYear,
        birthMonth: electors.birthMonth,
        birthDay: electors.birthDay,
        streetNumber: electors.streetNumber,
        streetLabel: electors.streetLabel,
        lieuDit: electors.lieuDit,
      })
      .from(electors)
      .where(eq(electors.campaignId, campaign.id));
    // A list covers its communes: electors of the campaign's other communes are not departures
    // (those without a bureau are taken as the list's).
    const communes = new Set(persons.map((p) => p.bureauCode?.slice(0, 5)));
    const match = matchElectors(
      stored.filter((e) => e.bureauCode === null || communes.has(e.bureauCode.slice(0, 5))),
      persons,
    );
    const listId = randomUUID();
    await tx.insert(electoralLists).values({
      id: listId,
      campaignId: campaign.id,
      requestId,
      fileName: file.name,
      fileHash: file.hash,
      layout,
      rows: rows.length,
      electors: persons.length,
      electionDate: campaign.electionDate,
    });
    const located = await geocodeElectors(tx, campaign.id, persons);
    await upsertElectors(tx, campaign.id, listId, persons, match.ids, located);
    await deleteElectors(tx, match.departures);
    const geocoding = located.report;
    summary.bureaux = new Set(persons.map((p) => p.bureauCode).filter((b) => b !== null)).size;
    summary.electoralList = {
      rows: rows.length,
      electors: persons.length,
      europeanOnly: persons.filter((p) => !p.municipalVoter).length,
      arrivals: stored.length === 0 ? persons.length : match.arrivals,
      departures: match.departures.length,
      moves: match.moves,
      geocoding,
    };
  });
}
