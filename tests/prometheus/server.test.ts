/** `prometheus-url` and `prometheus-headers` (SPEC §12): what is sent, what is secret, and errors that echo nothing. */
import { describe, expect, it } from 'vitest';
import { prometheusServer } from '../../src/prometheus/server.js';
import { createRedactor } from '../../src/report/redact.js';
import { withWindow } from '../../src/prometheus/window.js';

const NAMES = { url: 'input "prometheus-url"', headers: 'input "prometheus-headers"' };

describe('the Prometheus server settings', () => {
  it('no URL and no headers: no server', () => {
    expect(prometheusServer('', '', NAMES)).toEqual({ ok: true, server: undefined });
  });

  it('headers one per line; the URL printable without a trailing slash', () => {
    const parsed = prometheusServer(
      'https://mimir.example.com/prometheus/',
      'Authorization: Bearer abcdefgh12345678\n\n# tenant\nX-Scope-OrgID: team-checkout\n',
      NAMES,
    );
    expect(parsed).toMatchObject({
      ok: true,
      server: {
        url: 'https://mimir.example.com/prometheus',
        headers: { Authorization: 'Bearer abcdefgh12345678', 'X-Scope-OrgID': 'team-checkout' },
      },
    });
    if (!parsed.ok) return;
    expect(parsed.server!.secrets).toEqual(['Bearer abcdefgh12345678', 'team-checkout', 'abcdefgh12345678']);
  });

  it('credentials in the URL are Basic auth, gone from the URL, and secrets in every form', () => {
    const parsed = prometheusServer('https://123456:glc_p%40ss-word@prometheus.grafana.net/api/prom', '', NAMES);
    if (!parsed.ok || !parsed.server) throw new Error('expected a server');
    const basic = Buffer.from('123456:glc_p@ss-word').toString('base64');
    expect(parsed.server.url).toBe('https://prometheus.grafana.net/api/prom');
    expect(parsed.server.headers).toEqual({ Authorization: `Basic ${basic}` });
    const redact = createRedactor(parsed.server.secrets);
    const text = `glc_p@ss-word ${basic} https://123456:glc_p%40ss-word@prometheus.grafana.net/api/prom`;
    expect(redact(text)).not.toMatch(/glc_p|ss-word/);
  });

  it('a written Authorization header wins over the URL’s credentials', () => {
    const parsed = prometheusServer('https://u:password1@example.com', 'authorization: Bearer tokentoken', NAMES);
    expect(parsed.ok && parsed.server?.headers).toEqual({ authorization: 'Bearer tokentoken' });
  });

  it.each([
    ['Bearer abcdefgh12345678', 'line 1: expected a header as `Name: value`'],
    ['X-Scope-OrgID: a\nBad Name: secretvalue', 'line 2: expected a header as `Name: value`'],
    ['X-Scope-OrgID: a\nx-scope-orgid: b', 'line 2: the header x-scope-orgid is given twice'],
    ['X-Scope-OrgID: a\x01secretvalue', "line 1: the header X-Scope-OrgID's value has a control character"],
    ['X-Scope-OrgID: a€secretvalue', "line 1: the header X-Scope-OrgID's value has a control character"],
  ])('a bad header line is refused by its number, its value never echoed: %j', (headers, message) => {
    const parsed = prometheusServer('https://example.com', headers, NAMES);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining(`input "prometheus-headers", ${message}`) });
    expect(JSON.stringify(parsed)).not.toMatch(/abcdefgh|secretvalue/);
  });

  it.each([
    ['prometheus.example.com', 'expected an http(s) URL'],
    ['ftp://example.com', 'expected an http(s) URL'],
    ['https://example.com/?tenant=x', 'without a query or a fragment'],
    ['https://u:p%ZZss@example.com', 'input "prometheus-url": the password has a malformed %-escape'],
    ['https://u%E0:pass@example.com', 'input "prometheus-url": the user name has a malformed %-escape'],
  ])('a bad URL is refused: %s', (url, message) => {
    expect(prometheusServer(url, '', NAMES)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('headers without a URL are a mistake, not silently unused', () => {
    expect(prometheusServer('', 'X-Scope-OrgID: a', NAMES)).toMatchObject({ ok: false });
  });
});

describe('$window', () => {
  const window = { start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-11-15T12:00:00Z') };
  it('is the window in whole seconds, every occurrence, in both spellings, never a longer name', () => {
    expect(withWindow('rate(a[$window]) / rate(b[${window}]) + $windowSize', window)).toBe(
      'rate(a[3931200s]) / rate(b[3931200s]) + $windowSize',
    );
  });
});
