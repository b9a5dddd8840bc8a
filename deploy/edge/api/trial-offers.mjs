// Vercel Function entry (Node.js runtime, Web-standard `fetch` export). vercel.json rewrites
// the trial-offer paths here; the settings and the key are the project's environment
// variables (API_KEY marked Sensitive). Guide: docs/deploy-edge.md (Vercel).

import { handle } from "../trial-offers-proxy.mjs";

/** The names vercel.json's rewrites give their path parameters (Vercel adds them to the query). */
const REWRITE_PARAMETERS = ["tbOperation", "tbStudio"];

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const parameters = Object.fromEntries(REWRITE_PARAMETERS.map((name) => [name, url.searchParams.get(name)]));
    // The client's own query, byte for byte, without what the rewrite added.
    const query = url.search
      .slice(1)
      .split("&")
      .filter((part) => part !== "" && !REWRITE_PARAMETERS.includes(part.split("=")[0]))
      .join("&");
    // Should the function see the rewrite's destination instead of the visitor's path,
    // the parameters say which path it was.
    const path = url.pathname.startsWith("/api/")
      ? `${parameters.tbStudio ? `/${parameters.tbStudio}` : ""}/v1/trial-offers/${parameters.tbOperation ?? ""}`
      : url.pathname;
    return handle(request, process.env, {
      url: `${url.origin}${path}${query ? `?${query}` : ""}`,
      // Vercel sets x-real-ip to the visitor's address (replacing whatever a client sent).
      clientAddress: request.headers.get("x-real-ip") ?? "",
    });
  },
};
