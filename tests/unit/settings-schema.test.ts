/**
 * Checks public/managed_schema.json the way Chrome does (components/policy/core/common/schema.cc and
 * the extension's storage manifest handler): if Chrome rejects the schema, it refuses to load the
 * extension, so this must never reach a practice.
 */
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '@/src/settings/policy';
import { chromeSchemaErrors, chromeValueErrors, NUDGE_SCHEMA as schema, type Dict, type Json } from '../chrome-schema';

// The examples in docs/deployment.md are checked in deployment-guide.test.ts.

describe('public/managed_schema.json is a schema Chrome accepts', () => {
  it('passes every check Chrome makes', () => {
    expect(chromeSchemaErrors(schema)).toEqual([]);
  });

  it('covers every setting the policy may set, and the template pack', () => {
    expect(Object.keys(schema.properties as Dict).sort()).toEqual([...POLICY_KEYS, 'templates'].sort());
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
