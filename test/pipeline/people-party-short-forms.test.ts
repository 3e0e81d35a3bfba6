import { describe, expect, it } from 'vitest';
import { extract, peopleOf, quotesOf } from './extraction-helpers.js';

// "Lib Dem" and "Lib Dems" before a name qualify it as "Liberal Democrat" does: the party is no part of the name.

const H = 'Budget row\n\n';

describe('a party short form before a name', () => {
  it('strips "Lib Dem" and "Lib Dems" before a name, after "Fellow" too', () => {
    expect(peopleOf(`${H}Lib Dem Corin Walsh said the plan was unfair.`)).toEqual(['Corin Walsh']);
    expect(peopleOf(`${H}Fellow Lib Dem Corin Walsh said the plan was unfair.`)).toEqual(['Corin Walsh']);
    expect(peopleOf(`${H}The Lib Dems Ailsa Brandt said the plan was unfair.`)).toEqual(['Ailsa Brandt']);
  });

  it('keeps an honorific after the party as the role, not the party', () => {
    const { entities } = extract(`${H}Lib Dem Sir Hector Vane said the plan was unfair.`);
    expect(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.roles])).toEqual([['Hector Vane', ['sir']]]);
  });

  it('credits the speaker by name alone', () => {
    expect(quotesOf(`${H}"It is a tax on the poor," said Lib Dem Nora Walsh.`)).toEqual([{ kind: 'direct', text: 'It is a tax on the poor,', speaker: 'Nora Walsh' }]);
  });

  it('makes no person of the party itself', () => {
    expect(peopleOf(`${H}The Lib Dems said the plan was unfair. Lib Dem plans were costed.`)).toEqual([]);
  });
});
