import { describe, expect, it } from 'vitest';
import { fixSearchButtonName } from '../../../src/lib/search-button.ts';

const starlight =
	'<button data-open-modal disabled aria-label="Sök" aria-keyshortcuts="Control+K"><svg aria-hidden="true"></svg><span aria-hidden="true">Sök</span><kbd style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Sök"><button data-close-modal>Avbryt</button></dialog>';

describe('fixSearchButtonName', () => {
	it('names the search button with its visible text, and keeps that text apart word by word', () => {
		const fixed = fixSearchButtonName(starlight);
		expect(fixed).toContain('aria-label="Sök Ctrl K"');
		expect(fixed).toContain('Sök</span> <kbd style="display: none;"><kbd>Ctrl</kbd> <kbd>K</kbd></kbd></button>');
		expect(fixed).toContain('<dialog aria-label="Sök"><button data-close-modal>Avbryt</button>');
		expect(fixSearchButtonName(fixed)).toBe(fixed);
	});
});
