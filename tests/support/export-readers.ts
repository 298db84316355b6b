import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Independent readers of our exports, the tools a user would use: libxml2's xmllint (DTD validation of TMX),
 * translate-toolkit's TMX reader and Python's csv module, from Debian's /usr/bin/python3 (.ci/run installs
 * libxml2-utils and translate-toolkit). Each takes the file's text on standard input.
 */
/** The TMX 1.4b DTD, kept in the repository (tests/fixtures/specs/README.md). */
export const tmxDtd = resolve('tests/fixtures/specs/tmx14.dtd');
const python = process.env.PC_PYTHON ?? '/usr/bin/python3';

function run(command: string, args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** xmllint --noout --dtdvalid against the TMX 1.4b DTD: its complaints, empty when the document is valid. */
export function tmxDtdErrors(xml: string): string {
  const result = run('xmllint', ['--noout', '--dtdvalid', tmxDtd, '-'], xml);
  return result.status === 0 ? '' : result.stderr || `xmllint exited ${result.status}`;
}

/** What translate-toolkit's TMX reader makes of a file: each unit's id, source, target, notes, and text per language. */
export interface ToolkitUnit {
  id: string;
  source: string;
  target: string;
  notes: string;
  langs: Record<string, string>;
}

const toolkitScript = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsestring(sys.stdin.buffer.read())
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
out = []
for unit in store.units:
    langs = {node.get(XML_LANG): unit.getNodeText(node) for node in unit.getlanguageNodes()}
    out.append({'id': unit.getid(), 'source': unit.source, 'target': unit.target, 'notes': unit.getnotes(), 'langs': langs})
json.dump(out, sys.stdout, ensure_ascii=False)
`;

/** Loads a TMX document with translate-toolkit (`translate.storage.tmx`). */
export function readWithTranslateToolkit(xml: string): ToolkitUnit[] {
  const result = run(python, ['-c', toolkitScript], xml);
  if (result.status !== 0) throw new Error(`translate-toolkit could not read the TMX:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ToolkitUnit[];
}

/** Parses CSV with Python's csv module (RFC 4180 dialect, BOM removed by utf-8-sig): the records as arrays. */
export function parseCsvWithPython(csv: string): string[][] {
  const script = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode('utf-8-sig')
json.dump(list(csv.reader(io.StringIO(text, newline=''), strict=True)), sys.stdout, ensure_ascii=False)
`;
  const result = run(python, ['-c', script], csv);
  if (result.status !== 0) throw new Error(`Python's csv module could not read the CSV:\n${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}
