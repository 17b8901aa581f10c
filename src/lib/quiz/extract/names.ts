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

/**
 * Given names of English, Welsh, Scottish and Irish reports, for English articles only: some
 * are Polish words ("sam", "tom", "lukę"). Names that are also places' words ("Lynn", "Dean",
 * "Angus", "Victoria") are left out: they open or end places' names too.
 */
const ENGLISH_GIVEN_NAMES = `
adam aidan alan alex alexander alison alistair amanda amelia amy andy angela ann anne
annie barry ben benjamin beth bethan brian bruce callum carl carol caroline catherine
catrin cerys chloe chris christine claire clare colin craig dafydd dan danny darren dave
dawn debbie deborah declan dennis derek diane donald donna dylan eamon eilidh eileen
elaine eleanor elin ella ellie eric evan ffion freya gail gareth gavin gemma geoffrey
geraint gethin gillian gordon graham greg gwen hamish hannah harriet hayley hugh huw iain
ian isabel jacqueline jake jamie janet jason jeff jenny jeremy jessica jill jim jo joan
joanne joe josh judith julian justin karen kathryn katie keith kelly kevin kieran kirsty
leigh lesley liam lily lisa lorna louise lucy luke lynne malcolm marie martin megan
melanie mike mohammed molly morag natalie neil niamh nia nicola nigel noah owain owen
pamela pauline penny phil rebecca rhian rhys rob roger rosie ruth ryan sally sam samuel
sandra scott sean shaun sharon sheila shona sian siobhan sophia stuart tanya terry tim
toby tom tony tracey tracy trevor vanessa vicky wayne wendy yvonne zoe
`;

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(
	GIVEN_NAMES.split(/\s+/u)
		.filter(Boolean)
		.map((name) => foldText(name))
);

export const ENGLISH_GIVEN_NAME_SET: ReadonlySet<string> = new Set(
	ENGLISH_GIVEN_NAMES.split(/\s+/u).filter(Boolean)
);
