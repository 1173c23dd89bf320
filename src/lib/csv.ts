/** CSV text as RFC 4180 describes it, for the open data (krav.csv) and the checklist export. */

/** One field, quoted (with inner quotes doubled) when it holds a comma, a quote, a CR or an LF. */
export function csvField(value: string | number | boolean): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV: CRLF line ends, and a UTF-8 byte order mark first so that Excel reads å, ä and ö. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
