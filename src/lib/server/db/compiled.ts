import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Schema } from './schema';

/** A value no caller passes: it marks where a value goes among a compiled query's parameters. */
const MARK = '\u0000factquiz-value:';

type Value = string | number | null;
type Values = Record<string, Value | Value[]>;

/**
 * A query that is built and compiled once per database and then run with other values. kysely
 * builds and compiles a query anew each time, and for the statements run on every answer a
 * learner gives that costs more than sending and running them. `build` gets a marker in place of
 * each value; every value must end up as a parameter of the query (a value that changes the SQL
 * itself cannot be compiled once), which the first run checks. The compiled query is kept per
 * database, and a transaction of that database uses it too.
 */
export function compiledOnce<Given extends Values, Row>(
	build: (db: Kysely<Schema>, values: Given) => Compilable<Row>
): (db: Kysely<Schema>, values: Given) => Promise<QueryResult<Row>> {
	// By the database's adapter: a transaction is another Kysely instance with the same adapter.
	const compiledFor = new WeakMap<
		object,
		{ compiled: CompiledQuery<Row>; places: (string | undefined)[] }
	>();
	return async (db, values) => {
		const adapter = db.getExecutor().adapter;
		let entry = compiledFor.get(adapter);
		if (!entry) {
			const names = Object.keys(values);
			const marked = Object.fromEntries(names.map((name) => [name, MARK + name])) as Given;
			const compiled = build(db, marked).compile();
			const places = compiled.parameters.map((parameter) =>
				typeof parameter === 'string' && parameter.startsWith(MARK)
					? parameter.slice(MARK.length)
					: undefined
			);
			const missing = names.filter((name) => !places.includes(name));
			if (missing.length > 0) {
				throw new Error(
					`compiledOnce: ${missing.map((name) => `"${name}"`).join(', ')} did not become parameters of the query`
				);
			}
			entry = { compiled, places };
			compiledFor.set(adapter, entry);
		}
		const { compiled, places } = entry;
		const parameters = compiled.parameters.map((parameter, index) => {
			const name = places[index];
			return name === undefined ? parameter : values[name];
		});
		return db.executeQuery<Row>({ ...compiled, parameters });
	};
}
