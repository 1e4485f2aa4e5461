import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi-document.ts";

interface Doc {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}

describe("OpenAPI document (source of the web's generated API types)", () => {
  it("is built from the real routes without a database, with named shapes referenced by $ref", async () => {
    const doc = (await buildOpenApiDocument()) as unknown as Doc;
    expect(Object.keys(doc.paths)).toContain("/api/campaigns/{campaignId}/analyses/{jobId}");
    for (const name of [
      "Me",
      "CampaignStatus",
      "AnalysisJob",
      "BureauxMap",
      "ImportSummary",
      "ImportEvent",
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    const me = doc.paths["/api/me"].get.responses?.["200"].content?.["application/json"];
    expect(me).toEqual({ schema: { $ref: "#/components/schemas/Me" } });
    // Every reference resolves to a component.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });

  it("is the same twice (the committed file can be compared with a fresh one)", async () => {
    expect(JSON.stringify(await buildOpenApiDocument())).toBe(JSON.stringify(await buildOpenApiDocument()));
  });
});
