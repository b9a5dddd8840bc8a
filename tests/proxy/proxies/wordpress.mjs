// The WordPress plugin's REST route (integrations/wordpress/trial-booking/, the route
// /wp-json/trial-booking/v1/trial-offers/…) on a real WordPress, PHP 8.2 (php-fpm behind
// nginx) and MariaDB, installed from scratch on 127.0.0.1 by the kit (tests/kit/wordpress.mjs).
//
// Installing WordPress takes seconds, so one site serves every proxy a test file starts:
// each start() gives it one more port of its web server, and the site answers there with
// that proxy's settings (Open API URL, allowed origins, key, rules), chosen by the port
// (test plumbing: the must-use plugin below). The site stops with the last proxy.

import { access, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_API_KEY, phpString, PLUGIN_SOURCE, ROOT, startWordPress } from "../../kit/index.mjs";

export const name = "wordpress";

export const traits = {
  /**
   * Malformed requests that the web server in front of PHP (nginx here; Apache alike)
   * answers itself, with its own page: WordPress never sees them.
   */
  platformAnswers: {
    "encoded NUL in the path": "nginx refuses a %00 in the path with its own 400 page",
    "lower-case method": "nginx refuses a method that is not upper case with its own 400 page",
    "Transfer-Encoding: gzip, chunked": "nginx refuses a Transfer-Encoding other than chunked with its own 501 page",
  },
  /** Upstream response headers: only the rules' forwardResponseHeaders pass, none holding the key. */
  responseHeaders: "allow-list",
  stockErrorPages: false,
  servesHttps: false,
  privateConfig: false,
  oneStudio: "one WordPress site is one studio: the plugin keeps one Open API URL and one key (each site of a multisite network has its own)",
  hostAccessLog:
    "the plugin writes no line per request (PHP's error log is for errors): the web server's access log, the host's, has one, with each path as sent, a refused one too (this test host's leaves out query strings)",
};

export async function available() {
  for (const [file, what] of [["/usr/share/wordpress/wp-settings.php", "WordPress"], ["/usr/sbin/php-fpm8.2", "php-fpm 8.2"], ["/usr/sbin/mariadbd", "MariaDB"], ["/usr/sbin/nginx", "nginx"]]) {
    const missing = await access(file).then(() => false, () => true);
    if (missing) return `${what} is missing (${file}): scripts/setup.sh's ensure_wordpress installs it`;
  }
  return null;
}

// Test plumbing: the settings of the proxy on this port, as the plugin reads its options;
// the rules through its documented filter; a private CA as WordPress trusts one (the HTTP
// API's `sslcertificates`).
const PROFILES = `<?php
function tb_test_proxy_profile() {
	static $profile = null;
	if ( null === $profile ) {
		$port    = isset( $_SERVER['SERVER_PORT'] ) ? (int) $_SERVER['SERVER_PORT'] : 0;
		$profile = get_option( 'tb_test_proxy_' . $port, array() );
	}
	return $profile;
}
add_filter( 'pre_option_trial_booking_settings', function ( $pre ) {
	$profile = tb_test_proxy_profile();
	return isset( $profile['settings'] ) ? $profile['settings'] : $pre;
} );
add_filter( 'pre_option_trial_booking_api_key', function ( $pre ) {
	$profile = tb_test_proxy_profile();
	return isset( $profile['key'] ) ? $profile['key'] : $pre;
} );
add_filter( 'trial_booking_proxy_rules', function ( $rules ) {
	$profile = tb_test_proxy_profile();
	if ( ! empty( $profile['rulesFile'] ) ) {
		$rules = json_decode( file_get_contents( $profile['rulesFile'] ), true );
	}
	return empty( $profile['rules'] ) ? $rules : array_replace_recursive( $rules, $profile['rules'] );
} );
add_filter( 'http_request_args', function ( $args ) {
	$profile = tb_test_proxy_profile();
	if ( ! empty( $args['trial_booking_proxy'] ) && ! empty( $profile['caFile'] ) ) {
		$args['sslcertificates'] = $profile['caFile'];
	}
	return $args;
} );
`;

let site = null;
let running = 0;

/** The one site of this test file: installed, the plugin (its source and the rules) activated. */
async function theSite() {
  site ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "tb-wp-plugin-"));
    try {
      // The plugin as integrations/wordpress/build packs it, less the widget's files (the
      // route needs none).
      const plugin = join(dir, "trial-booking");
      await cp(PLUGIN_SOURCE, plugin, { recursive: true });
      await cp(join(ROOT, "deploy/proxy-rules.json"), join(plugin, "proxy-rules.json"));
      const s = await startWordPress({ plugin, muPlugins: { "tb-test-proxies.php": PROFILES } });
      try {
        const activated = await s.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; $r = activate_plugin( 'trial-booking/trial-booking.php' ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`);
        if (activated.trim() !== "ok") throw new Error(`the plugin did not activate: ${activated}`);
        s.apiBase = (await s.php("echo Trial_Booking_Proxy::api_base();")).trim();
      } catch (error) {
        await s.stop();
        throw error;
      }
      return s;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  try {
    return await site;
  } catch (error) {
    site = null;
    throw error;
  }
}

/** "2s" (nginx's spelling, as the other adapters take it) in seconds. */
function seconds(duration) {
  const m = String(duration).match(/^(\d+(?:\.\d+)?)s?$/);
  if (!m) throw new Error(`not a duration in seconds: ${duration}`);
  return Number(m[1]);
}

/**
 * The route in front of `upstream` for `origins` with `key`, saved through the plugin's
 * own sanitisers (the key sealed as the settings page seals it). `readTimeout` ("1s") and
 * `rateLimit: { requests, retryAfter }` (`requests` at once, then one a minute) change the
 * rules through the plugin's `trial_booking_proxy_rules` filter; `deployRoot`, the folder
 * holding another copy of deploy/, hands the plugin that copy's proxy-rules.json instead;
 * `caFile` is a CA the site trusts for the API. `studios`: see traits.oneStudio.
 * Resolves with { base (the widget's api-base: the site's origin on this proxy's port and
 * the route), logs() (PHP's, WordPress's, php-fpm's and the web server's logs), stop() }.
 */
export async function start({ upstream, origins = [], key = DEMO_API_KEY, studios, rateLimit, readTimeout, caFile, deployRoot } = {}) {
  if (studios) throw new Error(`wordpress: ${traits.oneStudio}`);
  running += 1;
  try {
    const s = await theSite();
    const port = await s.listen();
    const rules = {};
    if (readTimeout) rules.upstreamTimeoutSeconds = seconds(readTimeout);
    if (rateLimit) rules.rateLimit = { perSecond: 1 / 60, burst: rateLimit.requests - 1, retryAfterSeconds: rateLimit.retryAfter };
    const profile = {
      settings: { backend: "open-api", open_api_url: upstream, allowed_origins: origins.join("\n") },
      key,
      rules,
      rulesFile: deployRoot ? join(deployRoot, "deploy/proxy-rules.json") : "",
      caFile: caFile ?? "",
    };
    const file = join(s.dir, "tmp", `proxy-${port}.json`);
    await writeFile(file, JSON.stringify(profile));
    const saved = await s.php(`
      require_once ABSPATH . 'wp-admin/includes/template.php';
      $p = json_decode( file_get_contents( ${phpString(file)} ), true );
      $settings = Trial_Booking_Settings::sanitize( $p['settings'] );
      $p['key'] = Trial_Booking_Settings::sanitize_api_key( array( 'key' => $p['key'] ) );
      $p['settings'] = $settings;
      update_option( 'tb_test_proxy_${port}', $p, false );
      echo wp_json_encode( array( 'url' => $settings['open_api_url'], 'origins' => $settings['allowed_origins'], 'errors' => get_settings_errors() ) );
    `);
    await rm(file);
    const result = JSON.parse(saved);
    if (result.url !== upstream || result.errors.length > 0) throw new Error(`the plugin did not take the settings: ${saved}`);
    let stopped = false;
    return {
      base: `http://127.0.0.1:${port}${s.apiBase}`,
      logs: () => s.logs(),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** One proxy fewer; the site stops with the last. */
async function release() {
  running -= 1;
  if (running === 0 && site) {
    const s = await site.catch(() => null);
    site = null;
    await s?.stop();
  }
}
