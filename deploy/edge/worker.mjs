// Cloudflare Workers entry (module syntax): wrangler.toml beside it names it. The key is a
// secret (`npx wrangler secret put API_KEY`); the other settings are [vars] in wrangler.toml;
// RATE_LIMITER is Cloudflare's rate-limiting binding. Guide: docs/deploy-edge.md.

import { handle } from "./trial-offers-proxy.mjs";

export default {
  async fetch(request, env) {
    // Cloudflare sets CF-Connecting-IP to the visitor's address (a client cannot choose it).
    return handle(request, env, { clientAddress: request.headers.get("CF-Connecting-IP") ?? "" });
  },
};
