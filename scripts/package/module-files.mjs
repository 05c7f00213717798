// The PowerShell side of the package: everything under powershell/ (format views, the about_
// help in its culture folder) at the top of the module folder, as PowerShell expects, and its
// manifest FaxBridge.psd1: powershell/FaxBridge.psd1 as it is where the repository has one, else
// derived from module.psd1 (whose paths then lose "powershell/"). The root module is one file:
// FaxBridge.psm1 with every Private/ and Public/ .ps1 in place of its "functions" region, since
// PowerShell loads one file quicker than it dot-sources thirty.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A manifest's ModuleVersion, which must be package.json's version. */
export function manifestVersion(manifestText) {
  const match = /^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifestText);
  if (!match) throw new Error('the module manifest has no ModuleVersion');
  return match[1];
}

const FUNCTION_FOLDERS = ['Private', 'Public'];
const FUNCTIONS_REGION = /^#region functions\r?\n[\s\S]*?^#endregion functions\r?\n/m;
const BOM = '\uFEFF';

/** FaxBridge.psm1 with its "#region functions" replaced by every .ps1 of Private/ and Public/,
 * in name order (each file only defines functions), written as UTF-8 with a BOM as Windows
 * PowerShell 5.1 needs for anything not ASCII. */
export function mergedRootModule(powershell) {
  const text = (file) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const root = text(path.join(powershell, 'FaxBridge.psm1'));
  if (!FUNCTIONS_REGION.test(root)) throw new Error('powershell/FaxBridge.psm1 has no "#region functions" ... "#endregion functions" lines for the package to fill');
  const parts = [];
  for (const folder of FUNCTION_FOLDERS) {
    const dir = path.join(powershell, folder);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ps1')).sort()) {
      const body = text(path.join(dir, file));
      parts.push(`# ${folder}/${file}\n${body.endsWith('\n') ? body : `${body}\n`}`);
    }
  }
  return BOM + root.replace(FUNCTIONS_REGION, () => `#region functions: powershell/Private and Public, merged by npm run package\n${parts.join('')}#endregion functions\n`);
}

export function writeModuleFiles(root, moduleDir, version) {
  const powershell = path.join(root, 'powershell');
  const shipped = path.join(powershell, 'FaxBridge.psd1');
  for (const manifest of [path.join(root, 'module.psd1'), shipped].filter((file) => existsSync(file))) {
    const declared = manifestVersion(readFileSync(manifest, 'utf8'));
    if (declared !== version) throw new Error(`${path.relative(root, manifest)} says ModuleVersion ${declared} but package.json says ${version}; they must agree`);
  }
  const merged = new Set(['FaxBridge.psm1', ...FUNCTION_FOLDERS]);
  for (const entry of readdirSync(powershell)) {
    if (merged.has(entry)) continue;
    cpSync(path.join(powershell, entry), path.join(moduleDir, entry), { recursive: true });
  }
  writeFileSync(path.join(moduleDir, 'FaxBridge.psm1'), mergedRootModule(powershell));
  if (!existsSync(shipped)) {
    const derived = readFileSync(path.join(root, 'module.psd1'), 'utf8').replaceAll("'powershell/", "'");
    writeFileSync(path.join(moduleDir, 'FaxBridge.psd1'), derived);
  }
}
