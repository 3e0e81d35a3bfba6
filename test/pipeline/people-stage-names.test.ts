import { describe, expect, it } from 'vitest';
import { peopleOf } from './extraction-helpers.js';

// A list opened by a plural noun for performers or players ("stars such as ...", "the artists - ...") lists
// people, so stage names of one or two words that no list of given names knows are people there.

const H = 'Tour row\n\n';

describe('stage names listed after a noun for performers', () => {
  it('takes every item of a list after "stars such as" or "artists -" as a person, over a short form between items', () => {
    const text = `${H}Stars such as Lyrix Dread and Mavado Kane were dropped. But the artists - Lyrix Dread, Tembo, Skank Master, TNT and Vybe Corr - will tour.`;
    expect(peopleOf(text)).toEqual(['Lyrix Dread', 'Mavado Kane', 'Tembo', 'Skank Master', 'Vybe Corr']);
  });

  it('takes a one-word stage name listed after "including"', () => {
    expect(peopleOf(`${H}The album features artists including Zolani, Tembo and Ras Kwabena.`)).toEqual(['Zolani', 'Tembo', 'Ras Kwabena']);
  });

  it('leaves out bands, a name after "the", and a word that qualifies the name after it', () => {
    const text = `${H}The bill features artists such as Velvet Hounds, The Quarrymen and Tembo. Stars including Oscar nominee Ada Okafor attended.`;
    expect(peopleOf(text)).toEqual(['Tembo', 'Ada Okafor']);
  });

  it('takes no item of a list after a noun for groups or things', () => {
    expect(peopleOf(`${H}The bill features acts such as Zolani, Tembo and Lyrix. Brands such as Vexo and Kordel sold out.`)).toEqual([]);
  });
});
