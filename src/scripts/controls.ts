/**
 * The wiring the checklist and the self-assessment share: buttons that name their action in `data-action`, a file
 * input whose chosen file is read as text (the input is cleared, so the same file can be chosen again), and a download
 * of text the page made.
 */

/** Runs `actions[name]` when a button with `data-action="name"` inside `root` is clicked. */
export function onActions(root: HTMLElement, actions: Record<string, (() => void) | undefined>): void {
	root.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action;
		if (action) actions[action]?.();
	});
}

/** Calls `read` with the text and name of each file chosen in `input`. */
export function onFileChosen(input: HTMLInputElement, read: (text: string, name: string) => unknown): void {
	input.addEventListener('change', async () => {
		const chosen = input.files?.[0];
		input.value = '';
		if (chosen) await read(await chosen.text(), chosen.name);
	});
}

/** Offers `content` as a file named `name` (made in the browser; nothing is sent anywhere). */
export function download(name: string, type: string, content: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([content], { type }));
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
