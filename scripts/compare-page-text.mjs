#!/usr/bin/env node
/**
 * Compares the visible text of every page in two built sites: `node scripts/compare-page-text.mjs <before> <after>`.
 * Visible = what a reader sees or hears: text nodes outside script/style/template, plus alt, aria-label, title,
 * placeholder attributes, the title and the meta description. Prints, per page, the lines only in one of the two; exit code 1 on any difference.
 * Used when restructuring: the words must read exactly as before, except the changes a commit means to make.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

const args = process.argv.slice(2);
/** By default a non-breaking space counts as a space (the typographer places them); --strict-spaces shows them. */
const strictSpaces = args.includes('--strict-spaces');
const [before, after] = args.filter((a) => !a.startsWith('--'));
if (!before || !after) {
  console.error('usage: node scripts/compare-page-text.mjs <dist-before> <dist-after>');
  process.exit(2);
}

function pages(dir) {
  const out = [];
  const walk = (d) =>
    readdirSync(d).forEach((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    });
  walk(dir);
  return out.sort();
}

const BLOCK = '\u0001';

export function pageText(html) {
  const $ = cheerio.load(html);
  $('script, style, template').remove();
  // <noscript> content is raw text to the parser; read it as the markup a reader without JavaScript gets.
  $('noscript').each((_, el) => {
    $(el).replaceWith($(el).text());
  });
  const lines = [];
  const norm = (v) => (strictSpaces ? v : v.replace(/\u00a0/g, ' '));
  $('[alt], [aria-label], [title], [placeholder]').each((_, el) => {
    for (const a of ['alt', 'aria-label', 'title', 'placeholder']) {
      const v = $(el).attr(a);
      if (v) lines.push(`@${a}: ${norm(v)}`);
    }
  });
  $('title').each((_, el) => lines.push(`<title> ${norm($(el).text())}`));
  $('meta[name="description"]').each((_, el) => lines.push(`<meta description> ${norm($(el).attr('content') ?? '')}`));
  $('body')
    .find('br, p, li, h1, h2, h3, h4, h5, h6, div, section, dt, dd, tr, label, legend, button, summary, option')
    .each((_, el) => {
      $(el).prepend(BLOCK);
      $(el).append(BLOCK);
    });
  // Line breaks in the HTML source are spaces to a reader; only block elements start a new line.
  const body = $('body')
    .text()
    .replace(/\s*\n\s*/g, ' ');
  for (const line of body.split(BLOCK)) {
    const clean = norm(line)
      .replace(/[ \t\r]+/g, ' ')
      .trim();
    if (clean) lines.push(clean);
  }
  return lines;
}

const a = pages(before);
const b = new Set(pages(after));
let differences = 0;
for (const page of a) {
  if (!b.has(page)) {
    console.log(`- page gone: ${page}`);
    differences++;
    continue;
  }
  b.delete(page);
  const x = pageText(readFileSync(join(before, page), 'utf8'));
  const y = pageText(readFileSync(join(after, page), 'utf8'));
  const count = (list) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map());
  const cx = count(x);
  const cy = count(y);
  const gone = [...cx].filter(([l, n]) => (cy.get(l) ?? 0) < n).map(([l]) => l);
  const added = [...cy].filter(([l, n]) => (cx.get(l) ?? 0) < n).map(([l]) => l);
  if (gone.length || added.length) {
    differences++;
    console.log(`\n${page}`);
    gone.forEach((l) => console.log(`  - ${l}`));
    added.forEach((l) => console.log(`  + ${l}`));
  }
}
for (const page of b) {
  console.log(`+ new page: ${page}`);
  differences++;
}
console.log(`\n${differences} page(s) differ out of ${a.length}.`);
process.exit(differences ? 1 : 0);
