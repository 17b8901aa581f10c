import { foldText } from '../language/normalize';

/**
 * Given names news reports use most, folded: where one stands inside a run of capitalised
 * words, a person's name starts ("prezydent Gorzowa Wielkopolskiego Jacek Wojtaszek",
 * "Dyrektor MZDiZ Ewa Rogalska", "Defending Oliver Prescott").
 */
const GIVEN_NAMES = `
adam adrian agata agnieszka aleksander aleksandra alicja andrzej anna antoni arkadiusz
artur barbara bartłomiej bartosz beata bogdan bogusław bożena cezary czesław damian daniel
danuta dariusz dawid dominik dorota edward elżbieta emilia eugeniusz ewa ewelina filip
franciszek grażyna grzegorz halina hanna henryk hubert ireneusz irena iwona jacek jadwiga
jakub jan janina janusz jarosław jerzy joanna jolanta józef julia julian justyna kamil
karol karolina katarzyna kazimierz kinga krystyna krzysztof leszek lucyna łukasz maciej
magdalena małgorzata marcin marek maria marian mariusz marta marzena mateusz michał
michaił mieczysław mikołaj miłosz monika natalia norbert oliwia paulina paweł piotr
przemysław radosław rafał renata robert roman ryszard sebastian stanisław stefan sylwia
szymon tadeusz teresa tomasz urszula wacław waldemar wanda weronika wiesław wiktor
wiktoria witold władimir władysław włodzimierz wojciech zbigniew zdzisław zenon zofia
zuzanna andrew anthony brandon caroline charles christopher daniel david edward elizabeth
emily emma fiona gary george harry helen henry jack james jane jennifer john jonathan
joseph julie kate katherine laura linda margaret mark mary matthew michael nicholas oliver
patrick paul peter philip priya rachel raj richard robert sarah simon sophie stephen
steven susan thomas william ayşe can emre kemal murat
`;

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(
	GIVEN_NAMES.split(/\s+/u)
		.filter(Boolean)
		.map((name) => foldText(name))
);
