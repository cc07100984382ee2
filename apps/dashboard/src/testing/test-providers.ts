import type { Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

/**
 * Providers for every unit test (wired in angular.json `test.options.providersFile`).
 * Material animations are off so dialogs and overlays open and close synchronously in jsdom,
 * which never fires CSS animation events.
 */
const testProviders: Provider[] = [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }];

export default testProviders;
