import { writeFileSync } from 'node:fs';
import { factsJsonSchema } from '../src/lib/quiz/json-schema';

const path = 'questions/facts.schema.json';
writeFileSync(path, factsJsonSchema());
console.log(`wrote ${path}`);
