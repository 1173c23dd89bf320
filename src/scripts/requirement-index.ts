/**
 * Client side of the requirement index (/krav/): filters the list as the reader changes the form, keeps the filter in
 * the URL (history.replaceState) so a filtered view can be shared, and announces the count. The form is hidden until
 * this script shows it; without it the page shows every requirement and says that filtering needs JavaScript.
 */
import { filterParams, filterQuery, matches, normalise, parseFilter, type Facets } from '../lib/model/requirement-filter.ts';

const form = document.querySelector<HTMLFormElement>('form[data-requirement-filter]');
const status = document.querySelector<HTMLElement>('[data-requirement-count]');
if (form && status) {
	const items = [...document.querySelectorAll<HTMLElement>('[data-requirement]')].map((el) => {
		const words = (name: string) => (el.dataset[name] ?? '').split(' ').filter(Boolean);
		const facets: Facets = { level: el.dataset.niva ?? '', phase: el.dataset.fas ?? '', roles: words('roll'), areas: words('omrade'), text: normalise(el.textContent ?? '') };
		return { el, facets };
	});
	const read = () => parseFilter(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());

	const apply = () => {
		const filter = read();
		let shown = 0;
		for (const { el, facets } of items) {
			const match = matches(facets, filter);
			el.hidden = !match;
			if (match) shown++;
		}
		// The page fills in the total; the one placeholder left is how many are shown (no shared module for it: one
		// request fewer on the pages that share lib/site/template.ts).
		status.textContent = (status.dataset[shown === items.length ? 'all' : shown === 0 ? 'none' : 'some'] ?? '').replace('{{shown}}', String(shown));
		history.replaceState(history.state, '', location.pathname + filterQuery(filter) + location.hash);
	};

	// Put the filter from the URL into the form; values the form does not offer fall away when it is read back.
	const initial = parseFilter(location.search);
	for (const [key, param] of Object.entries(filterParams)) {
		const control = form.elements.namedItem(param);
		if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = initial[key as keyof typeof initial] ?? '';
	}
	form.addEventListener('input', apply);
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	form.querySelector<HTMLElement>('[data-submit]')?.setAttribute('hidden', '');
	form.hidden = false;
	apply();
}
