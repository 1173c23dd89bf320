/**
 * Copy buttons on requirements (components/RequirementItem.astro), shown only when this script runs, each announcing
 * politely what it did: "Kopiera länk" copies the absolute URL of the requirement (the page with #ID); "Kopiera
 * hänvisning" copies the citation (name, version, ID, text) with the requirement's absolute short URL (/k/s07.2/).
 * What they say and the citation's pattern are on the list of requirements (components/StepDetails.astro), once.
 */
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-link], button[data-copy-citation]')];
if (buttons.length > 0) {
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	document.querySelector('main')?.append(status);
	const say = (text: string) => {
		status.textContent = '';
		setTimeout(() => (status.textContent = text), 50);
	};
	// The placeholders are filled here rather than with template.ts: a shared module is one more request on every step page.
	const fill = (pattern: string | undefined, values: Record<string, string>) => (pattern ?? '').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
	/** What a button copies, and the texts of its list. */
	const copyOf = (button: HTMLButtonElement) => {
		const texts = button.closest<HTMLElement>('ol[data-citation]')?.dataset ?? {};
		const id = button.dataset.copyCitation;
		if (!id) {
			const url = new URL(`#${button.dataset.copyLink}`, location.href).href;
			return { text: url, done: texts.linkDone, failed: fill(texts.linkFailed, { url }) };
		}
		const url = new URL(fill(texts.shortUrl, { id: id.toLowerCase() }), location.href).href;
		const text = fill(texts.citation, { id, text: button.closest('li')?.querySelector('.smf-req__body')?.textContent ?? '', url });
		return { text, done: texts.citeDone, failed: fill(texts.citeFailed, { text }) };
	};
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const copy = copyOf(button);
			try {
				await navigator.clipboard.writeText(copy.text);
				for (const b of buttons) delete b.dataset.done;
				button.dataset.done = '';
				say(copy.done ?? '');
			} catch {
				// The message shows what was to be copied.
				say(copy.failed);
			}
		});
	}
}
