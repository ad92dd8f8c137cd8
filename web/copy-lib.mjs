// Copies the built files of the front-end packages into the app's wwwroot/lib (committed).
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, "..", "src", "AeI.Crm.Web", "wwwroot", "lib");
const files = {
  "bootstrap/dist/css/bootstrap.min.css": "bootstrap/css/bootstrap.min.css",
  "bootstrap/dist/css/bootstrap.min.css.map": "bootstrap/css/bootstrap.min.css.map",
  "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/js/bootstrap.bundle.min.js",
  "bootstrap/dist/js/bootstrap.bundle.min.js.map": "bootstrap/js/bootstrap.bundle.min.js.map",
  "bootstrap/LICENSE": "bootstrap/LICENSE",
  "bootstrap-icons/font/bootstrap-icons.min.css": "bootstrap-icons/bootstrap-icons.min.css",
  "bootstrap-icons/font/fonts": "bootstrap-icons/fonts",
  "bootstrap-icons/LICENSE": "bootstrap-icons/LICENSE",
};

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of Object.entries(files)) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(here, "node_modules", from), target, { recursive: true });
}
console.log(`copied ${Object.keys(files).length} entries to ${lib}`);
