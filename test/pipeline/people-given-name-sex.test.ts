import { describe, expect, it } from 'vitest';
import { givenNameSex } from '../../src/pipeline/lexicon/given-names.js';

// The sex a full name's given name tells, for "he" and "she" to find their person.

describe('the sex a given name tells', () => {
  it('follows the lists for names borne by one sex', () => {
    expect(givenNameSex('Rebecca Harland')).toBe('she');
    expect(givenNameSex('Gary Holt')).toBe('he');
  });

  it('says nothing of a name borne by either sex, or of a surname alone', () => {
    expect(givenNameSex('Robin Tallis')).toBeNull();
    expect(givenNameSex('Harland')).toBeNull();
  });

  it("reads a name that is a man's in Italian and a woman's in English by its surname", () => {
    expect(givenNameSex('Andrea Kettering')).toBe('she');
    expect(givenNameSex('Andrea Bellucci')).toBe('he');
    expect(givenNameSex('Simone Marchetti')).toBe('he');
    expect(givenNameSex('Nicola Prentice')).toBe('she');
    expect(givenNameSex('Andrea Lo Castro')).toBe('he');
  });
});
