import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';

// @nestjs/graphql's own metadata keys (not exported from its entry point).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const HTTP_PATH = 'path';
const HTTP_METHOD = 'method';
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];

function describeRule(rule: AccessRule | undefined): string {
  if (!rule) return 'NONE';
  if (rule.kind === 'permission') return `requires ${rule.permission}`;
  return rule.kind === 'public' && rule.ignoresCredentials ? 'public (credentials ignored)' : rule.kind;
}

type Handler = (...args: unknown[]) => unknown;

/** Every operation the app exposes, with the access rule it declares: the same lookup the AccessGuard does. */
function accessSurface(t: TestApp): Map<string, string> {
  const surface = new Map<string, string>();
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type?.prototype || wrapper.isAlias) continue;
      const classRule = Reflect.getMetadata(ACCESS_RULE, type) as AccessRule | undefined;
      const controllerPath = Reflect.getMetadata(HTTP_PATH, type) as string | undefined;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        // Read descriptors, not properties: a prototype getter must not run.
        const method: unknown = Object.getOwnPropertyDescriptor(type.prototype, name)?.value;
        if (name === 'constructor' || typeof method !== 'function') continue;
        const handler = method as Handler;
        const rule = describeRule((Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ?? classRule);
        const operation = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (operation === 'Query' || operation === 'Mutation' || operation === 'Subscription') {
          surface.set(
            `${operation}.${(Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? name}`,
            rule,
          );
        }
        const verb = Reflect.getMetadata(HTTP_METHOD, handler) as number | undefined;
        if (controllerPath !== undefined && verb !== undefined) {
          const path = Reflect.getMetadata(HTTP_PATH, handler) as string;
          surface.set(`HTTP ${HTTP_METHODS[verb] ?? verb} /${controllerPath}/${path}`.replace(/\/+/g, '/'), rule);
        }
      }
    }
  }
  return surface;
}

describe('the access surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every query, mutation and subscription in the schema a declared access rule', () => {
    const surface = accessSurface(t);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(
      (type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []),
    );
    const undeclared = rootFields.filter((field) => (surface.get(field) ?? 'NONE') === 'NONE');
    expect(undeclared).toEqual([]);
    expect(rootFields.length).toBeGreaterThan(10);
  });

  it('matches the reviewed record of who may call what (update with `vitest -u` and review the diff)', async () => {
    const lines = [...accessSurface(t).entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([op, rule]) => `${op.padEnd(40)} ${rule}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../../access-surface.txt');
  });
});
