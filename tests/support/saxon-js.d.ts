/** SaxonJS ships no types; the QTI upgrader only needs it installed as `globalThis.SaxonJS`. */
declare module 'saxon-js' {
	const SaxonJS: object;
	export default SaxonJS;
}
