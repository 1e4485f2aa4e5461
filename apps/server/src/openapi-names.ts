import { z } from "zod";

/**
 * The schemas named in the OpenAPI document's components: the web's generated types
 * (apps/web/src/api/schema.d.ts) refer to them as components["schemas"]["Name"]. Each also
 * appears as "NameInput", its shape on the way in (defaults optional).
 */
export const apiSchemas = z.registry<{ id?: string; [key: string]: unknown }>();

/** Names a response or request schema in the OpenAPI document. */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}
