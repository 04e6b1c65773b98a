// PostCSS plugin (production builds only): drops the Radix Themes rules this app's pages
// can never match, so a phone downloads and parses ~25 KB of CSS (gzip) instead of ~83 KB.
//
// What it keeps is read from the compiled front end in the build folder, never listed by
// hand: the Radix components the pages import (and every class name their Radix source
// files use, following their internal imports), the colours and responsive breakpoints the
// compiled code mentions. It drops the dark theme (the app is light only) and the Display-P3
// colour variants (wide-gamut screens get the sRGB colours).
// Installed by digital_family/web/frontend.py (FrontendPlugin); see that module.
const fs = require('fs');
const path = require('path');

const WEB = __dirname;
const SOURCES = ['app', 'app_components', 'utils', 'components'];
const COLORS = ('tomato red ruby crimson pink plum purple violet iris indigo blue cyan teal jade '
  + 'green grass brown orange sky mint lime yellow amber gold bronze').split(' ');
const BREAKPOINTS = ['xs', 'sm', 'md', 'lg', 'xl'];

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(jsx?|mjs|py)$/.test(entry.name)) yield full;
  }
}

function radixClasses(components) {
  // every "rt-Component…" class in the used components' source, following relative imports
  const root = path.join(WEB, 'node_modules', '@radix-ui', 'themes', 'dist', 'esm', 'components');
  const classes = new Set();
  const seen = new Set();
  const queue = [];
  for (const name of components) {
    const file = path.join(root, name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()) + '.js');
    if (!fs.existsSync(file)) return null; // unknown component: keep every rule
    queue.push(file);
  }
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/rt-[A-Z][A-Za-z]*/g)) classes.add(m[0]);
    for (const m of code.matchAll(/from\s*"(\.[^"]+)"/g)) queue.push(path.resolve(path.dirname(file), m[1]));
  }
  return classes;
}

function whatIsUsed(extraSources) {
  const components = new Set(['Theme']);
  let text = '';
  for (const dir of [...SOURCES.map((d) => path.join(WEB, d)), ...extraSources]) {
    for (const file of files(dir)) {
      const code = fs.readFileSync(file, 'utf8');
      text += code;
      // `import * as … from "@radix-ui/themes"` in root.jsx only exposes the library to
      // components evaluated at run time, which this app does not have
      for (const m of code.matchAll(/import\s*{([^}]*)}\s*from\s*"@radix-ui\/themes"/g)) {
        for (const part of m[1].split(',')) components.add(part.trim().split(/\s+as\s+/)[0]);
      }
    }
  }
  return {
    classes: radixClasses([...components].filter(Boolean)),
    colors: new Set(COLORS.filter((c) => new RegExp(`["'\`]${c}["'\`]|--${c}-`).test(text))),
    breakpoints: new Set(BREAKPOINTS.filter((b) => new RegExp(`\\[\\s*"${b}"\\s*\\]|"${b}"\\s*:`).test(text))),
  };
}

module.exports = (opts = {}) => ({
  postcssPlugin: 'radix-css-prune',
  Once(root) {
    if (process.env.NODE_ENV !== 'production' || !root.toString().includes('.radix-themes')) return;
    const used = whatIsUsed(opts.extraSources || []);
    const unusedColors = COLORS.filter((c) => !used.colors.has(c));
    const colorVar = new RegExp(`^--(${unusedColors.join('|')})-`);
    const colorAttr = new RegExp(`data-accent-color=['"]?(${unusedColors.join('|')})['"]?\\]`);
    const unusedBp = BREAKPOINTS.filter((b) => !used.breakpoints.has(b));
    const bpClass = new RegExp(`\\.(${unusedBp.join('|')})\\\\:`);

    root.walkAtRules((at) => {
      if ((at.name === 'supports' && at.params.includes('display-p3'))
          || (at.name === 'media' && at.params.includes('color-gamut'))) at.remove();
    });
    root.walkRules((rule) => {
      if (rule.parent && rule.parent.type === 'atrule' && /keyframes/.test(rule.parent.name)) return;
      const keep = rule.selectors.filter((selector) => {
        const outsideNot = selector.replace(/:not\([^)]*\)/g, '');
        if (/\.dark(-theme)?\b/.test(outsideNot)) return false;
        if (unusedColors.length && colorAttr.test(selector)) return false;
        if (unusedBp.length && bpClass.test(selector)) return false;
        if (used.classes) {
          // a component class required outside any parentheses must be rendered somewhere
          const required = selector.replace(/\([^()]*\)/g, '').match(/\.rt-[A-Z][A-Za-z]*/g) || [];
          if (required.some((c) => !used.classes.has(c.slice(1)))) return false;
        }
        return true;
      });
      if (!keep.length) return rule.remove();
      if (keep.length !== rule.selectors.length) rule.selectors = keep;
      if (unusedColors.length) rule.walkDecls((d) => { if (colorVar.test(d.prop)) d.remove(); });
      if (!rule.nodes.length) rule.remove();
    });
    root.walkAtRules((at) => {
      if (['media', 'supports', 'layer'].includes(at.name) && at.nodes && !at.nodes.length) at.remove();
    });
  },
});
module.exports.postcss = true;
