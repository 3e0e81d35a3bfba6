import type { Db } from '../client.js';

export interface Counts {
  articles: number;
  outlets: number;
  people: number;
  quotes: number;
  events: number;
}

export function createStatsQueries(db: Db) {
  const counts = db.$client.prepare(`SELECT
    (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM outlets) AS outlets,
    (SELECT count(*) FROM people) AS people,
    (SELECT count(*) FROM quotes) AS quotes,
    (SELECT count(*) FROM events) AS events`);
  const lastRun = db.$client.prepare('SELECT finished_at AS finishedAt FROM ingest_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1');
  return {
    counts: () => counts.get() as Counts,
    lastIngestAt: () => (lastRun.get() as { finishedAt: string } | undefined)?.finishedAt ?? null,
  };
}
