/**
 * Copy buttons on requirements (components/RequirementItem.astro), shown only when this script runs, each announcing
 * politely what it did: "Kopiera länk" copies the absolute URL of the requirement (the page with #ID); "Kopiera
 * hänvisning" copies the citation (name, version, ID, text) with the requirement's absolute short URL (/k/s07.2/).
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
	/** What a button copies. */
	const textOf = (button: HTMLButtonElement) =>
		button.dataset.copyCitation
			? // The citation's one placeholder, filled here rather than with template.ts: a shared module is one more request on every step page.
				(button.dataset.citation ?? '').replace('{{url}}', new URL(button.dataset.shortUrl ?? '', location.href).href)
			: new URL(`#${button.dataset.copyLink}`, location.href).href;
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const text = textOf(button);
			try {
				await navigator.clipboard.writeText(text);
				for (const b of buttons) delete b.dataset.done;
				button.dataset.done = '';
				say(button.dataset.copied ?? '');
			} catch {
				// The message shows what was to be copied: its one placeholder is {{url}} (a link) or {{text}} (a citation).
				say((button.dataset.failed ?? '').replace(/\{\{(url|text)\}\}/, () => text));
			}
		});
	}
}
