// What a database holds per article, to compare an interrupted ingest with a clean one.
import Database from 'better-sqlite3';

export interface ArticleRows {
  hash: string;
  mentions: number;
  quoteReports: number;
  eventReports: number;
}

/** Whether the schema is there: a process killed before its migrations committed leaves an empty file. */
export function isMigrated(path: string): boolean {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'`).get() !== undefined;
  } finally {
    db.close();
  }
}

export function articleRows(path: string): Map<string, ArticleRows> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.source_file AS file, a.content_hash AS hash,
           (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
           (SELECT count(*) FROM quote_reports r WHERE r.article_id = a.id) AS quoteReports,
           (SELECT count(*) FROM event_reports e WHERE e.article_id = a.id) AS eventReports
         FROM articles a`,
      )
      .all() as Array<ArticleRows & { file: string }>;
    return new Map(rows.map(({ file, ...counts }) => [file, counts]));
  } finally {
    db.close();
  }
}

/** Everything that says a database is consistent, as a list of problems (empty when sound). */
export function soundnessProblems(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity.slice(0, 5))}`);
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 5))}`);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const checks: Record<string, string> = {
      'quotes with no report': 'SELECT count(*) AS n FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quote_reports r WHERE r.quote_id = q.id)',
      'events with no report': 'SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)',
      'quote reports twice at one span':
        'SELECT count(*) AS n FROM (SELECT 1 FROM quote_reports GROUP BY article_id, start, "end" HAVING count(*) > 1)',
      'event reports twice at one span':
        'SELECT count(*) AS n FROM (SELECT 1 FROM event_reports GROUP BY article_id, event_id, temporal_start, temporal_end HAVING count(*) > 1)',
      'mentions twice at one span': 'SELECT count(*) AS n FROM (SELECT 1 FROM mentions GROUP BY article_id, start, "end" HAVING count(*) > 1)',
      'articles stored twice': 'SELECT count(*) AS n FROM (SELECT 1 FROM articles GROUP BY content_hash HAVING count(*) > 1)',
      'quotes whose report count is off':
        'SELECT count(*) AS n FROM quotes q WHERE q.report_count != (SELECT count(*) FROM quote_reports r WHERE r.quote_id = q.id)',
      'events whose report count is off':
        'SELECT count(*) AS n FROM events e WHERE e.report_count != (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id)',
      "reports whose outlet or date is not their article's":
        `SELECT (SELECT count(*) FROM quote_reports r JOIN articles a ON a.id = r.article_id
            WHERE r.outlet_id IS NOT a.outlet_id OR r.published_date IS NOT a.published_date)
          + (SELECT count(*) FROM event_reports r JOIN articles a ON a.id = r.article_id
            WHERE r.outlet_id IS NOT a.outlet_id OR r.published_date IS NOT a.published_date) AS n`,
    };
    for (const [problem, sql] of Object.entries(checks)) {
      const n = count(sql);
      if (n > 0) problems.push(`${problem}: ${n}`);
    }
    return problems;
  } finally {
    db.close();
  }
}

/**
 * Articles whose rows differ from the clean ingest's. A file the clean ingest
 * skipped as a copy of another is compared with the copy it kept.
 */
export function partialArticles(actual: Map<string, ArticleRows>, reference: Map<string, ArticleRows>): string[] {
  const byHash = new Map([...reference.values()].map((rows) => [rows.hash, rows]));
  const differing: string[] = [];
  for (const [file, rows] of actual) {
    const expected = reference.get(file) ?? byHash.get(rows.hash);
    if (!expected || JSON.stringify(rows) !== JSON.stringify(expected)) {
      differing.push(`${file}: ${JSON.stringify(rows)} vs clean ${JSON.stringify(expected ?? null)}`);
    }
  }
  return differing;
}
