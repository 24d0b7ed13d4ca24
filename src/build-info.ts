/**
 * Facts the build bakes into a bundle (scripts/build.mjs defines `__LEAKWARDEN_BUILD__`): the package version.
 * Undefined when running from sources.
 */
declare const __LEAKWARDEN_BUILD__: { readonly version: string } | undefined;

export const buildInfo = typeof __LEAKWARDEN_BUILD__ === 'undefined' ? undefined : __LEAKWARDEN_BUILD__;
