/** What every bench module gives `npm run bench` (scripts/bench.ts): a name and a run that says whether it is within its budget. */
export interface BenchOptions {
	/** `--scale N[,N…]`: sizes of the synthetic standard, in steps (empty: the real standard). */
	scale: number[];
	/** `--no-build`: measure the dist/ already built. */
	noBuild: boolean;
	/** `--dist DIR`: where the real site is built. */
	dist: string;
	/** What one bench measured for the next ones, e.g. the stock page's weight from scripts/bench/site.ts. */
	results: { stockPageKB?: number };
}

export interface Bench {
	name: string;
	/** Prints its table; resolves to false when a budget is not met (the exit code is then 1). */
	run(options: BenchOptions): Promise<boolean>;
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
