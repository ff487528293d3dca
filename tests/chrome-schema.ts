/**
 * Chrome's rules for an extension's managed-policy schema and values, written out so tests can apply
 * them without a browser: components/policy/core/common/schema.cc (the schema and Schema::Validate)
 * and registry_dict.cc (how Windows registry values become policy values). Shared by the schema
 * unit test, the deployment-guide test and the force-install browser test.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Dict = { [k: string]: Json };

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
export const isDict = (v: Json | undefined): v is Dict => jsonType(v as Json) === 'dict';

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
export function chromeSchemaErrors(root: Json): string[] {
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
export function chromeValueErrors(schema: Dict, value: Json, where = 'policy'): string[] {
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

/** Nudge's schema, as the Chrome package declares it. */
export const NUDGE_SCHEMA = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../public/managed_schema.json'), 'utf8')) as Dict;

function resolveRef(schema: Dict, s: Dict): Dict {
  if (typeof s.$ref !== 'string') return s;
  let found: Dict | null = null;
  (function find(n: Json) {
    if (found || !isDict(n) && !Array.isArray(n)) return;
    if (isDict(n) && n.id === s.$ref) found = n;
    for (const v of Array.isArray(n) ? n : Object.values(n)) find(v);
  })(schema);
  if (!found) throw new Error(`no schema with id ${s.$ref}`);
  return found;
}

/**
 * A Windows registry value (REG_SZ string or REG_DWORD number) as Chrome reads it for a policy whose
 * schema is `s` (registry_dict.cc ConvertRegistryValue): booleans from numbers or number strings,
 * integers from strings, lists and objects from JSON strings. Null when Chrome could not convert it.
 */
export function registryValue(schema: Dict, s: Dict, value: string | number): Json {
  const t = resolveRef(schema, s).type;
  if (t === 'string') return typeof value === 'string' ? value : null;
  if (t === 'boolean') {
    const n = typeof value === 'number' ? value : /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
    return Number.isNaN(n) ? null : n !== 0;
  }
  if (t === 'integer') return typeof value === 'number' ? value : /^[+-]?\d+$/.test(value) ? Number(value) : null;
  if (t === 'array' || t === 'object') {
    if (typeof value !== 'string') return null;
    try {
      const parsed = JSON.parse(value) as Json;
      return (t === 'array' ? Array.isArray(parsed) : isDict(parsed)) ? parsed : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The policy Chrome builds from registry values under `...\3rdparty\extensions\<id>\policy`. */
export function policyFromRegistry(schema: Dict, values: Record<string, string | number>): Dict {
  const props = (schema.properties ?? {}) as Dict;
  const out: Dict = {};
  for (const [name, raw] of Object.entries(values)) {
    const s = props[name];
    if (!isDict(s)) throw new Error(`${name} is not in the schema`);
    const v = registryValue(schema, s, raw);
    if (v === null) throw new Error(`Chrome cannot read ${name} = ${JSON.stringify(raw)} as ${String(resolveRef(schema, s).type)}`);
    out[name] = v;
  }
  return out;
}
