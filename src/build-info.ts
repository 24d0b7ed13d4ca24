/**
 * Facts the build bakes into the bundle (scripts/build.mjs defines `__LEAKWARDEN_BUILD__`): the built-in rules,
 * already checked and without their examples, and the package version. Undefined when running from sources.
 */
declare const __LEAKWARDEN_BUILD__: { readonly rules: readonly unknown[]; readonly version: string } | undefined;

export const buildInfo = typeof __LEAKWARDEN_BUILD__ === 'undefined' ? undefined : __LEAKWARDEN_BUILD__;
