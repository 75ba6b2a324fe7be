/** Reading CSV output back in tests. */

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index += 1;
      }
    } else {
      const end = text.slice(index).search(/[,\r\n"]/);
      const stop = end === -1 ? text.length : index + end;
      if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
      field = text.slice(index, stop);
      index = stop;
    }
    row.push(field);
    if (text[index] === ',') {
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${index}, found ${JSON.stringify(text.slice(index, index + 5))}`);
    }
  }
  if (row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}
