// The PowerShell side of the package: FaxBridge.psd1 derived from the repository's module.psd1,
// and everything under powershell/ (root module, Public/, Private/, format views, the about_
// help in its culture folder), placed at the top of the module folder as PowerShell expects.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** module.psd1's ModuleVersion, which a test keeps equal to package.json's version. */
export function manifestVersion(manifestText) {
  const match = /^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifestText);
  if (!match) throw new Error('module.psd1 has no ModuleVersion');
  return match[1];
}

export function writeModuleFiles(root, moduleDir, version) {
  const source = readFileSync(path.join(root, 'module.psd1'), 'utf8');
  const declared = manifestVersion(source);
  if (declared !== version) throw new Error(`module.psd1 says ModuleVersion ${declared} but package.json says ${version}; they must agree`);
  // The module's files sit at the top of the module folder, so the manifest's paths lose "powershell/".
  writeFileSync(path.join(moduleDir, 'FaxBridge.psd1'), source.replaceAll("'powershell/", "'"));
  const powershell = path.join(root, 'powershell');
  for (const entry of readdirSync(powershell)) {
    cpSync(path.join(powershell, entry), path.join(moduleDir, entry), { recursive: true });
  }
}
