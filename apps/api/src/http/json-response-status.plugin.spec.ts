import { describe, expect, it } from 'vitest';
import { asksForPlainJson } from './json-response-status.plugin';

describe('asksForPlainJson', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['text/html, application/json;q=0.5', true],
    ['application/graphql-response+json;q=0.5, application/json', true],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/graphql-response+json', false],
    ['application/json, application/graphql-response+json', true],
    ['application/graphql-response+json, application/json', false],
    ['*/*', false],
    ['application/*', false],
    ['application/json;q=0', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(asksForPlainJson(accept)).toBe(expected);
  });
});
