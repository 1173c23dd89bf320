/** Walks every string in parsed YAML data, with the field path an editor reads: `requirements[S07.2].text`, `items[03].text`. */
export function walkStrings(data: unknown, visit: (path: string, value: string) => void, path = ''): void {
	if (typeof data === 'string') visit(path || '(file)', data);
	else if (Array.isArray(data)) {
		data.forEach((item, i) => {
			const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(i);
			walkStrings(item, visit, `${path}[${id}]`);
		});
	} else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) walkStrings(value, visit, path ? `${path}.${key}` : key);
	}
}
