import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as fr from "@zxcvbn-ts/language-fr";
import { AppError } from "../errors.ts";

/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" (about 10^8 guesses). */
export const minPasswordScore = 3;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries (common passwords, French words, names) take ~0.3 s.
const zxcvbn = () => {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
};

/**
 * Refuses a password that is common, a repetition, a sequence, a keyboard pattern or built
 * from the account's own e-mail or name (zxcvbn with the common and French dictionaries).
 * `field` names the input in the French message, e.g. "password" or "newPassword".
 */
export function checkPasswordStrength(password: string, userInputs: string[] = [], field = "password"): void {
  if (password.length > 128) throw new AppError("bad_request", `${field}: 128 caractères au plus.`);
  const whole = userInputs.map((s) => s.toLowerCase());
  const inputs = [...whole, ...whole.flatMap((s) => s.split(/[@.\s_-]+/))].filter((s) => s.length > 2);
  const result = zxcvbn().check(password, inputs);
  if (result.score < minPasswordScore) {
    throw new AppError(
      "bad_request",
      `${field}: mot de passe trop facile à deviner (mot courant, suite, répétition ou tiré du nom) : ` +
        "choisissez une phrase de plusieurs mots ou un mot de passe plus long.",
    );
  }
}
