// The PowerShell side of the package: everything under powershell/ (root module, Public/,
// Private/, format views, the about_ help in its culture folder) at the top of the module folder,
// as PowerShell expects, and its manifest FaxBridge.psd1: powershell/FaxBridge.psd1 as it is where
// the repository has one, else derived from module.psd1 (whose paths then lose "powershell/").
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A manifest's ModuleVersion, which must be package.json's version. */
export function manifestVersion(manifestText) {
  const match = /^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifestText);
  if (!match) throw new Error('the module manifest has no ModuleVersion');
  return match[1];
}

export function writeModuleFiles(root, moduleDir, version) {
  const powershell = path.join(root, 'powershell');
  const shipped = path.join(powershell, 'FaxBridge.psd1');
  for (const manifest of [path.join(root, 'module.psd1'), shipped].filter((file) => existsSync(file))) {
    const declared = manifestVersion(readFileSync(manifest, 'utf8'));
    if (declared !== version) throw new Error(`${path.relative(root, manifest)} says ModuleVersion ${declared} but package.json says ${version}; they must agree`);
  }
  for (const entry of readdirSync(powershell)) {
    cpSync(path.join(powershell, entry), path.join(moduleDir, entry), { recursive: true });
  }
  if (!existsSync(shipped)) {
    const derived = readFileSync(path.join(root, 'module.psd1'), 'utf8').replaceAll("'powershell/", "'");
    writeFileSync(path.join(moduleDir, 'FaxBridge.psd1'), derived);
  }
}
