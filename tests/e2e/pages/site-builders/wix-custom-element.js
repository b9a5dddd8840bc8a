// The one-line file for a Wix custom element (docs/site-builders.md, "Wix"):
// a dynamic import works whether the file is run as a classic script or as a
// module, and the loader it imports defines <trial-booking>. On a real site the
// URL is the CDN's: https://cdn.jsdelivr.net/npm/trial-booking@1/dist/trial-booking.js
import("/cdn/v1/trial-booking.js");
