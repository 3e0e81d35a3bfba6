import { afterEach, expect, it } from 'vitest';
import { workerExtractor, type Extractor } from '../../src/ingest/extract-pool.js';
import { extractArticle } from '../../src/pipeline/index.js';

let extractor: Extractor | null = null;
afterEach(() => {
  extractor?.close();
  extractor = null;
});

// Written for this test: more short reports than one worker is handed at once.
const bodies = ['Ashby', 'Bude', 'Cromer', 'Diss', 'Eye', 'Frome', 'Goole', 'Hythe', 'Ilford', 'Jedburgh', 'Keswick', 'Leek', 'Mold', 'Neath', 'Otley',
  'Poole', 'Ripon', 'Selby', 'Tring', 'Usk', 'Wells', 'Yarm', 'Zennor', 'Alnwick'].map(
  (town, i) => `${town} ferry resumes\n\nThe ferry at ${town} resumed on Friday, harbour master Lena Ortiz said. "We are running ${i + 2} crossings a day," Ortiz said.\n`,
);
const given = { title: null, outlet: 'Quay Courier', publishedAt: '2024-04-13', url: null, authors: null };

it('extracts on the main thread while it waits for a worker, and every job comes back as inline extraction makes it', () => {
  const onMainThread = new Set<string>();
  extractor = workerExtractor(1, (body, meta) => {
    onMainThread.add(body);
    return extractArticle(body, meta);
  });
  bodies.forEach((body, id) => extractor!.submit({ id, body, given }));
  const taken = bodies.map((_, id) => extractor!.take(id));

  // The worker holds a bounded queue; what waits beyond it is the main thread's to take while it would idle.
  expect(onMainThread.size).toBeGreaterThan(0);
  expect(onMainThread.size).toBeLessThan(bodies.length);
  expect(extractor.threads()).toBe(1);
  taken.forEach((extraction, id) => {
    const { anatomy, entities, quotes, events } = extractArticle(bodies[id], given);
    expect({ anatomy: extraction.anatomy, entities: extraction.entities, quotes: extraction.quotes, events: extraction.events }).toEqual({ anatomy, entities, quotes, events });
  });
}, 60_000);
