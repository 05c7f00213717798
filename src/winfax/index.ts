// faxbridge/winfax: the koffi binding of the legacy Fax Client API (winfax.h), nothing above it.
export * from './types.js';
export * from './constants.js';
export * from './win32-errors.js';
export { FaxApiError, FaxLibraryError, FaxNotInstalledError } from './errors.js';
export { PROTOTYPES, SIMULATOR_PROTOTYPES } from './prototypes.js';
export type { FaxPointer, Out, WinFaxFunctions, WinFaxFunctionName, BoolFunctionName } from './prototypes.js';
export { loadWinFax } from './library.js';
export type { LoadOptions, WinFaxLibrary } from './library.js';
export { LIBRARY_ENV, WINDOWS_LIBRARY, resolveLibrary, simulatorLibraryPath, packageRoot } from './library-path.js';
export type { LibraryLocation, LibrarySource } from './library-path.js';
export type { SimulatorControls, SimulatorStats } from './simulator.js';
export { decodeArray, decodeStruct, structSize } from './memory.js';
