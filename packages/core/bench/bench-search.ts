/**
 * `npm run bench:search [-- --persons N]`: search as you type over a 100,000-person list
 * (90 % electors, 10 % contacts, French names with accents, a realistic spread where a few
 * names are very common), on PGlite and, when TERRAIN_BENCH_DATABASE_URL names a
 * PostgreSQL server, on a fresh database there. Each query is what a user types, letter
 * by letter: a surname's prefixes, "first name + surname prefix", a street. Prints the p50,
 * p95 and max per database against the 100 ms p95 threshold; exits 1 when it is missed.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { findOrCreateCampaign } from "../src/campaigns/find-or-create-campaign.ts";
import { contactKeys } from "../src/contacts/contact-keys.ts";
import { searchPeople } from "../src/contacts/search-people.ts";
import { createDb } from "../src/db/create-db.ts";
import type { DbHandle } from "../src/db/db-type.ts";
import { contacts, electoralListRequests, electoralLists, electors } from "../src/db/schema/index.ts";

const SURNAMES = (
  "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefèvre Leroy Roux David " +
  "Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Müller Lefèbvre Faure André Mercier " +
  "Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry " +
  "Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard " +
  "Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martínez Gérard Roche Renard Schmitt Roy Leroux Colin " +
  "Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey " +
  "Le Goff Le Gall Kerhervé Quéré Prigent Tanguy Morvan Le Bihan L'Hostis Abgrall Caradec Le Roux Guivarc'h Jézéquel " +
  "Le Berre Cloarec Kerjean Le Floc'h Pétillon Gourmelon Œillet Hénaff Le Coz Nédélec Bénard Ménard Séguin Lebœuf"
)
  .split(" ")
  .reduce<string[]>((acc, w, i, all) => {
    // Re-join the particles ("Le Goff", "L'Hostis").
    if (i > 0 && ["Le", "L'"].includes(all[i - 1])) return acc;
    acc.push(["Le", "L'"].includes(w) ? `${w} ${all[i + 1]}` : w);
    return acc;
  }, []);
const FIRST = (
  "Jean Marie Pierre Michel André Philippe Louis Alain Jacques Bernard Nathalie Isabelle Sylvie Catherine Martine " +
  "Christine Françoise Valérie Sandrine Stéphanie Hélène Élodie Noémie Maëlle Gaëlle Loïc Yann Gwenaël Soizic Rozenn " +
  "Camille Léa Chloé Inès Zoé Anaïs Jérôme Frédéric Sébastien Cédric Benoît François Jean-Yves Marie-Thérèse Éric Anne"
).split(" ");
const STREETS = [
  "Rue de Siam",
  "Rue Jean Jaurès",
  "Boulevard Clemenceau",
  "Place de la Liberté",
  "Rue Bugeaud",
  "Rue de Paris",
  "Impasse des Ajoncs",
  "Allée Verte",
  "Rue Kéréon",
  "Avenue Foch",
  "Rue de l'Église",
  "Chemin du Moulin",
  "Rue Émile Zola",
  "Rue Victor Hugo",
  "Rue du Château",
  "Quai de la Douane",
  "Rue Frédéric Le Guyader",
];

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
/** Zipf-like pick: the first items of a list are much more frequent than the last. */
const pick = <T>(list: readonly T[]) => list[Math.floor(list.length * rand() ** 2.2)];

async function fill(handle: DbHandle, persons: number): Promise<string> {
  const { db } = handle;
  const campaignId = (await findOrCreateCampaign(db, { territory: "29019" })).id;
  const requestId = randomUUID();
  const listId = randomUUID();
  const electorCount = Math.round(persons * 0.9);
  await db.insert(electoralListRequests).values({
    id: requestId,
    campaignId,
    authority: "mairie",
    requestedOn: "2026-01-05",
    requester: "bench",
  });
  await db.insert(electoralLists).values({
    id: listId,
    campaignId,
    requestId,
    fileName: "bench.csv",
    fileHash: "bench",
    layout: "reu",
    rows: electorCount,
    electors: electorCount,
  });
  for (let i = 0; i < electorCount; i += 2000) {
    const rows = Array.from({ length: Math.min(2000, electorCount - i) }, (_, k) => {
      const used = rand() < 0.3 ? pick(SURNAMES) : null;
      return {
        id: randomUUID(),
        campaignId,
        listId,
        lists: ["principale"],
        orderNumber: i + k + 1,
        bureauCode: String(1 + Math.floor(rand() * 60)).padStart(4, "0"),
        birthName: pick(SURNAMES).toUpperCase(),
        usedName: used?.toUpperCase() ?? null,
        firstNames: `${pick(FIRST)} ${pick(FIRST)}`,
        birthYear: 1930 + Math.floor(rand() * 78),
        streetNumber: String(1 + Math.floor(rand() * 200)),
        streetLabel: pick(STREETS).toUpperCase(),
        postalCode: "29200",
        city: "BREST",
      };
    });
    await db.insert(electors).values(rows);
  }
  // Contacts in bulk, with the keys createContact computes (this measures search, not writes).
  const contactCount = persons - electorCount;
  for (let i = 0; i < contactCount; i += 2000) {
    const rows = Array.from({ length: Math.min(2000, contactCount - i) }, (_, k) => {
      const f = {
        firstName: pick(FIRST),
        lastName: pick(SURNAMES),
        streetNumber: String((i + k) % 150),
        streetLabel: pick(STREETS),
        postalCode: "29200",
      };
      return { id: randomUUID(), campaignId, ...f, city: "Brest", ...contactKeys(f) };
    });
    await db.insert(contacts).values(rows);
  }
  await db.execute(sql`analyze`);
  return campaignId;
}

/** What users type: every prefix of a surname, then a first name with a surname prefix, a street. */
function queries(count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const surname = pick(SURNAMES);
    for (let n = 1; n <= surname.length && out.length < count; n++) out.push(surname.slice(0, n));
    out.push(`${pick(FIRST)} ${surname.slice(0, 3)}`.toLowerCase());
    out.push(pick(STREETS).slice(0, 10));
  }
  return out.slice(0, count);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function measure(label: string, handle: DbHandle, persons: number): Promise<boolean> {
  const started = performance.now();
  const campaignId = await fill(handle, persons);
  const fillSeconds = (performance.now() - started) / 1000;
  const list = queries(400);
  for (const q of list.slice(0, 20)) await searchPeople(handle.db, { campaignId, q });
  const times: number[] = [];
  let hits = 0;
  for (const q of list) {
    const t0 = performance.now();
    hits += (await searchPeople(handle.db, { campaignId, q })).length;
    times.push(performance.now() - t0);
  }
  const slow = list
    .map((q, i) => ({ q, ms: times[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 0.95);
  console.log(
    `${label}: ${persons} persons (filled in ${fillSeconds.toFixed(1)} s), ${list.length} queries, ` +
      `${(hits / list.length).toFixed(1)} hits each: p50 ${percentile(times, 0.5).toFixed(1)} ms, ` +
      `p95 ${p95.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms — ${p95 < 100 ? "OK" : "ÉCHEC"} (p95 < 100 ms)`,
  );
  console.log(`  slowest: ${slow.map((s) => `"${s.q}" ${s.ms.toFixed(1)} ms`).join(", ")}`);
  return p95 < 100;
}

const arg = process.argv.indexOf("--persons");
const persons = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
let ok = true;
const pglite = await createDb({ memory: true });
ok = (await measure("PGlite", pglite, persons)) && ok;
await pglite.close();
const url = process.env.TERRAIN_BENCH_DATABASE_URL;
if (url) {
  const name = `terrain_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const pg = await createDb({ databaseUrl: u.toString() });
  try {
    ok = (await measure("PostgreSQL", pg, persons)) && ok;
  } finally {
    await pg.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else console.log("PostgreSQL: skipped (set TERRAIN_BENCH_DATABASE_URL)");
process.exit(ok ? 0 : 1);
