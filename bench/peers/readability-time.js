// Times Mozilla Readability on each HTML FILE as a Node user runs it: the page parsed
// by jsdom, then Readability's parse(); the HTML read before the clock starts, one
// untimed article first (warm-up), then RUNS timed ones. Prints one line per file:
// path, median ms per article (jsdom + Readability), median ms of jsdom alone,
// fastest ms per article, length of the text Readability extracted.
//
// With --turns the files take turns: each run extracts every file once, in order, so no
// extraction follows one of the same page (as a crawler meets new pages).
//
//     node readability-time.js [--runs N] [--turns] FILE...
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
let turns = false;
const files = process.argv.slice(2);
for (;;) {
  if (files[0] === '--runs') {
    runs = Number(files[1]);
    files.splice(0, 2);
  } else if (files[0] === '--turns') {
    turns = true;
    files.splice(0, 1);
  } else {
    break;
  }
}
const pages = files.map((file) => ({ file, html: fs.readFileSync(file, 'utf8'), total: [], jsdom: [] }));

function timeOnce(page) {
  const t = extract(page.html);
  page.total.push(t.total);
  page.jsdom.push(t.jsdom);
}

// One untimed article a page first (warm-up); then the runs, page by page or in turns.
for (const p of pages) {
  const first = extract(p.html);
  p.length = first.article && first.article.textContent ? first.article.textContent.length : 0;
  for (let r = 0; !turns && r < runs; r++) {
    timeOnce(p);
  }
}
for (let r = 0; turns && r < runs; r++) {
  for (const p of pages) {
    timeOnce(p);
  }
}
for (const p of pages) {
  console.log([p.file, median(p.total).toFixed(3), median(p.jsdom).toFixed(3),
    Math.min(...p.total).toFixed(3), p.length].join('\t'));
}
