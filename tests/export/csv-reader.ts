/**
 * A small, strict RFC 4180 reader for the tests: CRLF record ends, quoted fields with doubled
 * quotes; throws on a bare quote inside an unquoted field or an unterminated quote.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = "";
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error("Unterminated quoted field");
        const character = text[index];
        if (character === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += character;
        index += 1;
      }
    } else {
      while (index < text.length && text[index] !== "," && text[index] !== "\r") {
        if (text[index] === '"' || text[index] === "\n") throw new Error(`Bare ${JSON.stringify(text[index])} in unquoted field at ${index}`);
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (text[index] === ",") {
      index += 1;
    } else if (text.startsWith("\r\n", index)) {
      records.push(record);
      record = [];
      index += 2;
    } else if (index < text.length) {
      throw new Error(`Unexpected ${JSON.stringify(text[index])} after field at ${index}`);
    }
  }
  if (record.length > 0) records.push(record);
  return records;
}

export function csvRowsAsObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("No header row");
  return rows.map((row) => {
    if (row.length !== header.length) throw new Error(`Row has ${row.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, row[column] ?? ""]));
  });
}
