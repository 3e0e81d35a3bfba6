// The router refuses some paths before any schema runs: a segment that is not
// valid percent-encoded UTF-8, or a parameter longer than the router allows. To
// answer those like any other invalid parameter, this finds which route
// parameter the client got wrong by matching the path against the route templates.

export interface PathParamLocator {
  /** Remembers a route template such as /people/:id/quotes. */
  record: (template: string) => void;
  /** The parameter whose segment is unreadable, or null when no route has that shape. */
  locate: (rawUrl: string) => string | null;
}

export function createPathParamLocator(maxParamLength: number): PathParamLocator {
  const templates: string[][] = [];
  const unreadable = (segment: string): boolean => {
    try {
      return decodeURIComponent(segment).length > maxParamLength;
    } catch {
      return true;
    }
  };
  return {
    record: (template) => {
      if (template.includes('/:')) templates.push(template.split('/'));
    },
    locate: (rawUrl) => {
      const segments = rawUrl.split('?')[0].split('/');
      for (const template of templates) {
        if (template.length !== segments.length) continue;
        const fits = template.every((part, i) => part.startsWith(':') || part === segments[i]);
        const culprit = template.findIndex((part, i) => part.startsWith(':') && unreadable(segments[i]));
        if (fits && culprit >= 0) return template[culprit].slice(1);
      }
      return null;
    },
  };
}
