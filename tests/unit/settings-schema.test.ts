/**
 * Checks public/managed_schema.json the way Chrome does (components/policy/core/common/schema.cc and
 * the extension's storage manifest handler): if Chrome rejects the schema, it refuses to load the
 * extension, so this must never reach a practice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, readPolicy } from '@/src/settings/policy';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Dict = { [k: string]: Json };

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
/** The attributes schema.cc allows for each type, and the JSON type each must have. */
const ALLOWED: Record<string, Record<string, string>> = {
  array: { description: 'string', id: 'string', items: 'dict', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  boolean: { description: 'string', id: 'string', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  integer: { description: 'string', enum: 'list', id: 'string', maximum: 'number', minimum: 'number', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  number: { description: 'string', id: 'string', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  object: { additionalProperties: 'dict', description: 'string', id: 'string', patternProperties: 'dict', properties: 'dict', required: 'list', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  string: { description: 'string', enum: 'list', id: 'string', pattern: 'string', sensitiveValue: 'boolean', title: 'string', type: 'string' },
  $ref: { description: 'string', $ref: 'string', title: 'string' },
};

function jsonType(v: Json): string {
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'dict';
  return typeof v;
}
const isDict = (v: Json | undefined): v is Dict => jsonType(v as Json) === 'dict';

/** RE2 refuses look-around and back-references; JavaScript's RegExp catches the rest of the syntax errors. */
function checkRegex(p: string, where: string, errors: string[]) {
  if (/\(\?[=!<]|\\[1-9]/.test(p)) errors.push(`${where}: /${p}/ uses syntax RE2 does not support`);
  try {
    new RegExp(p);
  } catch {
    errors.push(`${where}: /${p}/ is an invalid regex`);
  }
}

/** Returns Chrome's reasons for refusing the schema (empty when it would load). */
function chromeSchemaErrors(root: Json): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const refs: [string, string][] = [];

  function check(s: Json, where: string): void {
    if (!isDict(s)) return void errors.push(`${where}: a schema must be an object`);
    if ('$ref' in s) {
      if (typeof s.$ref !== 'string') errors.push(`${where}: $ref must be a string`);
      else refs.push([s.$ref, where]);
      if ('id' in s) errors.push(`${where}: a schema with a $ref can't have an id`);
      for (const k of Object.keys(s)) if (!(k in ALLOWED.$ref!)) errors.push(`${where}: unknown attribute '${k}' beside $ref`);
      return;
    }
    if (!('type' in s)) return void errors.push(`${where}: each schema must have a 'type' or '$ref'`);
    const type = s.type;
    if (typeof type !== 'string') return void errors.push(`${where}: 'type' must be a string`);
    if (!TYPES.includes(type)) return void errors.push(`${where}: unknown type '${type}'`);
    const allowed = ALLOWED[type]!;
    for (const [k, v] of Object.entries(s)) {
      const want = allowed[k];
      if (!want) errors.push(`${where}: unknown attribute '${k}' for type ${type}`);
      else if (jsonType(v) !== want && !(want === 'number' && typeof v === 'number')) errors.push(`${where}: invalid type for attribute '${k}'`);
    }
    if (typeof s.id === 'string') {
      if (ids.has(s.id)) errors.push(`${where}: duplicated id ${s.id}`);
      ids.add(s.id);
    }
    if ('enum' in s) {
      const list = s.enum;
      const itemType = type === 'integer' ? 'number' : 'string';
      if (!Array.isArray(list) || list.length === 0) errors.push(`${where}: 'enum' must be a non-empty list`);
      else if (list.some((x) => typeof x !== itemType || (type === 'integer' && !Number.isInteger(x)))) errors.push(`${where}: 'enum' items must be of type ${type}`);
    }
    if (type === 'integer' && typeof s.minimum === 'number' && typeof s.maximum === 'number' && s.minimum > s.maximum) {
      errors.push(`${where}: invalid range [${s.minimum}; ${s.maximum}]`);
    }
    if (typeof s.pattern === 'string') checkRegex(s.pattern, where, errors);
    if (type === 'array') {
      if (!isDict(s.items)) errors.push(`${where}: an array must have a schema in 'items'`);
      else check(s.items, `${where}.items`);
    }
    if (type === 'object') {
      if (isDict(s.properties)) for (const [k, sub] of Object.entries(s.properties)) check(sub, `${where}.${k}`);
      if (isDict(s.patternProperties)) {
        for (const [p, sub] of Object.entries(s.patternProperties)) {
          checkRegex(p, `${where} patternProperties`, errors);
          check(sub, `${where}[/${p}/]`);
        }
      }
      if (isDict(s.additionalProperties)) check(s.additionalProperties, `${where}.*`);
      if (Array.isArray(s.required)) {
        for (const r of s.required) {
          if (typeof r !== 'string') errors.push(`${where}: 'required' may only contain strings`);
          else if (!isDict(s.properties) || !(r in s.properties)) errors.push(`${where}: 'required' names unknown property '${r}'`);
        }
      }
    }
  }

  if (!isDict(root)) return ['the schema file must hold a JSON object'];
  if (root.type !== 'object') errors.push('the top-level schema must have type object');
  if ('additionalProperties' in root) errors.push("the top-level object can't have additionalProperties");
  if ('$ref' in root) errors.push("the main schema can't have a $ref");
  check(root, 'schema');
  for (const [ref, where] of refs) if (!ids.has(ref)) errors.push(`${where}: invalid $ref ${ref}`);
  return errors;
}

/** Chrome's check of a policy value against the schema (Schema::Validate, strict). */
function chromeValueErrors(schema: Dict, value: Json, where = 'policy'): string[] {
  const byId = new Map<string, Dict>();
  (function collect(s: Json) {
    if (!isDict(s)) return;
    if (typeof s.id === 'string') byId.set(s.id, s);
    for (const v of Object.values(s)) {
      if (Array.isArray(v)) v.forEach(collect);
      else if (isDict(v) && 'type' in v) collect(v);
      else if (isDict(v)) Object.values(v).forEach(collect);
    }
  })(schema);
  const errors: string[] = [];
  function val(s: Dict, v: Json, at: string): void {
    if (typeof s.$ref === 'string') return val(byId.get(s.$ref)!, v, at);
    const t = s.type as string;
    const ok =
      (t === 'object' && isDict(v)) || (t === 'array' && Array.isArray(v)) || (t === 'string' && typeof v === 'string') ||
      (t === 'boolean' && typeof v === 'boolean') || (t === 'integer' && Number.isInteger(v)) || (t === 'number' && typeof v === 'number');
    if (!ok) return void errors.push(`${at}: expected ${t}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${at}: not one of ${s.enum.join(', ')}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(v as string)) errors.push(`${at}: does not match /${s.pattern}/`);
    if (typeof s.minimum === 'number' && (v as number) < s.minimum) errors.push(`${at}: below minimum`);
    if (typeof s.maximum === 'number' && (v as number) > s.maximum) errors.push(`${at}: above maximum`);
    if (Array.isArray(v)) v.forEach((item, i) => val(s.items as Dict, item, `${at}[${i}]`));
    if (isDict(v)) {
      const props = isDict(s.properties) ? s.properties : {};
      for (const [k, sub] of Object.entries(v)) {
        if (isDict(props[k])) val(props[k] as Dict, sub, `${at}.${k}`);
        else errors.push(`${at}: unknown property ${k}`);
      }
      for (const r of (s.required as string[] | undefined) ?? []) if (!(r in v)) errors.push(`${at}: missing required property ${r}`);
    }
  }
  val(schema, value, where);
  return errors;
}

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../public/managed_schema.json'), 'utf8')) as Dict;

/** Every Nudge policy in the JSON examples of docs/deployment.md (what IT staff copy). */
function policiesInDeploymentGuide(): Dict[] {
  const docs = readFileSync(resolve(__dirname, '../../docs/deployment.md'), 'utf8');
  const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Dict);
  const found: Dict[] = [];
  for (const b of blocks) {
    const third = (b['3rdparty'] ?? (isDict(b.policies) ? b.policies['3rdparty'] : undefined)) as Json | undefined;
    if (!isDict(third)) continue;
    const exts = third.extensions ?? third.Extensions;
    if (isDict(exts)) for (const p of Object.values(exts)) if (isDict(p)) found.push(p);
  }
  return found;
}

describe('public/managed_schema.json is a schema Chrome accepts', () => {
  it('passes every check Chrome makes', () => {
    expect(chromeSchemaErrors(schema)).toEqual([]);
  });

  it('covers every setting the policy may set, and the template pack', () => {
    expect(Object.keys(schema.properties as Dict).sort()).toEqual([...POLICY_KEYS, 'templates'].sort());
  });

  it('every example configuration in the deployment guide passes Chrome and Nudge', () => {
    const examples = policiesInDeploymentGuide();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      expect(chromeValueErrors(schema, example)).toEqual([]);
      expect(readPolicy(example).problems).toEqual([]);
    }
  });

  it.each([
    ['an http link', { websiteUrl: 'http://www.example.nhs.uk' }],
    ['a part limit out of range', { partLimit: 11 }],
    ['an unknown role', { defaultRole: 'doctor' }],
    ['an allowed site with a path', { allowedSites: ['https://a.example.nhs.uk/login'] }],
    ['a template without a body', { templates: [{ id: 'a', service: 'nhs-app', title: 'A' }] }],
  ])('Chrome drops a policy with %s', (_, value) => {
    expect(chromeValueErrors(schema, value as Json)).not.toEqual([]);
  });
});

describe('the checker itself catches what Chrome refuses', () => {
  it.each<[string, Json, RegExp]>([
    ['a top level that is not an object', { type: 'array', items: { type: 'string' } }, /top-level schema must have type object/],
    ['additionalProperties at the top', { type: 'object', properties: {}, additionalProperties: { type: 'string' } }, /can't have additionalProperties/],
    ['an unsupported type', { type: 'object', properties: { a: { type: 'null' } } }, /unknown type 'null'/],
    ['a schema with no type', { type: 'object', properties: { a: { title: 'A' } } }, /must have a 'type' or '\$ref'/],
    ['minimum on a string', { type: 'object', properties: { a: { type: 'string', minimum: 1 } } }, /unknown attribute 'minimum'/],
    ['minItems on an array', { type: 'object', properties: { a: { type: 'array', items: { type: 'string' }, minItems: 1 } } }, /unknown attribute 'minItems'/],
    ['an array without items', { type: 'object', properties: { a: { type: 'array' } } }, /must have a schema in 'items'/],
    ['an empty enum', { type: 'object', properties: { a: { type: 'string', enum: [] } } }, /non-empty list/],
    ['an enum of the wrong type', { type: 'object', properties: { a: { type: 'integer', enum: ['x'] } } }, /items must be of type integer/],
    ['a reversed range', { type: 'object', properties: { a: { type: 'integer', minimum: 5, maximum: 1 } } }, /invalid range/],
    ['a look-ahead pattern', { type: 'object', properties: { a: { type: 'string', pattern: '^(?=a)' } } }, /RE2 does not support/],
    ['a $ref to nothing', { type: 'object', properties: { a: { $ref: 'Missing' } } }, /invalid \$ref/],
    ['a $ref with a type', { type: 'object', properties: { a: { $ref: 'X', type: 'string' } } }, /unknown attribute 'type' beside \$ref/],
    ['a required property that does not exist', { type: 'object', properties: { a: { type: 'object', properties: {}, required: ['b'] } } }, /unknown property 'b'/],
    ['a duplicated id', { type: 'object', properties: { a: { id: 'X', type: 'string' }, b: { id: 'X', type: 'string' } } }, /duplicated id/],
  ])('%s', (_, bad, message) => {
    expect(chromeSchemaErrors(bad).join('\n')).toMatch(message);
  });

  it('accepts additionalProperties and patternProperties below the top', () => {
    expect(
      chromeSchemaErrors({ type: 'object', properties: { a: { type: 'object', additionalProperties: { type: 'string' }, patternProperties: { '^x': { type: 'integer' } } } } }),
    ).toEqual([]);
  });
});
