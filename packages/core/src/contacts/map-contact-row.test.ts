import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openCsv } from "../import/text/open-csv.ts";
import { detectColumnMapping } from "./contact-columns.ts";
import { headerSignature } from "./header-signature.ts";
import { mapContactRow } from "./map-contact-row.ts";
import { isOpinionColumn } from "./opinion-columns.ts";
import { parseBirthYear, splitAddressLine, splitTags } from "./parse-values.ts";

const fixture = fileURLToPath(new URL("./fixtures/nationbuilder-people.csv", import.meta.url));

describe("NationBuilder people export", () => {
  it("maps the standard columns without asking and never the support level", async () => {
    const csv = await openCsv(fixture);
    const mapping = detectColumnMapping(csv.header);
    expect(mapping).toMatchObject({
      nationbuilder_id: "external_id",
      external_id: null,
      first_name: "first_name",
      last_name: "last_name",
      email: "email",
      email_opt_in: "consent_news_email",
      phone_number: "phone",
      mobile_number: "mobile",
      mobile_opt_in: "consent_sms",
      do_not_call: "do_not_call",
      do_not_contact: "do_not_contact",
      primary_address1: "address",
      primary_address2: "complement",
      primary_city: "city",
      primary_zip: "postal_code",
      tag_list: "tags",
      born_at: "birth_date",
      sex: "sex",
      note: "notes",
      support_level: null,
    });
    expect(isOpinionColumn("support_level")).toBe(true);
    expect(isOpinionColumn("Intention de vote")).toBe(true);
    expect(isOpinionColumn("email")).toBe(false);
    csv.close();
  });

  it("reads every row: E.164 phones, address split, tags, opt-ins, birth year only", async () => {
    const csv = await openCsv(fixture);
    const mapping = detectColumnMapping(csv.header);
    const rows = [];
    for await (const r of csv.rows) rows.push(mapContactRow(csv.header, r.fields, mapping, r.line));
    expect(rows).toHaveLength(10);
    expect(rows.flatMap((r) => r.errors)).toEqual([]);
    const [camille, jeanYves, noemie, yann] = rows;
    expect(camille.fields).toMatchObject({
      externalId: "1042",
      firstName: "Camille",
      lastName: "Le Goff",
      email: "camille.legoff@exemple.fr",
      phone: "+33298441230",
      mobile: "+33671234589",
      streetNumber: "12",
      streetLabel: "rue de Siam",
      postalCode: "29200",
      city: "Brest",
      birthYear: 1984,
      sex: "F",
      doNotCall: false,
    });
    expect(camille.line).toBe(2);
    expect(camille.tags).toEqual(["porte-à-porte", "quartier Siam"]);
    expect(camille.consents).toEqual([
      { purpose: "news_email", granted: true, column: "email_opt_in", value: "true" },
      { purpose: "sms", granted: true, column: "mobile_opt_in", value: "true" },
    ]);
    expect(jeanYves.fields).toMatchObject({
      email: "jy.kerherve@exemple.fr",
      streetNumber: "4 bis",
      streetLabel: "place de la Liberté",
      complement: "Bât. B esc. 2",
    });
    expect(noemie.fields.mobile).toBe("+33781223344");
    expect(noemie.fields.doNotCall).toBe(true);
    expect(yann.fields).toMatchObject({ lastName: "L'Hostis", phone: "+33298801122", birthYear: 1949 });
    expect(yann.consents).toEqual([]);
    expect(rows[6].fields.mobile).toBe("+262692123456");
    expect(rows[5].fields.doNotContact).toBe(true);
    expect(rows[7].fields.notes).toBe('Propose de déposer des tracts, "si on passe avant 7h"');
  });

  it("names the line and column of every unreadable cell", () => {
    const header = ["Prénom", "Nom", "Courriel", "Portable", "Newsletter", "Date de naissance"];
    const mapping = detectColumnMapping(header);
    const row = mapContactRow(header, ["Anne", "Martin", "anne@", "06 12", "peut-être", "hier"], mapping, 7);
    expect(row.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      "7:Courriel",
      "7:Portable",
      "7:Newsletter",
      "7:Date de naissance",
    ]);
    const empty = mapContactRow(header, ["", "", "", "", "oui", ""], mapping, 8);
    expect(empty.errors).toEqual([{ line: 8, message: expect.stringContaining("ni nom") }]);
  });

  it("gives the same signature to the same header whatever its case and accents", () => {
    expect(headerSignature(["Prénom", "Nom"])).toBe(headerSignature(["prenom", "NOM"]));
    expect(headerSignature(["Prénom", "Nom"])).not.toBe(headerSignature(["Nom", "Prénom"]));
  });
});

describe("cell parsers", () => {
  it("splits address lines, tags and birth years", () => {
    expect(splitAddressLine("12 bis rue des Lilas")).toEqual({ number: "12 bis", street: "rue des Lilas" });
    expect(splitAddressLine("12B, avenue Foch")).toEqual({ number: "12b", street: "avenue Foch" });
    expect(splitAddressLine("Lieu-dit Kerbriant")).toEqual({ number: null, street: "Lieu-dit Kerbriant" });
    expect(splitTags("a, b;b | c")).toEqual(["a", "b", "c"]);
    expect(parseBirthYear("03/14/1975 00:00")).toBe(1975);
    expect(parseBirthYear("1850")).toBeUndefined();
    expect(parseBirthYear("")).toBeNull();
  });
});
