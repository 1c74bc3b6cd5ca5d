import { expect, it } from "vitest";
import { parseFlags, parseRatings } from "./scorecards";
it("reads stored ratings and flags defensively: unknown attributes, out-of-range or non-integer ratings and malformed JSON are dropped", () => {
  expect(parseRatings('{"system_design":3,"x":2,"leadership":5,"ownership":2.5,"communication":"3"}')).toEqual({ system_design: 3 });
  expect(parseRatings("nope")).toEqual({});
  expect(parseRatings("[1]")).toEqual({});
  expect(parseFlags('["a",1,"b"]')).toEqual(["a", "b"]);
  expect(parseFlags("{}")).toEqual([]);
});
