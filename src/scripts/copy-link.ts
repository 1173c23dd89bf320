/**
 * Copy-link buttons on requirements (components/RequirementItem.astro): shown only when this script runs; a click
 * copies the absolute URL of the requirement (the page with #ID) and announces it politely.
 */
import { fill } from '../lib/template.ts';

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')];
if (buttons.length > 0) {
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	document.querySelector('main')?.append(status);
	const say = (text: string) => {
		status.textContent = '';
		setTimeout(() => (status.textContent = text), 50);
	};
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const url = new URL(`#${button.dataset.copyLink}`, location.href).href;
			try {
				await navigator.clipboard.writeText(url);
				for (const b of buttons) delete b.dataset.done;
				button.dataset.done = '';
				say(button.dataset.copied ?? '');
			} catch {
				say(fill(button.dataset.failed ?? '', { url }));
			}
		});
	}
}
