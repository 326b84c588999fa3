#!/usr/bin/env node
// Validates FHIR R4 JSON files against the R4 StructureDefinitions shipped in the `fhir` npm package (Lantana's
// FHIR.js): a Bundle (every entry's resource too), or NDJSON with one resource a line (--ndjson). Prints one JSON
// line per file with the errors found; exits 1 when any file has an error, 2 on a usage error.
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');

const args = process.argv.slice(2);
const ndjson = args[0] === '--ndjson';
const files = ndjson ? args.slice(1) : args;
if (files.length === 0) {
    console.error('usage: validate.js [--ndjson] FILE...');
    process.exit(2);
}
const fhir = new Fhir();
let failed = false;
for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const resources = ndjson ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l)) : [JSON.parse(text)];
    const errors = [];
    for (const resource of resources) {
        const result = fhir.validate(resource, { errorOnUnexpected: true });
        for (const m of result.messages) {
            if (m.severity === 'error')
                errors.push(`${m.location}: ${m.message}`);
        }
    }
    failed = failed || errors.length > 0;
    console.log(JSON.stringify({ file, resources: resources.length, valid: errors.length === 0, errors: errors.slice(0, 20) }));
}
process.exit(failed ? 1 : 0);
