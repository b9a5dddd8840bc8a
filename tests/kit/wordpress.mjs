// A real WordPress on 127.0.0.1 for the tests (the plugin's suite, tests/wordpress/, and the
// proxy tests' WordPress adapter, tests/proxy/proxies/wordpress.mjs), from Debian's
// packages, as user processes in a temporary directory: MariaDB (its own datadir and socket, no TCP), php-fpm (PHP 8.2)
// behind nginx, and a copy of Debian's /usr/share/wordpress with its own wp-config.php and
// wp-content. WordPress is installed from scratch through its installer (install.php).
//
// Why php-fpm behind nginx and not PHP's built-in server: it is how WordPress hosts run PHP
// (a pool of workers: the widget's parallel requests and a stalled upstream do not queue
// behind each other), nginx is already the project's web server, and the access log's
// format is ours (no query strings).

import { spawn, execFile } from "node:child_process";
import { once } from "node:events";
import { access, chmod, copyFile, cp, link, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, symlink, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { freePort, ROOT } from "./servers.mjs";

const run = promisify(execFile);
/** The plugin's source (integrations/wordpress/build packs it with the rules and the widget's files). */
export const PLUGIN_SOURCE = join(ROOT, "integrations/wordpress/trial-booking");
const WORDPRESS = "/usr/share/wordpress";
const IS_ROOT = process.getuid?.() === 0;

/** The administrator the installer creates. */
export const ADMIN = { user: "admin", password: "Admin-Passw0rd-for-tests", email: "admin@studio.example" };

async function waitFor(what, check, { timeoutMs = 20_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (child && child.exitCode !== null) throw new Error(`${what}: exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const connects = (options) =>
  new Promise((resolve) => {
    const socket = net.connect(options, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

function daemon(command, args, logFile) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "ignore"], env: { PATH: process.env.PATH, HOME: process.env.HOME ?? "/root" } });
  child.logFile = logFile;
  return child;
}

async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * WordPress's files at `to`, as hard links to Debian's (a copy takes seconds; nothing here
 * writes to WordPress's own files), copies where a link is not allowed, all but `skip`
 * (names in the top folder). Debian links some files to its own packages (underscore,
 * getID3, the CA bundle) with relative links: made again with their absolute targets.
 */
async function linkTree(from, to, skip = []) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(resolve(dirname(source), await readlink(source)), target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

const MARIADB_OPTIONS = ["--no-defaults", ...(IS_ROOT ? ["--user=root"] : []), "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=8M"];

/**
 * A fresh MariaDB data directory at `datadir`: a copy of one that mariadb-install-db made
 * for this MariaDB version (kept in the system's temporary folder: making one takes
 * seconds, copying it a moment).
 */
async function freshDatabase(datadir) {
  const version = ((await run("mariadbd", ["--version"])).stdout.match(/Ver\s+(\S+)/)?.[1] ?? "unknown").replace(/[^A-Za-z0-9.-]/g, "_");
  const template = join(tmpdir(), `tb-mariadb-${version}`);
  if (!(await access(template).then(() => true, () => false))) {
    const making = await mkdtemp(join(tmpdir(), "tb-mariadb-making-"));
    await run("mariadb-install-db", [...MARIADB_OPTIONS, `--datadir=${making}`, "--auth-root-authentication-method=normal", "--skip-test-db"]);
    // Another test may have made it meanwhile: theirs is as good.
    await rename(making, template).catch(() => rm(making, { recursive: true, force: true }));
  }
  await cp(template, datadir, { recursive: true });
}

const salt = () => randomBytes(32).toString("base64").replace(/[^A-Za-z0-9]/g, "x");

/** PHP source of a string literal. */
export const phpString = (s) => `'${String(s).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB, php-fpm and nginx and installs WordPress. Options:
 * `plugin`: a plugin folder to copy into wp-content/plugins (not activated);
 * `constants`: more wp-config.php constants (name => value);
 * `muPlugins`: must-use plugins (file name => PHP source) for test plumbing.
 */
export async function startWordPress({ plugin, constants = {}, muPlugins = {}, permalinks = "/%postname%/" } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "tb-wordpress-"));
  await chmod(dir, 0o700);
  const logs = join(dir, "logs");
  const wp = join(dir, "wp");
  await Promise.all(["logs", "tmp"].map((d) => mkdir(join(dir, d))));
  const children = [];
  const site = { dir, wp, logsDir: logs, children };
  addHelpers(site);
  site.stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    if (!process.env.TB_KEEP_WORDPRESS) await rm(dir, { recursive: true, force: true });
  };
  try {
    // ---- MariaDB: its own datadir and socket, no network.
    const socket = join(dir, "mysql.sock");
    const database = async () => {
      await freshDatabase(join(dir, "db"));
      const mariadb = daemon("mariadbd", [
        ...MARIADB_OPTIONS, `--datadir=${join(dir, "db")}`, `--socket=${socket}`, "--skip-networking", `--pid-file=${join(dir, "mariadb.pid")}`,
        `--log-error=${join(logs, "mariadb.log")}`, "--skip-log-bin",
      ]);
      children.push(mariadb);
      await waitFor("MariaDB", () => connects({ path: socket }), { child: mariadb });
      site.sql = async (query) => (await run("mariadb", ["--no-defaults", "-S", socket, "-u", "root", "-N", "-B", "wordpress", "-e", query])).stdout;
      await run("mariadb", ["--no-defaults", "-S", socket, "-u", "root", "-e", "CREATE DATABASE wordpress CHARACTER SET utf8mb4"]);
    };

    // ---- WordPress's files: Debian's, with our own wp-config.php and wp-content.
    const files = async () => {
      await linkTree(WORDPRESS, wp, ["wp-config.php", ".htaccess", "wp-content"]);
      for (const d of ["plugins", "themes", "uploads", "mu-plugins", "upgrade"]) await mkdir(join(wp, "wp-content", d), { recursive: true });
      await symlink(join(WORDPRESS, "wp-content/themes/twentytwentythree"), join(wp, "wp-content/themes/twentytwentythree"));
      if (plugin) await cp(plugin, join(wp, "wp-content/plugins/trial-booking"), { recursive: true, dereference: true });
      for (const [name, source] of Object.entries(muPlugins)) await writeFile(join(wp, "wp-content/mu-plugins", name), source);
    };
    // Both at once: each waits mostly on the disk.
    const [db, copied] = await Promise.allSettled([database(), files()]);
    for (const step of [db, copied]) if (step.status === "rejected") throw step.reason;

    const port = await freePort();
    site.base = `http://127.0.0.1:${port}/`;
    site.origin = `http://127.0.0.1:${port}`;
    const defines = {
      DB_NAME: "wordpress", DB_USER: "root", DB_PASSWORD: "", DB_HOST: `localhost:${socket}`, DB_CHARSET: "utf8mb4", DB_COLLATE: "",
      AUTH_KEY: salt(), SECURE_AUTH_KEY: salt(), LOGGED_IN_KEY: salt(), NONCE_KEY: salt(),
      AUTH_SALT: salt(), SECURE_AUTH_SALT: salt(), LOGGED_IN_SALT: salt(), NONCE_SALT: salt(),
      WP_DEBUG: true, WP_DEBUG_LOG: join(logs, "debug.log"), WP_DEBUG_DISPLAY: false,
      // No calls to wordpress.org, no cron, no updates: the machine is offline, the tests are timed.
      DISABLE_WP_CRON: true, AUTOMATIC_UPDATER_DISABLED: true, WP_AUTO_UPDATE_CORE: false, WP_HTTP_BLOCK_EXTERNAL: true,
      FS_METHOD: "direct",
      ...constants,
    };
    site.writeConfig = async (more = {}) => {
      const all = { ...defines, ...more };
      const lines = Object.entries(all).map(([k, v]) => `define( ${phpString(k)}, ${typeof v === "boolean" ? String(v) : phpString(v)} );`);
      await writeFile(
        join(wp, "wp-config.php"),
        `<?php\n${lines.join("\n")}\n$table_prefix = 'wp_';\nif ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }\nrequire_once ABSPATH . 'wp-settings.php';\n`,
      );
    };
    await site.writeConfig();

    // ---- php-fpm: a small static pool; wp-config.php changes are seen at once.
    const fpmSocket = join(dir, "php-fpm.sock");
    await writeFile(
      join(dir, "php-fpm.conf"),
      [
        "[global]", `pid = ${join(dir, "php-fpm.pid")}`, `error_log = ${join(logs, "php-fpm.log")}`, "daemonize = no",
        "[wordpress]", ...(IS_ROOT ? ["user = root", "group = root"] : []), `listen = ${fpmSocket}`,
        "pm = static", "pm.max_children = 4", "catch_workers_output = yes", "clear_env = yes",
        `php_admin_value[error_log] = ${join(logs, "php-errors.log")}`, "php_admin_flag[log_errors] = on",
        "php_admin_value[opcache.revalidate_freq] = 0", "php_admin_value[upload_max_filesize] = 16M", "php_admin_value[post_max_size] = 16M",
        `php_admin_value[upload_tmp_dir] = ${join(dir, "tmp")}`, `php_admin_value[sys_temp_dir] = ${join(dir, "tmp")}`,
        "",
      ].join("\n"),
    );
    const fpm = daemon("php-fpm8.2", [...(IS_ROOT ? ["-R"] : []), "--nodaemonize", "-y", join(dir, "php-fpm.conf")]);
    children.push(fpm);
    await waitFor("php-fpm", () => connects({ path: fpmSocket }), { child: fpm });

    // ---- nginx: WordPress's usual site configuration (pretty permalinks, PATH_INFO), on
    // the site's port and any further port a test asks for (site.listen()).
    const ports = [port];
    const writeNginxConfig = () =>
      writeFile(
        join(dir, "nginx.conf"),
        `${IS_ROOT ? "user root root;\n" : ""}worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(logs, "nginx-error.log")} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/tmp/body; fastcgi_temp_path ${dir}/tmp/fastcgi; proxy_temp_path ${dir}/tmp/proxy;
  uwsgi_temp_path ${dir}/tmp/uwsgi; scgi_temp_path ${dir}/tmp/scgi;
  # The request line without its query string: the path as the client sent it ($uri would
  # be /index.php for every page and REST request, after try_files).
  map $request_uri $path_sent {
    "~^(?<path>[^?]*)" $path;
  }
  log_format site '$remote_addr "$request_method $path_sent" $status $body_bytes_sent';
  access_log ${join(logs, "access.log")} site;
  client_max_body_size 16m;
  # Twice nginx's default 8 KB: a request line or header line a little over the proxy
  # rules' limits (maxUriBytes, maxHeaderBytes) reaches the plugin, whose own checks then
  # answer it. (With the default, nginx answers a line over 8 KB itself, with its own page.)
  large_client_header_buffers 4 16k;
  server {
${ports.map((p) => `    listen 127.0.0.1:${p};`).join("\n")}
    root ${wp};
    index index.php;
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ [^/]\\.php(/|$) {
      fastcgi_split_path_info ^(.+?\\.php)(/.*)$;
      set $path_info $fastcgi_path_info;
      try_files $fastcgi_script_name =404;
      include /etc/nginx/fastcgi_params;
      # Debian's fastcgi_params pass $host (no port) as HTTP_HOST; WordPress builds its URLs from it.
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_param PATH_INFO $path_info;
      fastcgi_read_timeout 60s;
      fastcgi_pass unix:${fpmSocket};
    }
  }
}
`,
      );
    await writeNginxConfig();
    const nginx = daemon("nginx", ["-p", `${dir}/`, "-c", join(dir, "nginx.conf"), "-e", join(logs, "nginx-error.log"), "-g", "daemon off;"]);
    children.push(nginx);
    await waitFor("nginx", () => connects({ host: "127.0.0.1", port }), { child: nginx });
    /**
     * Makes the site answer on one more port of 127.0.0.1 too (nginx reloads its
     * configuration); resolves with the port once it listens. PHP sees it as SERVER_PORT.
     */
    site.listen = async () => {
      const more = await freePort();
      ports.push(more);
      await writeNginxConfig();
      nginx.kill("SIGHUP");
      await waitFor("nginx on another port", () => connects({ host: "127.0.0.1", port: more }), { child: nginx });
      return more;
    };

    // ---- WordPress's installer, as a person fills it in.
    const form = new URLSearchParams({
      weblog_title: "Studio Köln", user_name: ADMIN.user, admin_password: ADMIN.password, admin_password2: ADMIN.password,
      pw_weak: "1", admin_email: ADMIN.email, blog_public: "0", language: "",
    });
    const install = await fetch(`${site.base}wp-admin/install.php?step=2`, { method: "POST", body: form });
    const installed = await install.text();
    if (!installed.includes("<h1>Success!</h1>")) throw new Error(`WordPress did not install: ${install.status} ${installed.slice(0, 2000)}`);
    if (permalinks) await site.setPermalinks(permalinks);
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** What a test does with a site: PHP with WordPress loaded, permalinks, the logs. */
function addHelpers(site) {
  /** Runs PHP with WordPress loaded (PHP's CLI against the same database); resolves with its output. */
  site.php = async (code) => {
    const file = join(site.dir, "tmp", `eval-${randomBytes(6).toString("hex")}.php`);
    const host = new URL(site.base).host;
    await writeFile(
      file,
      `<?php\n$_SERVER['HTTP_HOST'] = ${phpString(host)};\n$_SERVER['REQUEST_URI'] = '/';\n$_SERVER['SERVER_NAME'] = '127.0.0.1';\ndefine( 'WP_USE_THEMES', false );\nrequire ${phpString(join(site.wp, "wp-load.php"))};\n${code}\n`,
    );
    try {
      return (await run("php", [file])).stdout;
    } finally {
      await rm(file, { force: true });
    }
  };
  /** '' for plain permalinks. WordPress rebuilds its rewrite rules on the next request. */
  site.setPermalinks = (structure) => site.php(`update_option( 'permalink_structure', ${phpString(structure)} ); delete_option( 'rewrite_rules' );`);
  /** Everything the site's processes wrote to their logs. */
  site.logs = async () => {
    const files = await readdir(site.logsDir);
    const texts = await Promise.all(files.map((f) => readFile(join(site.logsDir, f), "utf8").catch(() => "")));
    return files.map((f, i) => `==> ${f} <==\n${texts[i]}`).join("\n");
  };
  /**
   * PHP's complaints (warnings, notices, fatal errors) about the plugin in the logs.
   * (WordPress 6.1's own code is not clean on PHP 8.2: its deprecations are not ours.)
   */
  site.phpProblems = async () => {
    const text = await site.logs();
    return text.split("\n").filter((line) => /PHP (Warning|Notice|Fatal error|Parse error|Deprecated)/.test(line) && /trial-booking|trial_booking/i.test(line));
  };
}
