import Papa from "papaparse";

// Every report's figures as one or more tables: the page shows them beside the chart, and the CSV
// download is the same rows, so the two cannot disagree.

export type Cell = string | number;
export type ReportTable = {
  caption: string;
  columns: string[];
  rows: Cell[][];
  /** Rows drawn from too few cases to read (shown greyed, and marked in the CSV's last column). */
  small?: boolean[];
};

/** Text a spreadsheet would run as a formula; a plain number ("-0.10", "+5%") is not one. */
const FORMULA = /^(?![-+]?\d+(?:\.\d+)?%?$)[=+\-@\t\r]/;

/**
 * The tables as one CSV file (papaparse): each table after a line with its caption, a blank line
 * between tables. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or
 * a carriage return) is escaped with a leading apostrophe (papaparse's escapeFormulae), so no name
 * becomes one; a plain number written as text ("-0.10", a difference of means) stays a number.
 */
export function toCsv(tables: ReportTable[]): string {
  return tables
    .map((t) => {
      const fields = t.small ? [...t.columns, "Fewer than 5"] : t.columns;
      const data = t.small ? t.rows.map((row, i) => [...row, t.small![i] ? "yes" : ""]) : t.rows;
      return [Papa.unparse([[t.caption]]), Papa.unparse({ fields, data }, { escapeFormulae: FORMULA, newline: "\r\n" })].join("\r\n");
    })
    .join("\r\n\r\n");
}
