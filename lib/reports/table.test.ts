import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./table";

const cells = (rows: (string | number)[][]) => Papa.parse<string[]>(toCsv([{ caption: "Names", columns: ["Value"], rows }])).data.slice(2);

describe("report CSV", () => {
  it("escapes text a spreadsheet would run as a formula", () => {
    const formulas = ["=HYPERLINK(1)", "-2+3", "@SUM(A1)", "+1 555", "-", "-1+cmd", "\t=1", "\r=1", "-0.10\n=2"];
    expect(cells(formulas.map((f) => [f]))).toEqual(formulas.map((f) => [`'${f}`]));
    expect(cells([["Plain"], ["a=b"]])).toEqual([["Plain"], ["a=b"]]);
  });

  it("leaves numbers as numbers, negative ones and percentages included, so a spreadsheet sorts and sums them", () => {
    expect(cells([["-0.10"], ["+0.5"], ["-12%"], [-3], ["42"]])).toEqual([["-0.10"], ["+0.5"], ["-12%"], ["-3"], ["42"]]);
  });
});
