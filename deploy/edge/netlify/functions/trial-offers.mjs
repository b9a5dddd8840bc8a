// Netlify Functions entry (v2: a Web Request in, a Response out). `config.path` routes the
// trial-offer paths here; the settings and the key are the site's environment variables
// (API_KEY marked secret, scope Functions). Guide: docs/deploy-edge.md (Netlify).

import { handle } from "../../trial-offers-proxy.mjs";

export default async (request, context) =>
  // context.ip is the visitor's address as Netlify's edge saw it.
  handle(request, process.env, { clientAddress: context?.ip ?? "" });

export const config = {
  path: ["/v1/trial-offers/*", "/:studio/v1/trial-offers/*"],
};
