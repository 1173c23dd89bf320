/**
 * The wiring the checklist and the self-assessment share: buttons that name their action in `data-action`, and a file
 * input whose chosen file is read as text (the input is cleared, so the same file can be chosen again).
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
