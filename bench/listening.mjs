// Starts a server process and waits for the line where it says its URL.

import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * Starts `command args` and resolves, once it prints a line matching
 * `pattern`, with { base: the pattern's first group without a trailing
 * slash, stop() }. Its standard error goes to ours.
 */
export function listening(command, args, pattern, options = {}) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "inherit"] });
  const base = new Promise((done, fail) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const m = line.match(pattern);
      if (m) done(m[1].replace(/\/$/, ""));
    });
    child.once("exit", (code) => fail(new Error(`${command} ${args.join(" ")} exited (${code}) before it was listening`)));
    child.once("error", fail);
  });
  return base.then((url) => ({ base: url, stop: () => child.exitCode === null && child.kill() }));
}
