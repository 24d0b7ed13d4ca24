// The linear-time regex engine, behind a module of ours: loaded lazily (rules/linear-regex.ts), it is required like
// any other dependency (a bare dynamic import() of a package would not run under the launcher's vm.Script).
export { RE2JS } from 're2js';
