/**
 * Compiles the Polish Hunspell dictionary (dictionary-pl) into the sorted table the server and
 * the CLI read (node_modules/.cache/factquiz/dictionary-pl.table), at install time (the
 * `prepare` script), so that no first authoring request pays the few seconds it takes.
 * Without it the table is compiled on first use instead.
 */
try {
	const { register } = await import('tsx/esm/api');
	register();
	const { loadMorphology } = await import('../src/lib/server/morphology.ts');
	const started = performance.now();
	if (!loadMorphology('pl')) throw new Error('dictionary-pl is not installed');
	console.log(`factquiz: Polish morphology ready in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	console.warn(
		`factquiz: the Polish dictionary table was not compiled now (${String(error).split('\n')[0]}); it will be on first use`
	);
}
