// Turns the admin API's OpenAPI document into the two committed files the app is typed by:
// src/api/schema.d.ts (openapi-typescript) and src/api/minimum-roles.ts (who may call what).
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from /api/openapi.json by `npm run api:types`. Do not edit.\n';

export async function renderApiFiles(spec) {
  const ast = await openapiTS(spec, { propertiesRequiredByDefault: true, alphabetize: true });
  return {
    'src/api/schema.d.ts': HEADER + astToString(ast),
    'src/api/minimum-roles.ts': HEADER + renderMinimumRoles(spec),
  };
}

function renderMinimumRoles(spec) {
  const lines = [];
  for (const [path, operations] of Object.entries(spec.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, operation] of Object.entries(operations).sort(([a], [b]) => a.localeCompare(b))) {
      const role = operation['x-minimum-role'];
      if (role) lines.push(`  '${method.toUpperCase()} ${path}': '${role}',`);
    }
  }
  return `export const minimumRoles = {\n${lines.join('\n')}\n} as const;\n\nexport type Operation = keyof typeof minimumRoles;\n`;
}

export async function fetchSpec(baseUrl) {
  const response = await fetch(new URL('/api/openapi.json', baseUrl));
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return response.json();
}
