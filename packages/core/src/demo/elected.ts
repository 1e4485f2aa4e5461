import type { ElectionSpec } from "./elections.ts";
import type { Counts } from "./tally.ts";

/** Council seats of a commune of 50,000 to 59,999 inhabitants (CGCT L2121-2). */
export const COUNCIL_SEATS = 49;

/**
 * Who is elected, commune-wide, as the results files repeat it on every bureau row:
 * legislative round 1 needs over half the votes cast and a quarter of the registered,
 * round 2 a plurality; municipal seats (round 2, or round 1 with a majority) go half to the
 * leading list, rounded up, the rest by highest average among lists with 5 % of the votes
 * cast, the leading list included (Code électoral L262). Presidential files carry no flag.
 */
export function electedOf(spec: ElectionSpec, total: Counts): (string | number)[] {
  const n = spec.candidates.length;
  const none = new Array<string | number>(n).fill("");
  if (spec.kind === "pres") return none;
  const leader = total.voix.indexOf(Math.max(...total.voix));
  const majority = total.voix[leader] * 2 > total.exprimes && total.voix[leader] * 4 >= total.inscrits;
  if (spec.kind === "leg") {
    if (spec.round === 2 || majority) none[leader] = "élu";
    return none;
  }
  const seats = new Array<number>(n).fill(0);
  if (spec.round === 1 && !majority) return seats;
  const bonus = Math.ceil(COUNCIL_SEATS / 2);
  seats[leader] = bonus;
  const eligible = total.voix.map((v) => v * 20 >= total.exprimes);
  for (let s = 0; s < COUNCIL_SEATS - bonus; s++) {
    let best = -1;
    let bestAvg = -1;
    for (let k = 0; k < n; k++) {
      if (!eligible[k]) continue;
      const proportional = seats[k] - (k === leader ? bonus : 0);
      const avg = total.voix[k] / (proportional + 1);
      if (avg > bestAvg) {
        bestAvg = avg;
        best = k;
      }
    }
    seats[best]++;
  }
  return seats;
}
