/** The bundled copy of `temporal-polyfill`, loaded only where none is installed (see installed-or-bundled.ts). */
export { Temporal } from 'temporal-polyfill';
