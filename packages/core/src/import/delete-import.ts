import { and, eq, isNull, ne, notExists, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs, bureauResults, bureaux, elections, importedFiles } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

/** What removing an imported file took away. */
export interface ImportDeletion {
  /** The files whose records went (a long pair or a split layout is one import). */
  files: string[];
  electionId: string | null;
  /** Bureaux left by no remaining election: brought by a removed one, without contour or result. */
  bureaux: number;
  /** Stored analyses that read this election, deleted with it. */
  analyses: number;
}

/** Why a file of this kind cannot be taken out alone (its rows are merged with others'). */
function notSeparable(kind: string): string {
  if (kind.endsWith("contours"))
    return "ses contours ont été fusionnés dans les bureaux ou IRIS de la campagne, que d'autres fichiers décrivent aussi";
  if (kind.endsWith("addresses"))
    return "ses adresses ont servi à calculer les poids IRIS → bureau de la campagne";
  if (kind.startsWith("iris"))
    return "ses variables INSEE ont rejoint celles des autres tableaux IRIS de la campagne";
  return "ce qu'il a écrit ne se distingue pas des autres données de la campagne";
}

/**
 * Removes an imported file, identified by its content hash, with what it wrote when that is
 * separable: a results file is one election (its results, votes and lists, the bureaux no
 * remaining election or contour describes, the stored analyses that read it, and the
 * records of the files imported with it). Contours, IRIS tables and addresses are merged into the campaign's shared
 * tables: refused (conflict) with the reason; a corrected file replaces them instead.
 */
export async function deleteImport(db: Db, campaignId: string, contentHash: string): Promise<ImportDeletion> {
  return db.transaction(async (tx) => {
    const [file] = await tx
      .select()
      .from(importedFiles)
      .where(and(eq(importedFiles.campaignId, campaignId), eq(importedFiles.contentHash, contentHash)));
    if (!file) throw new AppError("not_found", "Fichier importé introuvable.");
    if (file.kind !== "results" || !file.electionId) {
      const why = notSeparable(file.kind);
      throw new AppError(
        "conflict",
        `${file.fileName} ne peut pas être retiré seul : ${why}. Importez un fichier corrigé (il remplace ` +
          "ces données) ou supprimez la campagne.",
      );
    }
    const electionId = file.electionId;
    const ofElection = and(
      eq(importedFiles.campaignId, campaignId),
      eq(importedFiles.electionId, electionId),
    );
    const files = await tx
      .delete(importedFiles)
      .where(ofElection)
      .returning({ name: importedFiles.fileName });
    await tx.delete(elections).where(and(eq(elections.campaignId, campaignId), eq(elections.id, electionId)));
    const gone = await tx
      .delete(bureaux)
      .where(
        and(
          eq(bureaux.campaignId, campaignId),
          ne(bureaux.origin, "contours"),
          isNull(bureaux.geometry),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(elections)
              .where(and(eq(elections.campaignId, campaignId), eq(elections.id, bureaux.origin))),
          ),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(bureauResults)
              .where(
                and(eq(bureauResults.campaignId, campaignId), eq(bureauResults.bureauCode, bureaux.code)),
              ),
          ),
        ),
      )
      .returning({ code: bureaux.code });
    const analyses = await tx
      .delete(analysisJobs)
      .where(
        and(
          eq(analysisJobs.campaignId, campaignId),
          sql`${analysisJobs.inputs}::text like ${`%"${electionId}"%`}`,
        ),
      )
      .returning({ id: analysisJobs.id });
    return {
      files: files.map((f) => f.name).sort(),
      electionId,
      bureaux: gone.length,
      analyses: analyses.length,
    };
  });
}
