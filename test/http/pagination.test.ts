import { describe, expect, it } from 'vitest';
import { nextUrl } from '../../src/http/pagination.js';

describe('nextUrl', () => {
  it('adds the cursor to a path with or without a query', () => {
    expect(nextUrl('/quotes', 'WzEwXQ')).toBe('/quotes?cursor=WzEwXQ');
    expect(nextUrl('/quotes?limit=2', 'WzEwXQ')).toBe('/quotes?limit=2&cursor=WzEwXQ');
  });

  it('replaces the cursor of the request, however its name was written, and keeps the rest as sent', () => {
    expect(nextUrl('/quotes?cursor=WzFd&limit=2', 'WzEwXQ')).toBe('/quotes?limit=2&cursor=WzEwXQ');
    expect(nextUrl('/quotes?curs%6Fr=WzFd&q=dam+works&cursor=WzJd', 'WzEwXQ')).toBe('/quotes?q=dam+works&cursor=WzEwXQ');
    expect(nextUrl('/compare/quotes?outlets=fen-echo,dune-times&set=both', 'WzEwXQ')).toBe('/compare/quotes?outlets=fen-echo,dune-times&set=both&cursor=WzEwXQ');
  });

  it('keeps parameters that only look like a cursor, and drops empty pairs', () => {
    expect(nextUrl('/quotes?cursors=1&xcursor=2&&q=%E0%A4%A', 'WzEwXQ')).toBe('/quotes?cursors=1&xcursor=2&q=%E0%A4%A&cursor=WzEwXQ');
    expect(nextUrl('/quotes?%E0%A4%A=1', 'WzEwXQ')).toBe('/quotes?%E0%A4%A=1&cursor=WzEwXQ');
  });
});
