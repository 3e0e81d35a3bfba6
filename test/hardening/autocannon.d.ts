// The part of autocannon's programmatic API the load test uses (it ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string;
    path?: string;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
  }
  interface Histogram {
    average: number;
    p99: number;
    max: number;
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    requests: Histogram & { total: number };
    latency: Histogram;
    statusCodeStats?: Record<string, { count: number }>;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
