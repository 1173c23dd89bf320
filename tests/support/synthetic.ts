/**
 * A synthetic Model the size of the full standard (7 phases, 10 roles, 25 steps with 2–5 requirements each), built
 * in code, so the derived views and layouts can be tested at full scale before the real content is merged.
 */
import { buildModel, type Model } from '../../src/lib/model/model.ts';
import type { Lang } from '../../src/schemas/common.ts';
import type { Step } from '../../src/schemas/step.ts';

const phases = ['organisering', 'rekrytering', 'forberedelse', 'lan', 'start', 'utvardering', 'uppfoljning'];
const roles: [string, 'bank' | 'entreprenor' | 'offentlig-aktor' | 'social-organisation' | 'stodfunktion', string][] = [
	['bank', 'bank', 'Banken'],
	['entreprenor', 'entreprenor', 'Entreprenören'],
	['offentlig-aktor', 'offentlig-aktor', 'Den offentliga aktören'],
	['social-organisation', 'social-organisation', 'Den sociala organisationen eller utbildningsanordnaren'],
	['mikrolansteam', 'stodfunktion', 'Mikrolånsteamet'],
	['utvecklingsfunktion', 'stodfunktion', 'Utvecklingsfunktionen'],
	['juridiskt-stod', 'stodfunktion', 'Juridiskt stöd'],
	['mentor', 'stodfunktion', 'Mentorn'],
	['mikrofond', 'stodfunktion', 'Mikrofonden'],
	['granskare', 'stodfunktion', 'Granskaren'],
];
/** id, phase index, owner, participants, title (the shape of the content outline). */
const steps: [number, number, string, string[], string][] = [
	[1, 0, 'offentlig-aktor', ['bank', 'social-organisation', 'utvecklingsfunktion'], 'Ledningens stöd och partnerskapet'],
	[2, 0, 'offentlig-aktor', ['utvecklingsfunktion', 'juridiskt-stod', 'mikrolansteam'], 'Mikrolånsteamet och utvecklingsfunktionen'],
	[3, 0, 'utvecklingsfunktion', ['offentlig-aktor', 'mikrolansteam'], 'Intern information'],
	[4, 1, 'social-organisation', ['offentlig-aktor', 'mikrolansteam'], 'Mobilisering och information till målgruppen'],
	[5, 1, 'mikrolansteam', ['entreprenor', 'offentlig-aktor'], 'Första kontakten'],
	[6, 1, 'mikrolansteam', ['entreprenor'], 'Första mötet'],
	[7, 1, 'mikrolansteam', ['entreprenor'], 'Andra mötet'],
	[8, 1, 'mikrolansteam', ['offentlig-aktor'], 'Första bedömningen'],
	[9, 2, 'mikrolansteam', ['entreprenor', 'social-organisation'], 'Affärsutveckling och första budgetar'],
	[10, 2, 'mikrolansteam', ['entreprenor'], 'Andra bedömningen'],
	[11, 2, 'social-organisation', ['entreprenor', 'mikrolansteam'], 'Kurs i ekonomi, redovisning och marknadsföring'],
	[12, 2, 'social-organisation', ['entreprenor'], 'Kurs i moms och skatt'],
	[13, 2, 'social-organisation', ['entreprenor', 'mikrolansteam'], 'Internat: personlig utveckling och ledarskap'],
	[14, 2, 'social-organisation', ['entreprenor'], 'Workshop i marknadsföring och försäljning'],
	[15, 2, 'mikrolansteam', ['bank', 'entreprenor'], 'Tredje bedömningen'],
	[16, 3, 'bank', ['entreprenor', 'mikrolansteam'], 'Beslut om mikrokredit'],
	[17, 3, 'bank', ['entreprenor'], 'Återbetalningsplan'],
	[18, 3, 'offentlig-aktor', ['entreprenor', 'juridiskt-stod'], 'Försörjning under starten'],
	[19, 3, 'mikrofond', ['entreprenor', 'social-organisation'], 'Finansiering för sociala företag'],
	[20, 4, 'mikrolansteam', ['entreprenor'], 'Individuell rådgivning'],
	[21, 4, 'social-organisation', ['mentor', 'entreprenor'], 'Mentor'],
	[22, 4, 'social-organisation', ['entreprenor', 'bank', 'mikrolansteam'], 'Nätverksmöten och uppföljande kurser'],
	[23, 5, 'mikrolansteam', ['entreprenor'], 'Självvärdering'],
	[24, 5, 'offentlig-aktor', ['entreprenor', 'mikrolansteam'], 'Övergång till egen försörjning'],
	[25, 6, 'social-organisation', ['entreprenor', 'bank'], 'Uppföljning efter starten'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The synthetic model; requirement `.2` of every third step falls on the entrepreneur, S13.3 on the granskare role. */
export function syntheticModel(lang: Lang = 'sv'): Model {
	const stepData: Step[] = steps.map(([n, phase, owner, participants, title], i) => {
		const id = `S${pad(n)}`;
		const order = steps.filter(([, p], j) => p === phase && j <= i).length;
		const count = 2 + (n % 4);
		return {
			id, phase: phases[phase], order, title, summary: `${title}.`, owner, participants, value: 'Värde.',
			accessibility: [n % 2 ? 'TI01' : 'TK01'], principles: [`P${pad((n % 15) + 1)}`], terms: [], sources: ['sus-handbog'],
			requirements: Array.from({ length: count }, (_, k) => ({
				id: `${id}.${k + 1}`, level: k % 2 ? 'bör' : 'ska', text: `Krav ${k + 1} i ${title}.`, verify: 'Granska.', sources: ['sus-handbog'],
				...(k === 1 && n % 3 === 0 ? { roles: ['entreprenor'] } : {}),
				...(k === 2 && n === 13 ? { roles: ['granskare'] } : {}),
				...(k === 0 && n % 2 ? { accessibility: ['TI01'] } : {}),
			})),
		} as Step;
	});
	return buildModel(lang, { version: '1.0.0', status: 'utkast', date: '2026-11-22' }, {
		sources: [{ id: 'sus-handbog', title: 'Handbok', publisher: 'SUS', country: 'SE', language: 'sv', description: 'En handbok.', contributes: 'Processen.' }],
		principles: Array.from({ length: 15 }, (_, i) => ({ id: `P${pad(i + 1)}`, title: `Princip ${i + 1}`, statement: 'En mening.', summary: 'Kort.', sources: ['sus-handbog'] })),
		roles: roles.map(([id, kind, name]) => ({ id, kind, name, summary: `${name}.`, responsibilities: ['Ansvar.'], competences: [], sources: ['sus-handbog'] })),
		phases: phases.map((id, i) => ({ id, order: i + 1, title: id === 'forberedelse' ? 'Bedömning och förberedelse' : `Fas ${id}`, summary: 'Fas.' })),
		steps: stepData,
		accessibility: [
			{ id: 'TI01', area: 'informativ', title: 'Information i andra format', text: 'Text.', level: 'ska', verify: 'Kolla.', sources: ['sus-handbog'] },
			{ id: 'TK01', area: 'kommunikativ', title: 'Hörslinga', text: 'Text.', level: 'ska', verify: 'Kolla.', sources: ['sus-handbog'] },
		],
		glossary: [],
		releases: [],
		checklists: [],
	});
}
