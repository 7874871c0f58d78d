// How a field's problem is worded for a researcher: the field's label, then what is wrong, as one
// sentence ("Actual amount must be above 0"), and never an operation's or a column's name.
import { isApiName } from './api-names';
import { capitalized, keyWords } from './text-case';

const PREDICATE = /^(must|cannot|can't|is|are|has|have|needs|should|does|was)\b/;
const BOUND = /^(at most|at least|above|below|between|before|after|one of)\b/;
const FULL_SENTENCE = /\s(is|are|was|changes|needs|has|have|gives|must|cannot|comes|does)\s/;
const IMPERATIVE = /^(name|say|enter|choose|give|pick|type|add|select|use|fill|set|write|record|wait|tick|map|remove|replace|open)\b/;

/** "actualAmount" → "Actual amount", for a field nobody gave a label (better than the raw key). */
export function humanizeFieldKey(key: string): string {
  const last = key.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? key;
  return keyWords(last);
}

/** zod's own wording ("Too big: expected number to be <=3600") as the lab reads it ("at most 3600"). */
export function plainSchemaMessage(message: string): string {
  const count = /^Too (?:big|small): expected \w+ to have (<=|>=)\s*(\d+) (\w+)$/.exec(message);
  if (count) return `needs ${count[1] === '<=' ? 'at most' : 'at least'} ${count[2]} ${count[2] === '1' ? (count[3] as string).replace(/s$/, '') : count[3]}`;
  const bound = /^Too (big|small): expected \w+ to (?:be|have) (<=|<|>=|>)\s*(.+)$/.exec(message);
  if (bound) return `${{ '<=': 'at most', '<': 'below', '>=': 'at least', '>': 'above' }[bound[2] as '<=' | '<' | '>=' | '>']} ${bound[3]}`;
  const type = /^Invalid input: expected (\w+)/.exec(message);
  if (type) return { number: 'a number', int: 'a whole number', string: 'text', boolean: 'yes or no', array: 'a list', date: 'a date' }[type[1] as string] ?? 'a value';
  if (/^Invalid option/.test(message)) return 'one of the choices offered';
  return message;
}

/** One sentence from a field's label and its schema message (messages are written as predicates). */
export function fieldSentence(label: string, message: string): string {
  const text = plainSchemaMessage(message.trim()).replace(/\.$/, '');
  if (IMPERATIVE.test(text)) return capitalized(text);
  if (PREDICATE.test(text)) return `${label} ${text}`;
  // A message that is already a sentence ("an adjustment of 0 changes nothing") stands alone.
  if (FULL_SENTENCE.test(text)) return capitalized(text);
  if (BOUND.test(text) || /^an? /.test(text)) return `${label} must be ${text}`;
  if (/^not\b/.test(text)) return `${label} is ${text}`;
  return `${label}: ${text}`;
}

/** A refusal's message without the operation's name in front ("recordBatchIngredient: …"). */
export function withoutOperationName(message: string): string {
  const match = /^([A-Za-z]+)(?: failed)?: /.exec(message);
  if (match?.[1] && isApiName(match[1])) return capitalized(message.slice(match[0].length));
  return message;
}
