import { createHash } from "node:crypto";
import { foldText } from "./fold-text.ts";

/**
 * The signature of a file's header (its folded column names in order, hashed): files
 * exported by the same tool share it, so the mapping chosen once is offered again.
 */
export function headerSignature(header: readonly string[]): string {
  const folded = header.map((name) => foldText(name)).join("\u0001");
  return createHash("sha256").update(folded).digest("hex").slice(0, 32);
}
