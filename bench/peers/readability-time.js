// Times Mozilla Readability on each HTML FILE as a Node user runs it: the page parsed
// by jsdom, then Readability's parse(); the HTML read before the clock starts, one
// untimed article first (warm-up), then RUNS timed ones. Prints one line per file:
// path, median ms per article (jsdom + Readability), median ms of jsdom alone,
// fastest ms per article, length of the text Readability extracted.
//
//     node readability-time.js [--runs N] FILE...
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

// Pages' CSS that jsdom cannot parse would be reported on the console; it is not an error here.
const quiet = new VirtualConsole();
// The pages' own URLs do not matter for the timing; Readability needs some URL.
const URL = 'https://example.com/article';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function extract(html) {
  const start = process.hrtime.bigint();
  const dom = new JSDOM(html, { url: URL, virtualConsole: quiet });
  const parsed = process.hrtime.bigint();
  const article = new Readability(dom.window.document).parse();
  const done = process.hrtime.bigint();
  dom.window.close();
  return { total: Number(done - start) / 1e6, jsdom: Number(parsed - start) / 1e6, article };
}

let runs = 5;
const files = process.argv.slice(2);
if (files[0] === '--runs') {
  runs = Number(files[1]);
  files.splice(0, 2);
}
for (const file of files) {
  const html = fs.readFileSync(file, 'utf8');
  const first = extract(html);
  const total = [];
  const jsdom = [];
  for (let r = 0; r < runs; r++) {
    const t = extract(html);
    total.push(t.total);
    jsdom.push(t.jsdom);
  }
  const length = first.article && first.article.textContent ? first.article.textContent.length : 0;
  console.log([file, median(total).toFixed(3), median(jsdom).toFixed(3),
    Math.min(...total).toFixed(3), length].join('\t'));
}
