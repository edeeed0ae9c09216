import helmet from 'helmet';

/**
 * Helmet's headers with a CSP for the API, the portal and the development GraphiQL page: scripts from this
 * origin only (no CDN, no inline script). Styles may be inline: the portal's component library injects <style>
 * tags, and GraphiQL has one. `connect-src 'self'` covers the portal's same-origin WebSocket (CSP Level 3
 * matches ws:/wss: to the page's own host; checked in Chromium 156, which refuses a socket to any other host).
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
  });
}
