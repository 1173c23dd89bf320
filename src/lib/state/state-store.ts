/**
 * Reader state in localStorage that never loses work, shared by the self-assessment (and meant for the checklists):
 * - items merge one by one, the later change (its `at` stamp) winning, so two tabs never overwrite each other;
 * - a change in another tab arrives through the `storage` event and is merged in;
 * - stored text that fails its schema is never overwritten without a copy: it is kept under `<key>:ej-last` for the
 *   reader to download as it is.
 */

/** An item stamped with the time (ISO 8601) it was last changed. */
export interface Stamped {
	at: string;
}

/** Merges two item maps: every item of either, the later one where both have it. */
export function mergeItems<T extends Stamped>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> {
	const out: Record<string, T> = { ...a };
	for (const [id, item] of Object.entries(b)) if (!out[id] || out[id].at < item.at) out[id] = item;
	return out;
}

/** Where a copy of unreadable stored state is kept. */
export const unreadableKey = (key: string): string => `${key}:ej-last`;

export interface Store<S> {
	/** The state as loaded (merged with storage on every save). */
	state: S;
	/** The stored text that failed its schema, if any (also kept under unreadableKey). */
	unreadable?: string;
	/** Merges the state with what is stored now and writes the result; false when the browser refuses to store. */
	save(state: S): boolean;
}

export interface StoreOptions<S> {
	key: string;
	/** The state from stored text, or undefined when it fails its schema. */
	parse(text: string): S | undefined;
	/** Merges what is stored (a) with this tab's state (b). */
	merge(a: S, b: S): S;
	serialise(state: S): string;
	/** A fresh state, when nothing (readable) is stored. */
	empty(): S;
	/** Called with the merged state when another tab saved. */
	onExternal(state: S): void;
	storage?: Storage;
}

export function openStore<S>(o: StoreOptions<S>): Store<S> {
	const storage = o.storage ?? localStorage;
	const read = (): { state?: S; raw?: string } => {
		let raw: string | null = null;
		try {
			raw = storage.getItem(o.key);
		} catch {}
		return raw === null ? {} : { state: o.parse(raw), raw };
	};
	const first = read();
	const store: Store<S> = {
		state: first.state ?? o.empty(),
		save(state) {
			const now = read();
			store.state = now.state ? o.merge(now.state, state) : state;
			try {
				storage.setItem(o.key, o.serialise(store.state));
				return true;
			} catch {
				return false;
			}
		},
	};
	if (first.raw !== undefined && !first.state) {
		store.unreadable = first.raw;
		try {
			storage.setItem(unreadableKey(o.key), first.raw);
		} catch {}
	}
	if (typeof window !== 'undefined') {
		window.addEventListener('storage', (event) => {
			if (event.key !== o.key || event.newValue === null) return;
			const theirs = o.parse(event.newValue);
			if (!theirs) return;
			store.state = o.merge(store.state, theirs);
			o.onExternal(store.state);
		});
	}
	return store;
}
