/** Props shared by the *Details components, which render an entry's body on its own page and on /skriv-ut/. */
import type { Model } from '../lib/model/model.ts';

export interface DetailsProps {
	model: Model;
	/** Level of the component's own headings (2 on the entry's page, deeper on /skriv-ut/). */
	level?: number;
	/** Put before the headings' IDs, to keep them unique on a page with many entries. */
	idPrefix?: string;
}
