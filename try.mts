import { syntaxModule } from './src/lib/testing/export-modules';
import { buildQuestionBank, exportBank } from './src/lib/quiz/export';
const module = syntaxModule(); module.entities[0]!.name = 'Północ -> Południe';
const bank = buildQuestionBank(module);
const r = await exportBank('gift', bank);
const left = new Set(r.omitted.map((o) => o.questionId));
for (const e of bank.questions) { const a = [...e.acceptedAnswers, ...('choices' in e.question ? e.question.choices.map(c=>c.text) : [])]; if (a.some(x=>x.includes('->')) && !left.has(e.question.id)) console.log(e.question.type, e.question.id, a); }
