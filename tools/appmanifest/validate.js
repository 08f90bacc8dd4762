#!/usr/bin/env node
// Test oracle for the Teams app package: validates an unpacked package folder against Microsoft's official
// JSON schemas bundled in @microsoft/app-manifest, offline. The schema files are read from this package's own
// folder and handed to the validator, so nothing is ever fetched (a $schema that is not bundled is an error).
//
//   node validate.js DIR   →   {"manifest": {"schemaFile", "errors": [...]},
//                               "localizations": {"en.json": {"schemaFile", "errors": [...]}, ...}}
'use strict';

const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemaRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

// https://developer.microsoft.com/[en-us/]json-schemas/teams/v1.29/MicrosoftTeams.schema.json → the bundled file.
function bundledSchema(url, expectedName) {
  const match = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/([A-Za-z.]+\.json)$/.exec(url || '');
  if (!match || match[2] !== expectedName) throw new Error(`$schema "${url}" is not a Teams ${expectedName} URL`);
  const file = path.join(schemaRoot, match[1], match[2]);
  if (!fs.existsSync(file)) throw new Error(`$schema "${url}" names a version this package does not bundle (${match[1]})`);
  return { file, version: match[1] };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

// The manifest goes through the package's own validator, as Microsoft's tools do.
async function validateManifest(document, schema) {
  return AppManifestUtils.validateAgainstSchema(document, schema);
}

// The localisation schema has a pattern (`\b]`) that JavaScript rejects in unicode mode, which is how the
// package's validator compiles it; the same draft-04 validator with unicode patterns off accepts it.
async function validateLocalization(document, schema) {
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message || ''}. Details: ${JSON.stringify(e.params)}`);
}

async function check(documentFile, schemaName, validator) {
  const document = readJson(documentFile);
  const schema = bundledSchema(document.$schema, schemaName);
  const errors = await validator(document, readJson(schema.file));
  return { schemaFile: path.relative(__dirname, schema.file), version: schema.version, errors };
}

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node validate.js DIR');
  const manifestFile = path.join(dir, 'manifest.json');
  const result = { manifest: await check(manifestFile, 'MicrosoftTeams.schema.json', validateManifest), localizations: {} };
  const languages = (readJson(manifestFile).localizationInfo || {}).additionalLanguages || [];
  for (const language of languages) {
    result.localizations[language.file] = await check(path.join(dir, language.file), 'MicrosoftTeams.Localization.schema.json', validateLocalization);
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
