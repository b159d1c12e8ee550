// Runs axe-core's WCAG 2.1 A and AA rules on each URL given, in Debian's chromium
// (puppeteer-core drives the installed browser; it downloads none), and prints
// {url: [violations]} as JSON. Called by tests/web/test_axe.py.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const urls = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // Root in CI needs --no-sandbox; nothing but 127.0.0.1 may be reached.
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});
const results = {};
try {
  for (const url of urls) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }))
        .violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) })));
    results[url] = found;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
