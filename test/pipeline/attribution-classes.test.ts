import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Classes of attribution met in wire and broadcast copy: each rule with invented texts, and texts it must leave alone.

const H = 'Lakeside council weighs new tram line\n\n';

const pairs = (body: string): [string, string, string | null][] => quotesOf(body).map((q) => [q.kind, q.text, q.speaker]);

describe('"According to X, ..." opening a sentence', () => {
  it('reports the clause after the source, person or unnamed', () => {
    expect(pairs(`${H}The line would cost 40m euros. According to Mirela Vasquez, the council will vote on the plan in March.\n\nAccording to traders at Kestrel Bank, tram bonds will rise.`)).toEqual([
      ['indirect', 'the council will vote on the plan in March', 'Mirela Vasquez'],
      ['indirect', 'tram bonds will rise', null],
    ]);
  });

  it('leaves "according to plan" and a source with no clause alone', () => {
    expect(pairs(`${H}According to plan, the works began on time. According to the timetable.`)).toEqual([]);
  });
});

describe('an unnamed source noun followed by a name', () => {
  it('credits the name standing right after the noun', () => {
    expect(pairs(`${H}Rail analysts Tramview Research said 2,000 riders a day would use the line. Analyst Petra Lindqvist said fares would rise.`)).toEqual([
      ['indirect', '2,000 riders a day would use the line', 'Tramview Research'],
      ['indirect', 'fares would rise', 'Petra Lindqvist'],
    ]);
  });

  it('keeps an analyst at a named firm unnamed', () => {
    expect(pairs(`${H}Tramview Research published its forecast. One analyst at Tramview Research said 2,000 riders a day would use the line.`)).toEqual([
      ['indirect', '2,000 riders a day would use the line', null],
    ]);
  });
});

describe('"According to X, Y, ..." with a name or role in apposition', () => {
  it('starts the clause after the appositive', () => {
    expect(pairs(`${H}According to the transport office, Tramstat, ridership rose by a tenth last year.`)).toEqual([
      ['indirect', 'ridership rose by a tenth last year', null],
    ]);
  });

  it('keeps a subject followed by its own aside', () => {
    expect(pairs(`${H}According to police, Tomas Arvidsson, 45, was arrested at the depot.`)[0]?.[1]).toBe('Tomas Arvidsson, 45, was arrested at the depot');
  });

  it('drops a source that runs into its clause with no comma', () => {
    expect(pairs(`${H}According to Tramview 44% of riders use one line, 48% use two and the rest more.`)).toEqual([]);
  });
});
