/**
 * CSV text as RFC 4180 describes it, for the open data (krav.csv), the checklist and the self-assessment exports.
 * Swedish Excel expects a semicolon between fields (the comma is the decimal sign there), so the separator is a choice.
 */

/** The field separator: "," (RFC 4180, most tools) or ";" (Excel with Swedish regional settings). */
export type CsvSeparator = ',' | ';';

/**
 * A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a CR) gets a leading
 * apostrophe, as OWASP advises against CSV injection: Excel shows the text and runs nothing.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, formula-safe, quoted (with inner quotes doubled) when it holds the separator, a quote, a CR or an LF. */
export function csvField(value: string | number | boolean, separator: CsvSeparator = ','): string {
	const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
	return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV: CRLF line ends, and a UTF-8 byte order mark first so that Excel reads å, ä and ö. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[], separator: CsvSeparator = ','): string {
	return '\uFEFF' + rows.map((row) => row.map((v) => csvField(v, separator)).join(separator)).join('\r\n') + '\r\n';
}
