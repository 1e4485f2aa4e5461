import { describe, expect, it } from "vitest";
import { activeCriteria, criteriaOf, filterFromParams, filterToParams, filterToQuery } from "./filters.ts";

describe("people filters in the URL", () => {
  it("read back what they wrote", () => {
    const f = filterFromParams(
      new URLSearchParams("q=mar&bureaux=0001,0002&age=25-39&sex=F&tags=militant&consent=sms&source=door"),
    );
    expect(f).toEqual({
      q: "mar",
      bureaux: ["0001", "0002"],
      iris: [],
      ageMin: 25,
      ageMax: 39,
      sex: "F",
      tags: ["militant"],
      consent: "sms",
      source: "door",
    });
    expect(filterFromParams(filterToParams(f))).toEqual(f);
    expect(filterToParams(f).get("age")).toBe("25-39");
  });

  it("drop what is not a lawful criterion or not a value of one", () => {
    const f = filterFromParams(
      new URLSearchParams("birthplace=Brest&name=Martin&sex=X&consent=opinions&ageMin=abc"),
    );
    expect(criteriaOf(f)).toEqual({});
    expect(activeCriteria(f)).toBe(0);
  });

  it("send the criteria without the search text, an age band counting once", () => {
    const f = filterFromParams(new URLSearchParams("q=dupont&age=65-79&iris=290190101"));
    expect(criteriaOf(f)).toEqual({ iris: ["290190101"], ageMin: 65, ageMax: 79 });
    expect(activeCriteria(f)).toBe(2);
    expect(criteriaOf(filterFromParams(new URLSearchParams("age=80plus")))).toEqual({ ageMin: 80 });
  });

  it("write the API's query with the age band as ageMin and ageMax", () => {
    const f = filterFromParams(new URLSearchParams("q=%20le%20gall%20&age=25-39&bureaux=0001,0002"));
    expect(filterToQuery(f).toString()).toBe("q=le+gall&bureaux=0001%2C0002&ageMin=25&ageMax=39");
  });
});
