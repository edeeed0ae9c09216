import { describe, expect, it } from 'vitest';
import { isApiPath, portalPath } from './portal-static';

describe('portal paths', () => {
  it('splits a path into its segments, decoded', () => {
    expect(portalPath('/')).toEqual({ kind: 'path', segments: [] });
    expect(portalPath('/assets/app-abc123.js')).toEqual({ kind: 'path', segments: ['assets', 'app-abc123.js'] });
    expect(portalPath('/bulletins/a%20b/./')).toEqual({ kind: 'path', segments: ['bulletins', 'a b'] });
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fetc%2fpasswd',
    '/..%5cetc%5cpasswd',
    '/index.html%00.js',
    '/%zz',
  ])('refuses %s', (path) => {
    expect(portalPath(path)).toEqual({ kind: 'refused' });
  });

  it("leaves the API's own paths to the API", () => {
    for (const path of [
      '/graphql',
      '/graphiql',
      '/graphiql/start.js',
      '/graphiql.css',
      '/health/ready',
      '/auth/session',
      '/mail/unsubscribe',
    ])
      expect(isApiPath(path), path).toBe(true);
    for (const path of ['/', '/bulletins/x', '/graphqlx', '/healthy', '/authors', '/mailbox', '/assets/app.js'])
      expect(isApiPath(path), path).toBe(false);
  });
});
