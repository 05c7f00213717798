// LICENSE and THIRD-PARTY-NOTICES.txt: a module on a gallery redistributes everything it bundles,
// so each bundled component is named with its version, its license as its own package states it,
// and the text of its license file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LICENSE_FILE = /^licen[cs]e(-[a-z0-9.]+)?(\.(md|txt))?$/i;

function licenseText(dir) {
  const file = existsSync(dir) ? readdirSync(dir).find((name) => LICENSE_FILE.test(name)) : undefined;
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : undefined;
}

function nuspecFacts(id, version) {
  const dir = path.join(process.env.NUGET_PACKAGES ?? path.join(os.homedir(), '.nuget', 'packages'), id.toLowerCase(), version);
  const nuspec = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.nuspec')) : undefined;
  if (!nuspec) return { license: 'see the package on nuget.org' };
  const text = readFileSync(path.join(dir, nuspec), 'utf8');
  const expression = /<license type="expression">([^<]+)<\/license>/.exec(text)?.[1];
  const url = /<licenseUrl>([^<]+)<\/licenseUrl>/.exec(text)?.[1];
  const copyright = /<copyright>([^<]+)<\/copyright>/.exec(text)?.[1]?.trim();
  return { license: expression ?? (url ? `the license at ${url}` : 'see the package on nuget.org'), copyright, text: licenseText(dir) };
}

/** NuGet packages the published edge-js bootstrap carries, from its deps.json. */
export function bootstrapPackages(bootstrapDir) {
  const deps = JSON.parse(readFileSync(path.join(bootstrapDir, 'bootstrap.deps.json'), 'utf8'));
  return Object.entries(deps.libraries ?? {})
    .filter(([, library]) => library.type === 'package')
    .map(([key]) => {
      const [id, version] = key.split('/');
      return { id, version, ...nuspecFacts(id, version) };
    });
}

function section(title, lines, text) {
  return [`${'='.repeat(78)}`, title, ...lines, '', text ?? '', ''].join('\n');
}

/**
 * @param components {{ name, version, license, dir?, licenseFile?, note? }[]} npm packages and the node runtime
 * @param nugetPackages NuGet packages in the edge-js bootstrap (Windows only)
 */
export function writeNotices(root, moduleDir, components, nugetPackages) {
  writeFileSync(path.join(moduleDir, 'LICENSE'), readFileSync(path.join(root, 'LICENSE'), 'utf8'));
  const parts = [
    'FaxBridge bundles the third-party software listed below. Each is used under its own license,',
    'reproduced after its name. FaxBridge itself is under the MIT License in the file LICENSE.',
    '',
  ];
  for (const component of components) {
    const text = component.licenseFile ? readFileSync(component.licenseFile, 'utf8').trim() : licenseText(component.dir);
    if (!text && !component.note) throw new Error(`${component.name} ${component.version} is bundled but has no license file to reproduce`);
    parts.push(section(`${component.name} ${component.version}: ${component.license}`, component.note ? [component.note] : [], text));
  }
  for (const pkg of nugetPackages) {
    const lines = [`NuGet package, in sidecar/build/edge-bootstrap (the edge-js bootstrap's dependencies).`, ...(pkg.copyright ? [pkg.copyright] : [])];
    parts.push(section(`${pkg.id} ${pkg.version}: ${pkg.license}`, lines, pkg.text));
  }
  if (nugetPackages.some((pkg) => pkg.license === 'MIT' && !pkg.text)) {
    // NuGet packages state "MIT" as an expression and carry no text; the license asks for it.
    const mit = readFileSync(path.join(root, 'LICENSE'), 'utf8').split('\n').filter((line) => !line.startsWith('Copyright')).join('\n').trim();
    parts.push(section('The MIT License, as it applies to each NuGet package above marked MIT (its copyright line is given with it)', [], mit));
  }
  writeFileSync(path.join(moduleDir, 'THIRD-PARTY-NOTICES.txt'), parts.join('\n'));
}
