// Built by scripts/build.mjs from src/action/: do not edit.
const __leakwardenMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// <define:__LEAKWARDEN_BUILD__>
var define_LEAKWARDEN_BUILD_default;
var init_define_LEAKWARDEN_BUILD = __esm({
  "<define:__LEAKWARDEN_BUILD__>"() {
    define_LEAKWARDEN_BUILD_default = { version: "0.1.0" };
  }
});

// src/history/worker-argv.ts
var WORKER_ARGV;
var init_worker_argv = __esm({
  "src/history/worker-argv.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    WORKER_ARGV = "--leakwarden-history-worker";
  }
});

// src/rules/keyword-reach.ts
function reachOf(spec) {
  return spec.keywordReach !== void 0 ? spec.keywordReach : keywordReach(spec.regex, spec.flags ?? "", spec.keywords);
}
function keywordReach(source, flags, keywords) {
  if (flags.includes("u") || flags.includes("v") || keywords.length === 0) return null;
  try {
    const parser = new Parser(source);
    const alternatives = parser.disjunction();
    if (parser.more()) return null;
    const finders = keywords.map((keyword) => new RegExp(escapeRegex(keyword), "i"));
    const shape = alternation(alternatives, finders);
    return shape.keyword !== null && Number.isFinite(shape.keyword) ? shape.keyword : null;
  } catch (error2) {
    if (error2 instanceof Unsupported) return null;
    throw error2;
  }
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function alternation(alternatives, finders) {
  let min = Infinity;
  let max = 0;
  let keyword = 0;
  for (const items of alternatives) {
    const shape = sequence(items, finders);
    min = Math.min(min, shape.min);
    max = Math.max(max, shape.max);
    keyword = keyword === null || shape.keyword === null ? null : Math.max(keyword, shape.keyword);
  }
  return { min: min === Infinity ? 0 : min, max, keyword };
}
function flatten(items) {
  const flat = [];
  for (const item of items) {
    if (item.kind === "group" && item.alternatives.length === 1 && item.min >= 1) {
      flat.push(...flatten(item.alternatives[0]));
      if (item.max > 1) flat.push({ kind: "group", alternatives: item.alternatives, min: item.min - 1, max: item.max - 1 });
    } else flat.push(item);
  }
  return flat;
}
function sequence(raw, finders) {
  const items = flatten(raw);
  let min = 0;
  let max = 0;
  let keyword = null;
  const offer = (at) => {
    if (Number.isFinite(at) && (keyword === null || at < keyword)) keyword = at;
  };
  let run = "";
  let runStart2 = 0;
  const endRun = () => {
    if (run === "") return;
    for (const finder of finders) {
      const found = finder.exec(run);
      if (found !== null) offer(runStart2 + found.index);
    }
    run = "";
  };
  for (const item of items) {
    if (item.kind === "char") {
      if (run === "") runStart2 = max;
      run += item.char;
      min += 1;
      max += 1;
      continue;
    }
    endRun();
    const shape = item.kind === "node" ? item.shape : repeated(alternation(item.alternatives, finders), item.min, item.max);
    if (shape.keyword !== null) offer(max + shape.keyword);
    min += shape.min;
    max += shape.max;
  }
  endRun();
  return { min, max, keyword };
}
function repeated(shape, min, max) {
  return {
    min: shape.min * min,
    max: max === 0 || shape.max === 0 ? 0 : shape.max * max,
    keyword: min >= 1 ? shape.keyword : null
  };
}
function alternationMax(alternatives) {
  return alternation(alternatives, []).max;
}
function quantify(item, min, max) {
  if (item.kind === "group") {
    if (item.min === 1 && item.max === 1) return { kind: "group", alternatives: item.alternatives, min, max };
    return { kind: "group", alternatives: [[item]], min, max };
  }
  if (item.kind === "char") return { kind: "group", alternatives: [[item]], min, max };
  return { kind: "node", shape: repeated(item.shape, min, max) };
}
var Unsupported, ZERO, ONE, Parser;
var init_keyword_reach = __esm({
  "src/rules/keyword-reach.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    Unsupported = class extends Error {
    };
    ZERO = { min: 0, max: 0, keyword: null };
    ONE = { min: 1, max: 1, keyword: null };
    Parser = class {
      constructor(source) {
        this.source = source;
      }
      source;
      at = 0;
      /** Widest match of each named group seen so far, for `\k<name>`. */
      named = /* @__PURE__ */ new Map();
      more() {
        return this.at < this.source.length;
      }
      disjunction() {
        const alternatives = [this.alternative()];
        while (this.peek() === "|") {
          this.at++;
          alternatives.push(this.alternative());
        }
        return alternatives;
      }
      peek(offset = 0) {
        return this.source[this.at + offset];
      }
      alternative() {
        const items = [];
        for (let c = this.peek(); c !== void 0 && c !== "|" && c !== ")"; c = this.peek()) {
          const atom = this.term();
          const quantifier = this.quantifier();
          if (quantifier === null) items.push(atom);
          else items.push(quantify(atom, quantifier[0], quantifier[1]));
        }
        return items;
      }
      term() {
        const c = this.source[this.at++];
        switch (c) {
          case "^":
          case "$":
            return { kind: "node", shape: ZERO };
          case ".":
            return { kind: "node", shape: ONE };
          case "[":
            this.characterClass();
            return { kind: "node", shape: ONE };
          case "(":
            return this.group();
          case "\\":
            return this.escape();
          case "*":
          case "+":
          case "?":
            throw new Unsupported("nothing to repeat");
          case "{":
            if (this.braceQuantifier(this.at - 1) !== null) throw new Unsupported("nothing to repeat");
            return { kind: "char", char: c };
          default:
            return { kind: "char", char: c };
        }
      }
      group() {
        let name = null;
        if (this.peek() === "?") {
          const kind = this.source.slice(this.at, this.at + 3);
          if (kind.startsWith("?:")) this.at += 2;
          else if (kind.startsWith("?=") || kind.startsWith("?!") || kind === "?<=" || kind === "?<!") {
            this.at += kind.startsWith("?<") ? 3 : 2;
            this.disjunction();
            this.expect(")");
            return { kind: "node", shape: ZERO };
          } else if (kind.startsWith("?<")) {
            const close = this.source.indexOf(">", this.at);
            if (close === -1) throw new Unsupported("group name");
            name = this.source.slice(this.at + 2, close);
            this.at = close + 1;
          } else throw new Unsupported("group modifier");
        }
        const alternatives = this.disjunction();
        this.expect(")");
        if (name !== null) this.named.set(name, alternationMax(alternatives));
        return { kind: "group", alternatives, min: 1, max: 1 };
      }
      expect(c) {
        if (this.source[this.at] !== c) throw new Unsupported(`expected ${c}`);
        this.at++;
      }
      escape() {
        const c = this.source[this.at++];
        if (c === void 0) throw new Unsupported("trailing backslash");
        if (c === "b" || c === "B") return { kind: "node", shape: ZERO };
        if ("dDsSwW".includes(c)) return { kind: "node", shape: ONE };
        if (c === "k") {
          const close = this.source.indexOf(">", this.at);
          if (this.peek() !== "<" || close === -1) throw new Unsupported("\\k");
          const widest = this.named.get(this.source.slice(this.at + 1, close));
          this.at = close + 1;
          return { kind: "node", shape: { min: 0, max: widest ?? Infinity, keyword: null } };
        }
        if (c >= "0" && c <= "9") {
          if (c === "0" && !/[0-9]/.test(this.peek() ?? "")) return { kind: "char", char: "\0" };
          throw new Unsupported("numbered backreference or octal escape");
        }
        const code = this.escapedChar(c);
        return code === null ? { kind: "node", shape: ONE } : { kind: "char", char: String.fromCharCode(code) };
      }
      /** The code unit an escape (after its backslash, `c` read) stands for; null when it is not one fixed character. */
      escapedChar(c) {
        const hex = (length) => {
          const digits = this.source.slice(this.at, this.at + length);
          if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(digits)) return null;
          this.at += length;
          return parseInt(digits, 16);
        };
        switch (c) {
          case "t":
            return 9;
          case "n":
            return 10;
          case "v":
            return 11;
          case "f":
            return 12;
          case "r":
            return 13;
          case "x":
            return hex(2) ?? "x".charCodeAt(0);
          case "u":
            return hex(4) ?? "u".charCodeAt(0);
          case "c": {
            const letter = this.peek();
            if (letter !== void 0 && /[A-Za-z]/.test(letter)) {
              this.at++;
              return letter.charCodeAt(0) % 32;
            }
            throw new Unsupported("\\c");
          }
          default:
            if (/[A-Za-z]/.test(c)) throw new Unsupported(`\\${c}`);
            return c.charCodeAt(0);
        }
      }
      /** Skips a character class (its content matters not: it is one character, never a literal). */
      characterClass() {
        while (this.at < this.source.length) {
          const c = this.source[this.at++];
          if (c === "\\") this.at++;
          else if (c === "]") return;
        }
        throw new Unsupported("unterminated class");
      }
      quantifier() {
        const c = this.peek();
        let bounds = null;
        if (c === "*") bounds = [0, Infinity];
        else if (c === "+") bounds = [1, Infinity];
        else if (c === "?") bounds = [0, 1];
        if (bounds !== null) this.at++;
        else if (c === "{") {
          const brace = this.braceQuantifier(this.at);
          if (brace === null) return null;
          bounds = [brace.min, brace.max];
          this.at = brace.end;
        } else return null;
        if (this.peek() === "?") this.at++;
        return bounds;
      }
      braceQuantifier(at) {
        const found = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(at, at + 24));
        if (found === null) return null;
        const min = Number(found[1]);
        const max = found[2] === void 0 ? min : found[3] === "" ? Infinity : Number(found[3]);
        if (max < min) throw new Unsupported("quantifier range");
        return { min, max, end: at + found[0].length };
      }
    };
  }
});

// node_modules/re2js/build/index.js
var RE2Flags, PublicFlags, ASCII_SIZE, ASCII_TO_UPPER, ASCII_TO_LOWER, MAX_BMP, Codepoint, UnicodeRangeTable, B64, B64_MAP, decodeVLQ, decodeRanges, decodeOrbit, LazyMap, UnicodeTables, Unicode, RE2JSException, RE2JSSyntaxException, RE2JSCompileException, RE2JSGroupException, RE2JSFlagsException, RE2JSInternalException, FAST_PATH_TABLE_SIZE, WORD_RUNE_TABLE, cachedNativeEncoder, cachedNativeDecoder, Utils, createEnum, MatcherInputBase, Utf8MatcherInput, Utf16MatcherInput, MatcherInput, MachineInputBase, MachineUTF8Input, MachineUTF16Input, MachineInput, Matcher, Inst, Queue, LookbehindState, Machine, hashState, arraysEqual, isState, NO_IDS, END_TEXT, DFAState, DFA, VISITED_BITS, MAX_BACKTRACK_PROG, INITIAL_JOB_CAPACITY, MAX_BACKTRACK_VECTOR, BitState, bitStatePool, Backtracker, QueueOnePass, mergeRuneSets, OnePassProg, onePassCopy, makeOnePass, cleanupOnePass, OnePass, Regexp, RegexpWalker, AhoCorasick, Prefilter, PrefilterTree, PatchList, Prog, ANY_RUNE_NOT_NL, ANY_RUNE, Frag, Compiler, Simplify, CharGroup, code1, code2, code3, PERL_GROUPS, code4, code5, code6, code7, code8, code9, code10, code11, code12, code13, code14, code15, code16, code17, POSIX_GROUPS, CharClass, StringIterator, Parser2, RE2, RE2Set, TranslateRegExpString, execResult, RE2JS;
var init_build = __esm({
  "node_modules/re2js/build/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    RE2Flags = class RE2Flags2 {
      static FOLD_CASE = 1;
      static LITERAL = 2;
      static CLASS_NL = 4;
      static DOT_NL = 8;
      static ONE_LINE = 16;
      static NON_GREEDY = 32;
      static PERL_X = 64;
      static UNICODE_GROUPS = 128;
      static WAS_DOLLAR = 256;
      static LOOKBEHIND = 512;
      static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
      static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
      static POSIX = 0;
      static UNANCHORED = 0;
      static ANCHOR_START = 1;
      static ANCHOR_BOTH = 2;
    };
    PublicFlags = {
      CASE_INSENSITIVE: 1,
      DOTALL: 2,
      MULTILINE: 4,
      DISABLE_UNICODE_GROUPS: 8,
      LONGEST_MATCH: 16,
      LOOKBEHINDS: 512
    };
    ASCII_SIZE = 128;
    ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
    ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
    MAX_BMP = 65535;
    for (let i = 0; i < ASCII_SIZE; i++) {
      if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
      else ASCII_TO_UPPER[i] = i;
      if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
      else ASCII_TO_LOWER[i] = i;
    }
    Codepoint = class {
      static CODES = Object.freeze({
        "\x07": 7,
        "\b": 8,
        "	": 9,
        "\n": 10,
        "\v": 11,
        "\f": 12,
        "\r": 13,
        " ": 32,
        '"': 34,
        $: 36,
        "&": 38,
        "'": 39,
        "(": 40,
        ")": 41,
        "*": 42,
        "+": 43,
        "-": 45,
        ".": 46,
        0: 48,
        1: 49,
        2: 50,
        3: 51,
        4: 52,
        5: 53,
        6: 54,
        7: 55,
        8: 56,
        9: 57,
        ":": 58,
        "<": 60,
        ">": 62,
        "?": 63,
        A: 65,
        B: 66,
        C: 67,
        F: 70,
        P: 80,
        Q: 81,
        U: 85,
        Z: 90,
        "[": 91,
        "\\": 92,
        "]": 93,
        "^": 94,
        _: 95,
        "`": 96,
        a: 97,
        b: 98,
        f: 102,
        i: 105,
        m: 109,
        n: 110,
        r: 114,
        s: 115,
        t: 116,
        v: 118,
        x: 120,
        z: 122,
        "{": 123,
        "|": 124,
        "}": 125
      });
      static toUpperCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
        const s = String.fromCodePoint(codepoint).toUpperCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
      static toLowerCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
        const s = String.fromCodePoint(codepoint).toLowerCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
    };
    UnicodeRangeTable = class {
      /**
      * @param {Uint32Array | number[]} data
      * @param {boolean} isStride1
      */
      constructor(data, isStride1 = false) {
        this.data = data;
        this.isStride1 = isStride1;
        this.SIZE = isStride1 ? 2 : 3;
      }
      getLo(index) {
        return this.data[index * this.SIZE];
      }
      getHi(index) {
        return this.data[index * this.SIZE + 1];
      }
      getStride(index) {
        return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
      }
      get length() {
        return this.data.length / this.SIZE;
      }
    };
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
    B64_MAP = /* @__PURE__ */ new Uint8Array(256);
    for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
    decodeVLQ = (str) => {
      const res = [];
      let value = 0;
      let shift = 0;
      for (let i = 0; i < str.length; i++) {
        const digit = B64_MAP[str.charCodeAt(i)];
        value |= (digit & 31) << shift;
        if ((digit & 32) === 0) {
          res.push(value);
          value = 0;
          shift = 0;
        } else shift += 5;
      }
      return res;
    };
    decodeRanges = (str, isStride1) => {
      const res = decodeVLQ(str);
      const numRanges = isStride1 ? res.length / 2 : res.length / 3;
      const out = new Uint32Array(numRanges * 3);
      let current = 0;
      let resIdx = 0;
      for (let i = 0; i < numRanges; i++) {
        current += res[resIdx++];
        out[i * 3] = current;
        current += res[resIdx++];
        out[i * 3 + 1] = current;
        out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
      }
      return out;
    };
    decodeOrbit = (str) => {
      const res = decodeVLQ(str);
      const map = /* @__PURE__ */ new Map();
      let currentKey = 0;
      for (let i = 0; i < res.length; i += 2) {
        currentKey += res[i];
        const zz = res[i + 1];
        const delta = zz >>> 1 ^ -(zz & 1);
        map.set(currentKey, currentKey + delta);
      }
      return map;
    };
    LazyMap = class {
      constructor(initializer) {
        this.initializer = initializer;
        this.cache = /* @__PURE__ */ new Map();
      }
      has(key) {
        return Object.hasOwn(this.initializer, key);
      }
      get(key) {
        if (this.cache.has(key)) return this.cache.get(key);
        const val = this.has(key) ? this.initializer[key]() : null;
        this.cache.set(key, val);
        return val;
      }
    };
    UnicodeTables = class {
      static _CASE_ORBIT = null;
      static get CASE_ORBIT() {
        if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
        return this._CASE_ORBIT;
      }
      static _Print = null;
      static get Print() {
        if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
        return this._Print;
      }
      static CATEGORIES = new LazyMap({
        C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
        Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
        Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
        Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
        Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
        Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
        L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
        Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
        Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
        Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
        Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
        Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
        No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
        P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
        Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
        Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
        Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
        Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
        S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
        Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
        Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
        So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
        Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
        Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
        Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
        ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
        Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
        Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
        Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
        Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
        Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
        Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
        Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
        White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
      });
      static SCRIPTS = new LazyMap({
        Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
        Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
        Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
        Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
        Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
        Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
        Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
        Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
        Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
        Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
        Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
        Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
        Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
        Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
        Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
        Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
        Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
        Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
        Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
        Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
        Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
        Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
        Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
        Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
        Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
        Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
        Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
        Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
        Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
        Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
        Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
        Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
        Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
        Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
        Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
        Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
        Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
        Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
        Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
        Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
        Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
        Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
        Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
        Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
        Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
        Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
        Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
        Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
        Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
        Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
        Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
        Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
        Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
        Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
        Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
        Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
        Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
        Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
        Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
        Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
        Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
        Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
        Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
        Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
        Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
        Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
        Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
        Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
        Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
        Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
        Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
        Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
        Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
        Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
        Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
        Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
        Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
        Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
        Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
        Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
        Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
        Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
        Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
        Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
        Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
        Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
        Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
        Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
        Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
        Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
        Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
        Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
        Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
        Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
        Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
        Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
        Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
        Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
        Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
        Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
        New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
        Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
        Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
        Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
        Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
        Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
        Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
        Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
        Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
        Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
        Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
        Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
        Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
        Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
        Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
        Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
        Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
        Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
        Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
        Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
        Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
        Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
        Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
        Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
        Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
        Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
        Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
        Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
        Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
        Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
        Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
        Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
        Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
        Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
        SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
        Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
        Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
        Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
        Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
        Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
        Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
        Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
        Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
        Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
        Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
        Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
        Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
        Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
        Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
        Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
        Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
        Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
        Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
        Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
        Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
        Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
        Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
        Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
        Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
        Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
        Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
        Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
        Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
        Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
        Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
        Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
        Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
        Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
        Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
        Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
        Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
        Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
      });
      static FOLD_CATEGORIES = new LazyMap({
        L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
      });
      static FOLD_SCRIPT = new LazyMap({
        Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
      });
    };
    Unicode = class Unicode2 {
      static MAX_RUNE = 1114111;
      static RUNE_ERROR = 65533;
      static isUnsearchable(r) {
        return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
      }
      static MAX_ASCII = 127;
      static MAX_LATIN1 = 255;
      static MAX_BMP = 65535;
      static MIN_FOLD = 65;
      static MAX_FOLD = 125251;
      static MIN_HIGH_SURROGATE = 55296;
      static MAX_HIGH_SURROGATE = 56319;
      static MIN_LOW_SURROGATE = 56320;
      static MAX_LOW_SURROGATE = 57343;
      static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
      static is32(ranges, r) {
        let lo = 0;
        let hi = ranges.length;
        while (lo < hi) {
          const m = lo + Math.floor((hi - lo) / 2);
          const rlo = ranges.getLo(m);
          const rhi = ranges.getHi(m);
          if (rlo <= r && r <= rhi) {
            const stride = ranges.getStride(m);
            return (r - rlo) % stride === 0;
          }
          if (r < rlo) hi = m;
          else lo = m + 1;
        }
        return false;
      }
      static is(ranges, r) {
        if (r <= Unicode2.MAX_LATIN1) {
          for (let i = 0; i < ranges.length; i++) {
            if (r > ranges.getHi(i)) continue;
            const rlo = ranges.getLo(i);
            if (r < rlo) return false;
            const stride = ranges.getStride(i);
            return (r - rlo) % stride === 0;
          }
          return false;
        }
        return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
      }
      static isPrint(r) {
        if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
        return Unicode2.is(UnicodeTables.Print, r);
      }
      static simpleFold(r) {
        if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
        if (r <= Unicode2.MAX_ASCII) {
          const l = Codepoint.toLowerCase(r);
          return l !== r ? l : Codepoint.toUpperCase(r);
        }
        return r;
      }
      static equalsIgnoreCase(r1, r2) {
        if (r1 === r2) return true;
        if (r1 < 0 || r2 < 0) return false;
        if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
          if (65 <= r1 && r1 <= 90) r1 |= 32;
          if (65 <= r2 && r2 <= 90) r2 |= 32;
          return r1 === r2;
        }
        for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
        return false;
      }
    };
    RE2JSException = class extends Error {
      /** @param {string} message */
      constructor(message2) {
        super(message2);
        this.name = "RE2JSException";
      }
    };
    RE2JSSyntaxException = class extends RE2JSException {
      /**
      * @param {string} error
      * @param {string|null} [input=null]
      */
      constructor(error2, input = null) {
        let message2 = `error parsing regexp: ${error2}`;
        if (input) message2 += `: \`${input}\``;
        super(message2);
        this.name = "RE2JSSyntaxException";
        this.message = message2;
        this.error = error2;
        this.input = input;
      }
      /**
      * Retrieves the description of the error.
      * @returns {string}
      */
      getDescription() {
        return this.error;
      }
      /**
      * Retrieves the erroneous regular-expression pattern.
      * @returns {string|null}
      */
      getPattern() {
        return this.input;
      }
    };
    RE2JSCompileException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message2) {
        super(message2);
        this.name = "RE2JSCompileException";
      }
    };
    RE2JSGroupException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message2) {
        super(message2);
        this.name = "RE2JSGroupException";
      }
    };
    RE2JSFlagsException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message2) {
        super(message2);
        this.name = "RE2JSFlagsException";
      }
    };
    RE2JSInternalException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message2) {
        super(message2);
        this.name = "RE2JSInternalException";
      }
    };
    FAST_PATH_TABLE_SIZE = 256;
    WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
    for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
    cachedNativeEncoder = null;
    cachedNativeDecoder = null;
    Utils = class Utils2 {
      static METACHARACTERS = "\\.+*?()|[]{}^$";
      static EMPTY_BEGIN_LINE = 1;
      static EMPTY_END_LINE = 2;
      static EMPTY_BEGIN_TEXT = 4;
      static EMPTY_END_TEXT = 8;
      static EMPTY_WORD_BOUNDARY = 16;
      static EMPTY_NO_WORD_BOUNDARY = 32;
      static EMPTY_ALL = -1;
      static emptyInts() {
        return [];
      }
      static isString(value) {
        return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
      }
      static typeName(value) {
        if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
        return Object.prototype.toString.call(value).slice(8, -1);
      }
      static checkPattern(pattern) {
        if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
      }
      static checkInput(input) {
        if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
      }
      static checkFlags(flags) {
        const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
        if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
      }
      static isByteArray(input) {
        return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
      }
      static isalnum(c) {
        return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
      }
      static unhex(c) {
        if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
        if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
        if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
        return -1;
      }
      static escapeRune(rune) {
        let out = "";
        if (Unicode.isPrint(rune)) {
          if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
          out += String.fromCodePoint(rune);
        } else switch (rune) {
          case Codepoint.CODES['"']:
            out += '\\"';
            break;
          case Codepoint.CODES["\\"]:
            out += "\\\\";
            break;
          case Codepoint.CODES["	"]:
            out += "\\t";
            break;
          case Codepoint.CODES["\n"]:
            out += "\\n";
            break;
          case Codepoint.CODES["\r"]:
            out += "\\r";
            break;
          case Codepoint.CODES["\b"]:
            out += "\\b";
            break;
          case Codepoint.CODES["\f"]:
            out += "\\f";
            break;
          default: {
            let s = rune.toString(16);
            if (rune < 256) {
              out += "\\x";
              if (s.length === 1) out += "0";
              out += s;
            } else out += `\\x{${s}}`;
            break;
          }
        }
        return out;
      }
      static stringToRunes(str) {
        const string = String(str);
        const runes = [];
        let i = 0;
        while (i < string.length) {
          const cp = string.codePointAt(i);
          runes.push(cp);
          i += cp > Unicode.MAX_BMP ? 2 : 1;
        }
        return new Int32Array(runes);
      }
      static runeToString(r) {
        return String.fromCodePoint(r);
      }
      static isWordRune(r) {
        return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
      }
      static emptyOpContext(r1, r2) {
        let op = 0;
        if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
        if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
        if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
        if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
        if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
        else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
        return op;
      }
      /**
      * Returns a string that quotes all regular expression metacharacters inside the argument text;
      * the returned string is a regular expression matching the literal text. For example,
      * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
      * @param {string} str
      * @returns {string}
      */
      static quoteMeta(str) {
        return str.split("").map((s) => {
          if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
          return s;
        }).join("");
      }
      static charCount(codePoint) {
        return codePoint > Unicode.MAX_BMP ? 2 : 1;
      }
      /**
      * High-speed conversion from TypedArrays to standard JS Arrays.
      * Bypasses the expensive Symbol.iterator overhead of Array.from()
      */
      static toArray(typedArray) {
        const len = typedArray.length;
        const res = new Array(len);
        for (let i = 0; i < len; i++) res[i] = typedArray[i];
        return res;
      }
      static stringToUtf8ByteArray(str) {
        if (globalThis.TextEncoder) {
          if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
          return cachedNativeEncoder.encode(str);
        } else {
          let out = [], p = 0;
          for (let i = 0; i < str.length; i++) {
            let c = str.charCodeAt(i);
            if (c < 128) out[p++] = c;
            else if (c < 2048) {
              out[p++] = c >> 6 | 192;
              out[p++] = c & 63 | 128;
            } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
              c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
              out[p++] = c >> 18 | 240;
              out[p++] = c >> 12 & 63 | 128;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            } else {
              out[p++] = c >> 12 | 224;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            }
          }
          return out;
        }
      }
      static utf8ByteArrayToString(bytes) {
        if (globalThis.TextDecoder) {
          if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
          const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
          return cachedNativeDecoder.decode(view);
        } else {
          let out = [], pos = 0, c = 0;
          while (pos < bytes.length) {
            let c1 = bytes[pos++];
            if (c1 < 128) out[c++] = String.fromCharCode(c1);
            else if (c1 > 191 && c1 < 224) {
              let c2 = bytes[pos++];
              out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
            } else if (c1 > 239 && c1 < 365) {
              let c2 = bytes[pos++];
              let c3 = bytes[pos++];
              let c4 = bytes[pos++];
              let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
              out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
              out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
            } else {
              let c2 = bytes[pos++];
              let c3 = bytes[pos++];
              out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
            }
          }
          return out.join("");
        }
      }
    };
    createEnum = (values = [], initNum = 0) => {
      const enumObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0; i < values.length; i++) {
        const val = values[i];
        const keyVal = initNum + i;
        enumObject[val] = keyVal;
        enumObject[keyVal] = val;
      }
      return Object.freeze(enumObject);
    };
    MatcherInputBase = class MatcherInputBase2 {
      static Encoding = createEnum(["UTF_16", "UTF_8"]);
      getEncoding() {
        throw Error("not implemented");
      }
      /** @returns {string} */
      asCharSequence() {
        throw Error("not implemented");
      }
      /** @returns {Uint8Array|number[]|null} */
      asBytes() {
        throw Error("not implemented");
      }
      /** @returns {number} */
      length() {
        throw Error("not implemented");
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF8Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF16Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
      }
    };
    Utf8MatcherInput = class extends MatcherInputBase {
      /** @param {Uint8Array|number[]|null} bytes */
      constructor(bytes = null) {
        super();
        this.bytes = bytes;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_8;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return Utils.utf8ByteArrayToString(this.bytes);
      }
      /**
      *
      * @returns {Uint8Array|number[]|null}
      */
      asBytes() {
        return this.bytes;
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.bytes.length;
      }
    };
    Utf16MatcherInput = class extends MatcherInputBase {
      /** @param {string|null} charSequence */
      constructor(charSequence = null) {
        super();
        this.charSequence = charSequence;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_16;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return this.charSequence;
      }
      /**
      *
      * @returns {number[]}
      */
      asBytes() {
        return Utils.stringToUtf8ByteArray(this.charSequence.toString());
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.charSequence.length;
      }
    };
    MatcherInput = class {
      /**
      * Return the MatcherInput for UTF_16 encoding.
      * @returns {Utf16MatcherInput}
      */
      static utf16(charSequence) {
        Utils.checkInput(charSequence);
        return new Utf16MatcherInput(charSequence);
      }
      /**
      * Return the MatcherInput for UTF_8 encoding.
      * @returns {Utf8MatcherInput}
      */
      static utf8(input) {
        if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
        return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
      }
    };
    MachineInputBase = class {
      static EOF() {
        return -8;
      }
      constructor() {
        this.start = 0;
        this.end = 0;
      }
      canCheckPrefix() {
        return true;
      }
      endPos() {
        return this.end - this.start;
      }
      hasString() {
        return false;
      }
      hasAnyString() {
        return false;
      }
      prefixLength() {
        return 0;
      }
    };
    MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
      static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
      constructor(bytes, start2 = 0, end = bytes.length) {
        super();
        this.bytes = bytes;
        this.start = start2;
        this.end = end;
      }
      hasString(prefilter, pos) {
        const target2 = prefilter.bytes;
        if (target2.length === 0) return true;
        const idx = this.indexOf(this.bytes, target2, this.start + pos);
        return idx !== -1 && idx <= this.end - target2.length;
      }
      hasAnyString(prefilter, pos) {
        return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
      }
      step(pos) {
        pos += this.start;
        if (pos >= this.end) return MachineInputBase.EOF();
        const c = this.bytes[pos] & 255;
        if (c < 128) return c << 3 | 1;
        let size;
        let rune;
        let lo = 128;
        let hi = 191;
        if (c >= 194 && c <= 223) {
          size = 2;
          rune = c & 31;
        } else if (c >= 224 && c <= 239) {
          size = 3;
          rune = c & 15;
          if (c === 224) lo = 160;
          else if (c === 237) hi = 159;
        } else if (c >= 240 && c <= 244) {
          size = 4;
          rune = c & 7;
          if (c === 240) lo = 144;
          else if (c === 244) hi = 143;
        } else return MachineUTF8Input2.RUNE_ERROR_STEP;
        if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
        const c1 = this.bytes[pos + 1] & 255;
        if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c1 & 63;
        if (size > 2) {
          const c2 = this.bytes[pos + 2] & 255;
          if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
          rune = rune << 6 | c2 & 63;
          if (size > 3) {
            const c3 = this.bytes[pos + 3] & 255;
            if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
            rune = rune << 6 | c3 & 63;
          }
        }
        return rune << 3 | size;
      }
      index(re2, pos) {
        pos += this.start;
        const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
        return i < 0 ? i : i - pos;
      }
      context(pos) {
        pos += this.start;
        let r1 = -1;
        if (pos > this.start && pos <= this.end) {
          let start2 = pos - 1;
          r1 = this.bytes[start2--];
          if (r1 >= 128) {
            let lim = pos - 4;
            if (lim < this.start) lim = this.start;
            while (start2 >= lim && (this.bytes[start2] & 192) === 128) start2--;
            if (start2 < this.start) start2 = this.start;
            const r = this.step(start2 - this.start);
            r1 = start2 + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
          }
        }
        const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      indexOf(source, target2, fromIndex = 0) {
        let targetLength = target2.length;
        if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
        const firstByte = target2[0];
        let limit = this.end - targetLength;
        const hasNativeIndexOf = typeof source.indexOf === "function";
        let i = fromIndex;
        while (i <= limit) {
          if (hasNativeIndexOf) {
            i = source.indexOf(firstByte, i);
            if (i === -1 || i > limit) return -1;
          } else {
            while (i <= limit && source[i] !== firstByte) i++;
            if (i > limit) return -1;
          }
          let match = true;
          for (let j = 1; j < targetLength; j++) if (source[i + j] !== target2[j]) {
            match = false;
            break;
          }
          if (match) return i;
          i++;
        }
        return -1;
      }
      prefixLength(re2) {
        return re2.prefixUTF8.length;
      }
    };
    MachineUTF16Input = class extends MachineInputBase {
      constructor(charSequence, start2 = 0, end = charSequence.length) {
        super();
        this.charSequence = charSequence;
        this.start = start2;
        this.end = end;
      }
      hasString(prefilter, pos) {
        const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
        return idx !== -1 && idx <= this.end - prefilter.str.length;
      }
      hasAnyString(prefilter, pos) {
        return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
      }
      step(pos) {
        pos += this.start;
        if (pos >= this.end) return MachineInputBase.EOF();
        const c1 = this.charSequence.charCodeAt(pos);
        if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
        const c2 = this.charSequence.charCodeAt(pos + 1);
        if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
        return c1 << 3 | 1;
      }
      index(re2, pos) {
        pos += this.start;
        const i = this.charSequence.indexOf(re2.prefix, pos);
        if (i < 0 || i > this.end - re2.prefix.length) return -1;
        return i - pos;
      }
      context(pos) {
        pos += this.start;
        const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
        const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      prefixLength(re2) {
        return re2.prefix.length;
      }
    };
    MachineInput = class {
      static fromUTF8(bytes, start2 = 0, end = bytes.length) {
        return new MachineUTF8Input(bytes, start2, end);
      }
      static fromUTF16(charSequence, start2 = 0, end = void 0) {
        Utils.checkInput(charSequence);
        return new MachineUTF16Input(charSequence, start2, end ?? charSequence.length);
      }
    };
    Matcher = class Matcher2 {
      /**
      * V8 and WebKit have historical hard limits on the number of arguments
      * that can be passed to a function. We cap replacer arguments to prevent
      * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
      */
      static MAX_REPLACER_ARGS = 65535;
      /**
      * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
      * {@link #appendReplacement} as a literal replacement of {@code s}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str, javaMode = false) {
        if (javaMode) {
          if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
          return str.split("").map((s) => {
            const c = s.codePointAt(0);
            if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
            return s;
          }).join("");
        }
        if (str.indexOf("$") < 0) return str;
        return str.split("").map((s) => {
          if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
          return s;
        }).join("");
      }
      /**
      *
      * @param {import('./index.js').RE2JS} pattern
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      */
      constructor(pattern, input) {
        if (pattern === null) throw new Error("pattern is null");
        this.patternInput = pattern;
        const re2 = this.patternInput.re2();
        this.patternGroupCount = re2.numberOfCapturingGroups();
        this.groups = [];
        this.namedGroups = re2.namedGroups;
        this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
        this.numberOfInstructions = re2.numberOfInstructions();
        this.lookbehindState = null;
        if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
        else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
        else this.resetMatcherInput(MatcherInput.utf16(input));
      }
      /**
      * Returns the {@code RE2JS} associated with this {@code Matcher}.
      * @returns {import('./index.js').RE2JS}
      */
      pattern() {
        return this.patternInput;
      }
      /**
      * Resets the {@code Matcher}, rewinding input and discarding any match information.
      *
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      reset() {
        this.matcherInputLength = this.matcherInput.length();
        this.appendPos = 0;
        this.hasMatch = false;
        this.hasGroups = false;
        this.anchorFlag = 0;
        return this;
      }
      /**
      * Resets the {@code Matcher} and changes the input.
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      resetMatcherInput(input) {
        if (input === null) throw new Error("input is null");
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        this.matcherInput = input;
        if (this.lookbehindState !== null) this.lookbehindState.reset();
        else this.lookbehindState = this.patternInput.re2().createLookbehindState();
        this.reset();
        return this;
      }
      /**
      * Returns the start of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      start(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        this.loadGroup(group);
        return this.groups[2 * group];
      }
      /**
      * Returns the end of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      end(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        this.loadGroup(group);
        return this.groups[2 * group + 1];
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.numberOfInstructions;
      }
      /**
      * Returns the named group of the most recent match, or {@code null} if the group was not matched.
      * @param {string|number} [group=0]
      * @returns {string|null}
      */
      group(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        const start2 = this.start(group);
        const end = this.end(group);
        if (start2 < 0 && end < 0) return null;
        return this.substring(start2, end);
      }
      /**
      * Returns a dictionary map of all named capturing groups and their matched values.
      * If a group was not matched, its value will be `null`.
      * @returns {Record<string, string|null>}
      */
      getNamedGroups() {
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        const result = /* @__PURE__ */ Object.create(null);
        for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
        return result;
      }
      /**
      * Returns the number of subgroups in this pattern.
      *
      * @returns {number} the number of subgroups; the overall match (group 0) does not count
      */
      groupCount() {
        return this.patternGroupCount;
      }
      /**
      * Helper: finds subgroup information if needed for group.
      * @param {number} group
      * @private
      */
      loadGroup(group) {
        if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        if (group === 0 || this.hasGroups) return;
        const end = this.matcherInputLength;
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
        if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
        this.groups = res[1];
        this.hasGroups = true;
      }
      /**
      * Matches the entire input against the pattern (anchored start and end). If there is a match,
      * {@code matches} sets the match state to describe it.
      *
      * @returns {boolean} true if the entire input matches the pattern
      */
      matches() {
        return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
      }
      /**
      * Matches the beginning of input against the pattern (anchored start). If there is a match,
      * {@code lookingAt} sets the match state to describe it.
      *
      * @returns {boolean} true if the beginning of the input matches the pattern
      */
      lookingAt() {
        return this.genMatch(0, RE2Flags.ANCHOR_START);
      }
      /**
      * Matches the input against the pattern (unanchored), starting at a specified position. If there
      * is a match, {@code find} sets the match state to describe it.
      *
      * @param {number|null} [start=null] the input position where the search begins
      * @returns {boolean} if it finds a match
      * @throws IndexOutOfBoundsException if start is not a valid input position
      */
      find(start2 = null) {
        if (start2 !== null) {
          if (!Number.isInteger(start2) || start2 < 0 || start2 > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start2}`);
          this.reset();
          return this.genMatch(start2, 0);
        }
        start2 = 0;
        if (this.hasMatch) {
          start2 = this.groups[1];
          if (this.groups[0] === this.groups[1]) {
            const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start2);
            if (r < 0) start2++;
            else start2 += r & 7;
          }
        }
        return this.genMatch(start2, RE2Flags.UNANCHORED);
      }
      /**
      * Helper: does match starting at start, with RE2 anchor flag.
      * @param {number} startByte
      * @param {number} anchor
      * @returns {boolean}
      * @private
      */
      genMatch(startByte, anchor) {
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
        if (!res[0]) {
          this.hasMatch = false;
          return false;
        }
        this.groups = res[1];
        this.hasMatch = true;
        this.hasGroups = this.patternGroupCount === 0;
        this.anchorFlag = anchor;
        return true;
      }
      /**
      * Helper: return substring for [start, end).
      * @param {number} start
      * @param {number} end
      * @returns {string}
      */
      substring(start2, end) {
        if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start2, end));
        return this.matcherInput.asCharSequence().substring(start2, end).toString();
      }
      /**
      * Helper for Pattern: return input length.
      * @returns {number}
      */
      inputLength() {
        return this.matcherInputLength;
      }
      /**
      * Appends to result two strings: the text from the append position up to the beginning of the
      * most recent match, and then the replacement with submatch groups substituted for references to
      * them. It advances the append position to where the most recent match ended.
      *
      * By default the replacement is expanded as by String.prototype.replace (see
      * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
      * many digits as still form a valid group number, ${name} is a named group, and a backslash
      * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
      *
      * @param {string} replacement the replacement string
      * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @throws IllegalStateException if there was no most recent match
      * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
      * @private
      */
      appendReplacement(replacement, javaMode = false) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
        return res;
      }
      /**
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJava(replacement) {
        let res = "";
        let last = 0;
        const m = replacement.length;
        let i = 0;
        while (i < m) {
          const cCode = replacement.codePointAt(i);
          if (cCode === Codepoint.CODES["\\"]) {
            if (last < i) res += replacement.substring(last, i);
            i++;
            if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
            last = i;
            i++;
            continue;
          }
          if (cCode === Codepoint.CODES["$"]) {
            if (last < i) res += replacement.substring(last, i);
            if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
            const nextCode = replacement.codePointAt(i + 1);
            if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
              let n = nextCode - Codepoint.CODES["0"];
              let j = i + 2;
              for (; j < m; j++) {
                const digit = replacement.codePointAt(j);
                if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
                n = n * 10 + digit - Codepoint.CODES["0"];
              }
              if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
              const group = this.group(n);
              if (group !== null) res += group;
              i = j;
              last = i;
            } else if (nextCode === Codepoint.CODES["{"]) {
              let j = i + 2;
              while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
              if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
              const groupName = replacement.substring(i + 2, j);
              const groupVal = this.group(groupName);
              if (groupVal !== null) res += groupVal;
              i = j + 1;
              last = i;
            } else throw new RE2JSGroupException("Illegal group reference");
            continue;
          }
          i++;
        }
        if (last < m) res += replacement.substring(last, m);
        return res;
      }
      /**
      * Expands |replacement| for the current match by the rules of String.prototype.replace
      * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
      * after it, $n and $nn a group (two digits only when they form a valid group number, so with
      * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
      * (empty when no such group), only when the pattern has named groups. Anything else, such as
      * "$0" or "$<" without a closing ">", is kept as is.
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJs(replacement) {
        const isDigit3 = (c) => c >= 48 && c <= 57;
        const groupCount = this.patternGroupCount;
        let res = "";
        let i = 0;
        while (i < replacement.length) {
          const dollar = replacement.indexOf("$", i);
          if (dollar < 0) break;
          res += replacement.substring(i, dollar);
          i = dollar;
          const c = replacement.charCodeAt(i + 1);
          if (c === Codepoint.CODES["$"]) {
            res += "$";
            i += 2;
          } else if (c === Codepoint.CODES["&"]) {
            res += this.group(0);
            i += 2;
          } else if (c === Codepoint.CODES["`"]) {
            res += this.substring(0, this.start(0));
            i += 2;
          } else if (c === Codepoint.CODES["'"]) {
            res += this.substring(this.end(0), this.matcherInputLength);
            i += 2;
          } else if (isDigit3(c)) {
            let digits = 1;
            let index = c - 48;
            const c2 = replacement.charCodeAt(i + 2);
            if (isDigit3(c2) && index * 10 + c2 - 48 <= groupCount) {
              digits = 2;
              index = index * 10 + c2 - 48;
            }
            if (index >= 1 && index <= groupCount) {
              const group = this.group(index);
              if (group !== null) res += group;
            } else res += replacement.substring(i, i + 1 + digits);
            i += 1 + digits;
          } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
            const gt = replacement.indexOf(">", i + 2);
            if (gt < 0) {
              res += "$<";
              i += 2;
            } else {
              const name = replacement.substring(i + 2, gt);
              if (Object.hasOwn(this.namedGroups, name)) {
                const group = this.group(name);
                if (group !== null) res += group;
              }
              i = gt + 1;
            }
          } else {
            res += "$";
            i += 1;
          }
        }
        return res + replacement.substring(i);
      }
      /**
      * Return the substring of the input from the append position to the end of the
      * input.
      * @returns {string}
      */
      appendTail() {
        return this.substring(this.appendPos, this.matcherInputLength);
      }
      /**
      * Returns the input with all matches replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the matches replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceAll(replacement, javaMode = false) {
        return this.replace(replacement, true, javaMode);
      }
      /**
      * Returns the input with the first match replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the first match replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceFirst(replacement, javaMode = false) {
        return this.replace(replacement, false, javaMode);
      }
      /**
      * Helper: replaceAll/replaceFirst hybrid.
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [all=true] - replace all matches
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @private
      */
      replace(replacement, all = true, javaMode = false) {
        let res = "";
        this.reset();
        const isFunc = typeof replacement === "function";
        let originalInput = null;
        if (isFunc) {
          if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
          originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
        }
        while (this.find()) {
          res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
          if (!all) break;
        }
        res += this.appendTail();
        return res;
      }
      /**
      * Evaluates a replacer function for the current match and appends the result,
      * along with any un-matched preceding text, advancing the append position.
      * @param {Function} replacer - the replacer function
      * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
      * @returns {string} the evaluated string to append
      * @private
      */
      appendReplacementFunc(replacer, originalInput) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        const args = this.matchArray();
        args.push(s, originalInput);
        if (this.hasNamedGroups) args.push(this.namedGroupsObject());
        res += String(replacer(...args));
        return res;
      }
      /**
      * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
      * did not take part in the match. Used by exec(), matchAll() and replacer functions.
      * @returns {Array<string|undefined>}
      * @private
      */
      matchArray() {
        const result = [this.group(0)];
        for (let i = 1; i <= this.patternGroupCount; i++) {
          const group = this.group(i);
          result.push(group === null ? void 0 : group);
        }
        return result;
      }
      /**
      * The named groups, as the groups property of a JS RegExpExecArray: an object without a
      * prototype mapping each name to its group (undefined when it did not take part in the match),
      * or undefined when the pattern has no named groups.
      * @returns {Record<string, string|undefined>|undefined}
      * @private
      */
      namedGroupsObject() {
        if (!this.hasNamedGroups) return;
        const result = this.getNamedGroups();
        for (const name in result) if (result[name] === null) result[name] = void 0;
        return result;
      }
    };
    Inst = class Inst2 {
      static ALT = 1;
      static ALT_MATCH = 2;
      static CAPTURE = 3;
      static EMPTY_WIDTH = 4;
      static FAIL = 5;
      static MATCH = 6;
      static NOP = 7;
      static RUNE = 8;
      static RUNE1 = 9;
      static RUNE_ANY = 10;
      static RUNE_ANY_NOT_NL = 11;
      static LB_WRITE = 12;
      static LB_CHECK = 13;
      static isRuneOp(op) {
        return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
      }
      static escapeRunes(runes) {
        let out = '"';
        for (let rune of runes) out += Utils.escapeRune(rune);
        out += '"';
        return out;
      }
      constructor(op) {
        this.op = op;
        this.out = 0;
        this.arg = 0;
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.next = null;
      }
      matchRune(r) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
          return r === r0;
        }
        const len = this.runes.length;
        if (len === 0) return false;
        if (len === 2 || len === 4 || len === 6 || len === 8) {
          for (let j = 0; j < len; j += 2) {
            if (r < this.runes[j]) return false;
            if (r <= this.runes[j + 1]) return true;
          }
          return false;
        }
        let base = 0;
        let n = len >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r <= this.runes[m << 1 | 1];
      }
      matchRunePos(r) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
          return r === r0 ? 0 : -1;
        }
        const len = this.runes.length;
        if (len === 0) return -1;
        if (len === 2 || len === 4 || len === 6 || len === 8) {
          for (let j = 0; j < len; j += 2) {
            if (r < this.runes[j]) return -1;
            if (r <= this.runes[j + 1]) return Math.floor(j / 2);
          }
          return -1;
        }
        let base = 0;
        let n = len >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        switch (this.op) {
          case Inst2.ALT:
            return `alt -> ${this.out}, ${this.arg}`;
          case Inst2.ALT_MATCH:
            return `altmatch -> ${this.out}, ${this.arg}`;
          case Inst2.CAPTURE:
            return `cap ${this.arg} -> ${this.out}`;
          case Inst2.EMPTY_WIDTH:
            return `empty ${this.arg} -> ${this.out}`;
          case Inst2.MATCH:
            return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
          case Inst2.FAIL:
            return "fail";
          case Inst2.NOP:
            return `nop -> ${this.out}`;
          case Inst2.LB_WRITE:
            return `lbwrite ${this.arg} -> ${this.out}`;
          case Inst2.LB_CHECK:
            return `lbcheck ${this.arg} -> ${this.out}`;
          case Inst2.RUNE:
            if (this.runes === null) return "rune <null>";
            return [
              "rune ",
              Inst2.escapeRunes(this.runes),
              (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
              " -> ",
              this.out
            ].join("");
          case Inst2.RUNE1:
            return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
          case Inst2.RUNE_ANY:
            return `any -> ${this.out}`;
          case Inst2.RUNE_ANY_NOT_NL:
            return `anynotnl -> ${this.out}`;
          default:
            throw new Error("unhandled case in Inst.toString");
        }
      }
    };
    Queue = class Queue2 {
      constructor(numInst) {
        this.sparse = new Int32Array(numInst);
        this.densePcs = new Int32Array(numInst);
        this.denseCaps = null;
        this.size = 0;
        this.ncap = 0;
        this.mainThreads = 0;
      }
      static INITIAL_THREADS = 32;
      init(ncap) {
        this.ncap = ncap;
        const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
        if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
      }
      growCaps(needed) {
        const limit = this.densePcs.length * this.ncap;
        const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
        grown.set(this.denseCaps);
        this.denseCaps = grown;
      }
      contains(pc) {
        const j = this.sparse[pc];
        return j < this.size && this.densePcs[j] === pc;
      }
      isEmpty() {
        return this.size === 0;
      }
      add(pc) {
        const j = this.size++;
        this.sparse[pc] = j;
        this.densePcs[j] = pc;
        return j;
      }
      clear() {
        this.size = 0;
        this.mainThreads = 0;
      }
      toString() {
        let out = "{";
        for (let i = 0; i < this.size; i++) {
          if (i !== 0) out += ", ";
          out += this.densePcs[i];
        }
        out += "}";
        return out;
      }
    };
    LookbehindState = class {
      constructor(prog) {
        this.pos = -1;
        this.pcs = new Int32Array(prog.numInst());
        this.size = 0;
        this.lbTable = new Int32Array(prog.numLb + 1);
      }
      reset() {
        this.pos = -1;
        this.size = 0;
      }
    };
    Machine = class Machine2 {
      static fromRE2(re2) {
        const m = new Machine2();
        m.prog = re2.prog;
        m.re2 = re2;
        m.q0 = new Queue(m.prog.numInst());
        m.q1 = new Queue(m.prog.numInst());
        m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
        m.matched = false;
        m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
        m.ncap = 0;
        return m;
      }
      constructor() {
        this.prog = null;
        this.re2 = null;
        this.q0 = null;
        this.q1 = null;
        this.addStack = null;
        this.matched = false;
        this.matchcap = null;
        this.ncap = 0;
        this.lbTable = null;
      }
      init(ncap) {
        this.ncap = ncap;
        if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1);
        this.q0.init(ncap);
        this.q1.init(ncap);
        if (this.prog.numLb > 0) {
          if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
          this.lbTable.fill(-1);
        }
      }
      submatches() {
        if (this.ncap === 0) return Utils.emptyInts();
        return Utils.toArray(this.matchcap.subarray(0, this.ncap));
      }
      match(input, pos, anchor, lbState = null) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return false;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
        this.matched = false;
        this.matchcap.fill(-1);
        const hasLookbehinds = this.prog.numLb > 0;
        const matchStartPos = pos;
        let currentPos = pos;
        let resumeLookbehinds = false;
        if (hasLookbehinds) {
          if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
            currentPos = lbState.pos;
            resumeLookbehinds = true;
          } else currentPos = 0;
        }
        let saveLookbehinds = hasLookbehinds && lbState !== null;
        let runq = this.q0;
        let nextq = this.q1;
        let r = input.step(currentPos);
        let rune = r >> 3;
        let width = r & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
        }
        let flag;
        if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
        else flag = input.context(currentPos);
        if (hasLookbehinds) {
          if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
          else this.spawnLookbehinds(runq, currentPos, flag);
        }
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
            if (this.matched) break;
            if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
              const advance = input.index(this.re2, currentPos);
              if (advance < 0) break;
              currentPos += advance;
              r = input.step(currentPos);
              rune = r >> 3;
              width = r & 7;
              r = input.step(currentPos + width);
              rune1 = r >> 3;
              width1 = r & 7;
              flag = input.context(currentPos);
            }
          }
          if (currentPos >= matchStartPos) {
            if (saveLookbehinds) {
              this.saveLookbehinds(lbState, runq, currentPos);
              saveLookbehinds = false;
            }
            if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
              if (this.ncap > 0) this.matchcap[0] = currentPos;
              this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
            }
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
          if (width === 0) break;
          if (this.ncap === 0 && this.matched) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r = input.step(currentPos + width);
            rune1 = r >> 3;
            width1 = r & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        runq.clear();
        nextq.clear();
        return this.matched;
      }
      matchSet(input, pos, anchor) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return [];
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
        let currentPos = this.prog.numLb > 0 ? 0 : pos;
        let matchStartPos = pos;
        let runq = this.q0;
        let nextq = this.q1;
        let r = input.step(currentPos);
        let rune = r >> 3;
        let width = r & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
        }
        let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
        const matches = /* @__PURE__ */ new Set();
        if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
          }
          if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
            if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          for (let j = 0; j < runq.size; j++) {
            const pc = runq.densePcs[j];
            const i = this.prog.inst[pc];
            const capOffset = j * this.ncap;
            let add = false;
            switch (i.op) {
              case Inst.MATCH:
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
                matches.add(i.arg);
                break;
              case Inst.RUNE:
                add = i.matchRune(rune);
                break;
              case Inst.RUNE1:
                add = rune === i.runes[0];
                break;
              case Inst.RUNE_ANY:
                add = true;
                break;
              case Inst.RUNE_ANY_NOT_NL:
                add = rune !== 10;
                break;
              default:
                continue;
            }
            if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
          }
          runq.clear();
          if (width === 0) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r = input.step(currentPos + width);
            rune1 = r >> 3;
            width1 = r & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        nextq.clear();
        return Array.from(matches).sort((a, b) => a - b);
      }
      step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
        const longest = this.re2.longest;
        for (let j = 0; j < runq.size; j++) {
          const pc = runq.densePcs[j];
          const capOffset = j * this.ncap;
          if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
          const i = this.prog.inst[pc];
          let add = false;
          switch (i.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
              if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
                runq.denseCaps[capOffset + 1] = pos;
                for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
              }
              if (!longest) runq.size = 0;
              this.matched = true;
              break;
            case Inst.RUNE:
              add = i.matchRune(c);
              break;
            case Inst.RUNE1:
              add = c === i.runes[0];
              break;
            case Inst.RUNE_ANY:
              add = true;
              break;
            case Inst.RUNE_ANY_NOT_NL:
              add = c !== 10;
              break;
            default:
              continue;
          }
          if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
        }
        runq.clear();
      }
      spawnLookbehinds(q, pos, flag) {
        for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
      }
      restoreLookbehinds(lbState, q, flag) {
        this.lbTable.set(lbState.lbTable);
        for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
      }
      saveLookbehinds(lbState, q, pos) {
        let size = 0;
        for (let j = 0; j < q.size; j++) {
          const pc = q.densePcs[j];
          if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
        }
        lbState.size = size;
        lbState.pos = pos;
        lbState.lbTable.set(this.lbTable);
      }
      add(q, pc, pos, capArray, capOffset, cond) {
        const stk = this.addStack;
        let nstk = 0;
        for (; ; ) {
          while (pc !== 0 && !q.contains(pc)) {
            const d = q.add(pc);
            const inst = this.prog.inst[pc];
            switch (inst.op) {
              case Inst.FAIL:
                pc = 0;
                break;
              case Inst.ALT:
              case Inst.ALT_MATCH:
                stk[nstk++] = inst.arg;
                stk[nstk++] = 0;
                pc = inst.out;
                break;
              case Inst.EMPTY_WIDTH:
                pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
                break;
              case Inst.NOP:
                pc = inst.out;
                break;
              case Inst.CAPTURE:
                if (inst.arg < this.ncap) {
                  stk[nstk++] = -inst.arg - 1;
                  stk[nstk++] = capArray[capOffset + inst.arg];
                  capArray[capOffset + inst.arg] = pos;
                }
                pc = inst.out;
                break;
              case Inst.LB_WRITE:
                this.lbTable[Math.abs(inst.arg)] = pos;
                pc = inst.out;
                break;
              case Inst.LB_CHECK:
                if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
                else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
                break;
              case Inst.MATCH:
              case Inst.RUNE:
              case Inst.RUNE1:
              case Inst.RUNE_ANY:
              case Inst.RUNE_ANY_NOT_NL:
                if (this.prog.lbInst[pc] === 0) q.mainThreads++;
                if (this.ncap > 0) {
                  const destOffset = d * this.ncap;
                  if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
                  for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
                }
                pc = 0;
                break;
              default:
                throw new RE2JSInternalException("unhandled");
            }
          }
          if (nstk === 0) return;
          nstk -= 2;
          const entry = stk[nstk];
          if (entry < 0) {
            capArray[capOffset - entry - 1] = stk[nstk + 1];
            pc = 0;
          } else pc = entry;
        }
      }
    };
    hashState = (pcs, flag, ids) => {
      let h = -2128831035;
      for (let i = 0; i < pcs.length; i++) {
        h ^= pcs[i];
        h = Math.imul(h, 16777619);
      }
      h ^= flag;
      h = Math.imul(h, 16777619);
      for (let i = 0; i < ids.length; i++) {
        h ^= ids[i];
        h = Math.imul(h, 16777619);
      }
      return h;
    };
    arraysEqual = (a, b) => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };
    isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
    NO_IDS = [];
    END_TEXT = -1;
    DFAState = class {
      constructor(nfaStates, flag, matchIDs) {
        this.nfaStates = nfaStates;
        this.flag = flag;
        this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
        this.matchIDs = matchIDs;
        this.next = null;
        this.nextAnchored = null;
      }
    };
    DFA = class DFA2 {
      static FLAG_EMPTY_MASK = 255;
      static FLAG_MATCH = 256;
      static FLAG_LAST_WORD = 512;
      static FLAG_NEED_SHIFT = 16;
      static STATE_OVERHEAD = 150;
      static ARRAY_OVERHEAD = 40;
      static ELEMENT_SIZE = 8;
      static TABLE_OVERHEAD = 48;
      static PROGRESS_PER_STATE = 10;
      constructor(prog, maxMem = 8388608) {
        this.prog = prog;
        this.maxMem = maxMem;
        this.stateCache = /* @__PURE__ */ new Map();
        this.stateCount = 0;
        this.startStates = /* @__PURE__ */ new Map();
        this.failed = false;
        for (let pc = 0; pc < prog.numInst(); pc++) {
          const op = prog.getInst(pc).op;
          if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
            this.failed = true;
            break;
          }
        }
        this.computeRuneClasses();
        this.stateBudget = maxMem;
        this.memBudget = maxMem;
      }
      computeRuneClasses() {
        const bounds = /* @__PURE__ */ new Set();
        const addRange = (lo, hi) => {
          bounds.add(lo);
          bounds.add(hi + 1);
        };
        for (let pc = 0; pc < this.prog.numInst(); pc++) {
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.RUNE:
            case Inst.RUNE1:
              if (inst.runes.length === 1) {
                addRange(inst.runes[0], inst.runes[0]);
                if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
              } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
              break;
            case Inst.RUNE_ANY_NOT_NL:
              addRange(10, 10);
              break;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
              if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
                addRange(48, 57);
                addRange(65, 90);
                addRange(95, 95);
                addRange(97, 122);
              }
          }
        }
        bounds.delete(0);
        this.classBounds = Int32Array.from(bounds).sort();
        this.numClasses = this.classBounds.length + 1;
        const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
        for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
        this.latin1Class = latin1Class;
      }
      runeClass(r) {
        if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
        return this.searchClass(r);
      }
      searchClass(r) {
        const bounds = this.classBounds;
        let lo = 0;
        let hi = bounds.length;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          if (bounds[mid] <= r) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      closure(pcs, flag) {
        const closure = /* @__PURE__ */ new Set();
        const stack = Array.from(pcs);
        let needflags = 0;
        while (stack.length > 0) {
          const pc = stack.pop();
          if (pc === 0 || closure.has(pc)) continue;
          closure.add(pc);
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              stack.push(inst.out);
              stack.push(inst.arg);
              break;
            case Inst.NOP:
            case Inst.CAPTURE:
              stack.push(inst.out);
              break;
            case Inst.EMPTY_WIDTH:
              needflags |= inst.arg;
              if ((inst.arg & ~flag) === 0) stack.push(inst.out);
          }
        }
        return {
          pcs: Array.from(closure).sort((a, b) => a - b),
          needflags
        };
      }
      getState(pcs, flag, ids) {
        const hash = hashState(pcs, flag, ids);
        const cached = this.stateCache.get(hash);
        if (cached instanceof DFAState) {
          if (isState(cached, pcs, flag, ids)) return cached;
        } else if (cached !== void 0) {
          for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
        }
        const cost = DFA2.stateCost(pcs, ids);
        if (this.memBudget < cost) return null;
        this.memBudget -= cost;
        const state = new DFAState(pcs, flag, ids);
        if (cached === void 0) this.stateCache.set(hash, state);
        else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
        else cached.push(state);
        this.stateCount++;
        return state;
      }
      static stateCost(pcs, ids) {
        const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
        return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
      }
      *cachedStates() {
        for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
        else yield* cached;
      }
      makeState(pcs, flag, ids) {
        const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
        let stateFlag = flag;
        if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
        stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
        return this.getState(closure.pcs, stateFlag, ids);
      }
      allocTable(state, anchor) {
        const size = this.numClasses + 1;
        const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
        if (this.memBudget < cost) return null;
        this.memBudget -= cost;
        const table3 = new Array(size).fill(null);
        if (anchor === RE2Flags.UNANCHORED) state.next = table3;
        else state.nextAnchored = table3;
        return table3;
      }
      clearCache() {
        this.stateCache.clear();
        this.stateCount = 0;
        this.startStates.clear();
        this.memBudget = this.stateBudget;
      }
      resetCache(current) {
        this.clearCache();
        return this.getState(current.nfaStates, current.flag, current.matchIDs);
      }
      step(state, cls, rune, anchor) {
        let table3 = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
        if (table3 !== null) {
          const cached = table3[cls];
          if (cached !== null) return cached;
        } else {
          table3 = this.allocTable(state, anchor);
          if (table3 === null) return null;
        }
        const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
        const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
        let beforeflag = oldbeforeflag;
        let afterflag = 0;
        if (rune === 10) {
          beforeflag |= Utils.EMPTY_END_LINE;
          afterflag |= Utils.EMPTY_BEGIN_LINE;
        }
        if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
        const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
        const isword = rune !== END_TEXT && Utils.isWordRune(rune);
        beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
        let pcs = state.nfaStates;
        if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
        const nextPCs = [];
        let ismatch = false;
        let ids = NO_IDS;
        for (let i = 0; i < pcs.length; i++) {
          const inst = this.prog.getInst(pcs[i]);
          if (inst.op === Inst.MATCH) {
            if (!ismatch) {
              ismatch = true;
              ids = [];
            }
            ids.push(inst.arg);
          } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
        }
        if (ids.length > 1) ids.sort((a, b) => a - b);
        if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
        let flag = afterflag;
        if (ismatch) flag |= DFA2.FLAG_MATCH;
        if (isword) flag |= DFA2.FLAG_LAST_WORD;
        const nextState = this.makeState(nextPCs, flag, ids);
        if (nextState === null) return null;
        table3[cls] = nextState;
        return nextState;
      }
      start(input, pos) {
        const context = input.context(pos);
        let flags;
        if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
        else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
        else {
          const r = input.step(pos);
          const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
          flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
        }
        let state = this.startStates.get(flags);
        if (state === void 0) {
          state = this.makeState([this.prog.start], flags, NO_IDS);
          if (state === null) {
            this.clearCache();
            state = this.makeState([this.prog.start], flags, NO_IDS);
            if (state === null) return null;
          }
          this.startStates.set(flags, state);
        }
        return state;
      }
      stepOrReset(state, cls, rune, anchor, pos, search) {
        let next = this.step(state, cls, rune, anchor);
        if (next !== null) return next;
        if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
        search.resetPos = pos;
        const restored = this.resetCache(state);
        if (restored === null) return null;
        next = this.step(restored, cls, rune, anchor);
        return next;
      }
      run(input, pos, anchor, state, onMatch) {
        const endPos = input.endPos();
        const latin1Class = this.latin1Class;
        const unanchored = anchor === RE2Flags.UNANCHORED;
        const search = { resetPos: -1 };
        let i = pos;
        while (i < endPos) {
          const r = input.step(i);
          const rune = r >> 3;
          const width = r & 7;
          if (width === 0) break;
          const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
          let next = unanchored && state.next !== null ? state.next[cls] : null;
          if (next === null) {
            next = this.stepOrReset(state, cls, rune, anchor, i, search);
            if (next === null) return null;
          }
          state = next;
          if (state.isMatch && onMatch(state, false)) return true;
          if (!unanchored && state.nfaStates.length === 0) return false;
          i += width;
        }
        state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
        if (state === null) return null;
        return state.isMatch && onMatch(state, true);
      }
      match(input, pos, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
        const startState = this.start(input, pos);
        if (startState === null) return null;
        return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
      }
      matchSet(input, pos, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
        const startState = this.start(input, pos);
        if (startState === null) return null;
        const matches = /* @__PURE__ */ new Set();
        const collect2 = (state, atEnd) => {
          if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
          return false;
        };
        if (this.run(input, pos, anchor, startState, collect2) === null) return null;
        return Array.from(matches).sort((a, b) => a - b);
      }
    };
    VISITED_BITS = 32;
    MAX_BACKTRACK_PROG = 500;
    INITIAL_JOB_CAPACITY = 256;
    MAX_BACKTRACK_VECTOR = 262144;
    BitState = class {
      constructor() {
        this.end = 0;
        this.cap = /* @__PURE__ */ new Int32Array(0);
        this.matchcap = /* @__PURE__ */ new Int32Array(0);
        this.ncap = 0;
        this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
        this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobLen = 0;
        this.visited = /* @__PURE__ */ new Uint32Array(0);
      }
      reset(prog, end, ncap) {
        this.end = end;
        this.jobLen = 0;
        this.ncap = ncap;
        const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
        if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
        else this.visited.fill(0, 0, visitedSize);
        if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
        else this.cap.fill(-1, 0, ncap);
        if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1, 0, ncap);
      }
      shouldVisit(pc, pos) {
        const n = pc * (this.end + 1) + pos;
        const idx = n >>> 5;
        const mask2 = 1 << (n & 31);
        if ((this.visited[idx] & mask2) !== 0) return false;
        this.visited[idx] |= mask2;
        return true;
      }
      push(re2, pc, pos, arg) {
        if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
          if (this.jobLen >= this.jobPc.length) {
            const newSize = this.jobPc.length * 2;
            const newPc = new Int32Array(newSize);
            newPc.set(this.jobPc);
            this.jobPc = newPc;
            const newArg = new Uint8Array(newSize);
            newArg.set(this.jobArg);
            this.jobArg = newArg;
            const newPos = new Int32Array(newSize);
            newPos.set(this.jobPos);
            this.jobPos = newPos;
          }
          this.jobPc[this.jobLen] = pc;
          this.jobArg[this.jobLen] = arg ? 1 : 0;
          this.jobPos[this.jobLen] = pos;
          this.jobLen++;
        }
      }
      tryBacktrack(re2, input, pc, pos, anchor) {
        const longest = re2.longest;
        this.push(re2, pc, pos, false);
        while (this.jobLen > 0) {
          this.jobLen--;
          let currentPc = this.jobPc[this.jobLen];
          let arg = this.jobArg[this.jobLen] === 1;
          let currentPos = this.jobPos[this.jobLen];
          let skipShouldVisit = true;
          while (true) {
            if (!skipShouldVisit) {
              if (!this.shouldVisit(currentPc, currentPos)) break;
            }
            skipShouldVisit = false;
            const inst = re2.prog.getInst(currentPc);
            switch (inst.op) {
              case Inst.FAIL:
                break;
              case Inst.ALT:
                if (arg) {
                  arg = false;
                  currentPc = inst.arg;
                  continue;
                } else {
                  this.push(re2, currentPc, currentPos, true);
                  currentPc = inst.out;
                  continue;
                }
              case Inst.ALT_MATCH: {
                const outInst = re2.prog.getInst(inst.out);
                if (Inst.isRuneOp(outInst.op)) {
                  this.push(re2, inst.arg, currentPos, false);
                  currentPc = inst.arg;
                  currentPos = this.end;
                  continue;
                }
                this.push(re2, inst.out, this.end, false);
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (!inst.matchRune(r >> 3)) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE1: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (r >> 3 !== inst.runes[0]) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY_NOT_NL: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (r >> 3 === 10) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.CAPTURE:
                if (arg) {
                  this.cap[inst.arg] = currentPos;
                  break;
                } else {
                  if (inst.arg < this.ncap) {
                    this.push(re2, currentPc, this.cap[inst.arg], true);
                    this.cap[inst.arg] = currentPos;
                  }
                  currentPc = inst.out;
                  continue;
                }
              case Inst.EMPTY_WIDTH: {
                const flag = input.context(currentPos);
                if ((inst.arg & ~flag) !== 0) break;
                currentPc = inst.out;
                continue;
              }
              case Inst.NOP:
                currentPc = inst.out;
                continue;
              case Inst.MATCH: {
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
                if (this.ncap === 0) return true;
                if (this.ncap > 1) this.cap[1] = currentPos;
                const old = this.matchcap[1];
                if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
                if (!longest) return true;
                if (currentPos === this.end) return true;
                break;
              }
              case Inst.LB_WRITE:
              case Inst.LB_CHECK:
                throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
              default:
                throw new RE2JSInternalException("bad inst");
            }
            break;
          }
        }
        return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
      }
    };
    bitStatePool = [];
    Backtracker = class Backtracker2 {
      static shouldBacktrack(prog) {
        return prog.numInst() <= MAX_BACKTRACK_PROG;
      }
      static maxBitStateLen(prog) {
        if (!Backtracker2.shouldBacktrack(prog)) return 0;
        return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
      }
      static execute(re2, input, pos, anchor, ncap) {
        const startCond = re2.cond;
        if (startCond === Utils.EMPTY_ALL) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
        const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
        const end = input.endPos();
        b.reset(re2.prog, end, ncap);
        let matched = false;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
          if (b.ncap > 0) b.cap[0] = pos;
          if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
        } else {
          let width = -1;
          for (; pos <= end && width !== 0; pos += width) {
            if (re2.prefix.length > 0) {
              const advance = input.index(re2, pos);
              if (advance < 0) break;
              pos += advance;
            }
            if (b.ncap > 0) b.cap[0] = pos;
            if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
              matched = true;
              break;
            }
            const r = input.step(pos);
            width = r === MachineInputBase.EOF() ? 0 : r & 7;
          }
        }
        if (!matched) {
          bitStatePool.push(b);
          return null;
        }
        const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
        bitStatePool.push(b);
        return result;
      }
    };
    QueueOnePass = class {
      constructor(size) {
        this.sparse = new Uint32Array(size);
        this.dense = new Uint32Array(size);
        this.size = 0;
        this.nextIndex = 0;
      }
      empty() {
        return this.nextIndex >= this.size;
      }
      next() {
        return this.dense[this.nextIndex++];
      }
      clear() {
        this.size = 0;
        this.nextIndex = 0;
      }
      contains(u) {
        return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
      }
      insert(u) {
        if (!this.contains(u)) this.insertNew(u);
      }
      insertNew(u) {
        if (u >= this.sparse.length) return;
        this.sparse[u] = this.size;
        this.dense[this.size] = u;
        this.size++;
      }
    };
    mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
      const leftLen = leftRunes.length;
      const rightLen = rightRunes.length;
      let lx = 0, rx = 0;
      const merged = [];
      const next = [];
      let ok = true;
      let ix = -1;
      const extend = (isLeft) => {
        const newArray = isLeft ? leftRunes : rightRunes;
        const low = isLeft ? lx : rx;
        const pc = isLeft ? leftPC : rightPC;
        if (ix > 0 && newArray[low] <= merged[ix]) return false;
        merged.push(newArray[low], newArray[low + 1]);
        if (isLeft) lx += 2;
        else rx += 2;
        ix += 2;
        next.push(pc);
        return true;
      };
      while (lx < leftLen || rx < rightLen) {
        if (rx >= rightLen) ok = extend(true);
        else if (lx >= leftLen) ok = extend(false);
        else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
        else ok = extend(true);
        if (!ok) return null;
      }
      return {
        merged,
        next
      };
    };
    OnePassProg = class {
      constructor(prog) {
        this.start = prog.start;
        this.numCap = prog.numCap;
        this.inst = new Array(prog.inst.length);
        for (let i = 0; i < prog.inst.length; i++) {
          const orig = prog.inst[i];
          const inst = new Inst(orig.op);
          inst.out = orig.out;
          inst.arg = orig.arg;
          inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
          inst.next = null;
          this.inst[i] = inst;
        }
      }
    };
    onePassCopy = (prog) => {
      const p = new OnePassProg(prog);
      for (let pc = 0; pc < p.inst.length; pc++) {
        const inst = p.inst[pc];
        if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
        let pAOther = "out";
        let pAAlt = "arg";
        let instAlt = p.inst[inst[pAAlt]];
        if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
          pAOther = "arg";
          pAAlt = "out";
          instAlt = p.inst[inst[pAAlt]];
          if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
        }
        const instOther = p.inst[inst[pAOther]];
        if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
        let pBAlt = "out";
        let pBOther = "arg";
        let patch = false;
        if (instAlt.out === pc) patch = true;
        else if (instAlt.arg === pc) {
          patch = true;
          pBAlt = "arg";
          pBOther = "out";
        }
        if (patch) instAlt[pBAlt] = inst[pAOther];
        if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
      }
      return p;
    };
    makeOnePass = (p) => {
      if (p.inst.length >= 1e3) return null;
      const instQueue = new QueueOnePass(p.inst.length);
      const visitQueue = new QueueOnePass(p.inst.length);
      const onePassRunes = new Array(p.inst.length);
      const m = new Array(p.inst.length).fill(false);
      const check = (pc) => {
        let ok = true;
        const inst = p.inst[pc];
        if (visitQueue.contains(pc)) return true;
        visitQueue.insert(pc);
        switch (inst.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH: {
            ok = check(inst.out) && check(inst.arg);
            let matchOut = m[inst.out];
            let matchArg = m[inst.arg];
            if (matchOut && matchArg) return false;
            if (matchArg) {
              const tempOut = inst.out;
              inst.out = inst.arg;
              inst.arg = tempOut;
              const tempMatch = matchOut;
              matchOut = matchArg;
              matchArg = tempMatch;
            }
            if (matchOut) {
              m[pc] = true;
              inst.op = Inst.ALT_MATCH;
            }
            const leftRunes = onePassRunes[inst.out] || [];
            const rightRunes = onePassRunes[inst.arg] || [];
            const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
            if (!mergeRes) return false;
            onePassRunes[pc] = new Int32Array(mergeRes.merged);
            inst.next = new Uint32Array(mergeRes.next);
            break;
          }
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
            ok = check(inst.out);
            m[pc] = m[inst.out];
            onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
            break;
          case Inst.MATCH:
          case Inst.FAIL:
            m[pc] = inst.op === Inst.MATCH;
            break;
          case Inst.RUNE: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            if (!inst.runes || inst.runes.length === 0) {
              onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
              inst.next = new Uint32Array([inst.out]);
              break;
            }
            let runes = [];
            if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE1: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            let runes = [];
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else runes.push(inst.runes[0], inst.runes[0]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE_ANY:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
            inst.next = new Uint32Array([inst.out]);
            break;
          case Inst.RUNE_ANY_NOT_NL:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([
              0,
              9,
              11,
              Unicode.MAX_RUNE
            ]);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        }
        return ok;
      };
      instQueue.clear();
      instQueue.insert(p.start);
      while (!instQueue.empty()) {
        visitQueue.clear();
        if (!check(instQueue.next())) return null;
      }
      for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
      return p;
    };
    cleanupOnePass = (p, original) => {
      for (let ix = 0; ix < original.inst.length; ix++) {
        const instOriginal = original.inst[ix];
        switch (instOriginal.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH:
          case Inst.RUNE:
            break;
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
          case Inst.MATCH:
          case Inst.FAIL:
            p.inst[ix].next = null;
            break;
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            p.inst[ix].next = null;
            p.inst[ix].op = instOriginal.op;
            p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
        }
      }
    };
    OnePass = class OnePass2 {
      static compile(prog) {
        if (prog.start === 0) return null;
        if (prog.numLb > 0) return null;
        const startInst = prog.inst[prog.start];
        if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
        let hasAlt = false;
        for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
          hasAlt = true;
          break;
        }
        for (let i = 0; i < prog.inst.length; i++) {
          const inst = prog.inst[i];
          const opOut = prog.inst[inst.out].op;
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
              break;
            case Inst.EMPTY_WIDTH:
              if (opOut === Inst.MATCH) {
                if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
                return null;
              }
              break;
            default:
              if (opOut === Inst.MATCH && hasAlt) return null;
          }
        }
        let p = onePassCopy(prog);
        p = makeOnePass(p);
        if (p !== null) cleanupOnePass(p, prog);
        return p;
      }
      static next(inst, r) {
        const nextIdx = inst.matchRunePos(r);
        if (nextIdx >= 0) return inst.next[nextIdx];
        if (inst.op === Inst.ALT_MATCH) return inst.out;
        return 0;
      }
      static execute(re2, input, pos, anchor, ncap) {
        const onepass = re2.onepass;
        if (!onepass) return null;
        const matchcap = new Int32Array(ncap).fill(-1);
        let matched = false;
        let r = input.step(pos);
        let rune = r >> 3;
        let width = r & 7;
        let r1 = MachineInputBase.EOF();
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r1 = input.step(pos + width);
          if (r1 !== MachineInputBase.EOF()) {
            rune1 = r1 >> 3;
            width1 = r1 & 7;
          }
        }
        let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
        let pc = onepass.start;
        let inst;
        while (true) {
          inst = onepass.inst[pc];
          pc = inst.out;
          switch (inst.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
              matched = true;
              if (matchcap.length > 0) {
                matchcap[0] = 0;
                matchcap[1] = pos;
              }
              return ncap === 0 ? [] : Utils.toArray(matchcap);
            case Inst.RUNE:
              if (!inst.matchRune(rune)) return null;
              break;
            case Inst.RUNE1:
              if (rune !== inst.runes[0]) return null;
              break;
            case Inst.RUNE_ANY:
              break;
            case Inst.RUNE_ANY_NOT_NL:
              if (rune === 10) return null;
              break;
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pc = OnePass2.next(inst, rune);
              continue;
            case Inst.FAIL:
              return null;
            case Inst.NOP:
              continue;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & ~flag) !== 0) return null;
              continue;
            case Inst.CAPTURE:
              if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
              continue;
            default:
              throw new RE2JSInternalException("bad inst");
          }
          if (width === 0) break;
          flag = Utils.emptyOpContext(rune, rune1);
          pos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r1 = input.step(pos + width);
            if (r1 !== MachineInputBase.EOF()) {
              rune1 = r1 >> 3;
              width1 = r1 & 7;
            } else {
              rune1 = -1;
              width1 = 0;
            }
          }
        }
        if (!matched) return null;
        return ncap === 0 ? [] : Utils.toArray(matchcap);
      }
    };
    Regexp = class Regexp2 {
      static Op = createEnum([
        "NO_MATCH",
        "EMPTY_MATCH",
        "LITERAL",
        "CHAR_CLASS",
        "ANY_CHAR_NOT_NL",
        "ANY_CHAR",
        "BEGIN_LINE",
        "END_LINE",
        "BEGIN_TEXT",
        "END_TEXT",
        "WORD_BOUNDARY",
        "NO_WORD_BOUNDARY",
        "CAPTURE",
        "STAR",
        "PLUS",
        "QUEST",
        "REPEAT",
        "CONCAT",
        "ALTERNATE",
        "PLB",
        "NLB",
        "LEFT_PAREN",
        "VERTICAL_BAR"
      ]);
      static isPseudoOp(op) {
        return op >= Regexp2.Op.LEFT_PAREN;
      }
      static emptySubs() {
        return [];
      }
      static quoteIfHyphen(rune) {
        if (rune === Codepoint.CODES["-"]) return "\\";
        return "";
      }
      static fromRegexp(re) {
        const regex2 = new Regexp2(re.op);
        regex2.flags = re.flags;
        regex2.subs = re.subs;
        regex2.runes = re.runes;
        regex2.cap = re.cap;
        regex2.min = re.min;
        regex2.max = re.max;
        regex2.name = re.name;
        regex2.namedGroups = re.namedGroups;
        regex2.lb = re.lb;
        return regex2;
      }
      constructor(op) {
        this.op = op;
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.min = 0;
        this.max = 0;
        this.cap = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      reinit() {
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.cap = 0;
        this.min = 0;
        this.max = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      toString() {
        return this.appendTo();
      }
      appendTo() {
        let out = "";
        switch (this.op) {
          case Regexp2.Op.NO_MATCH:
            out += "[^\\x00-\\x{10FFFF}]";
            break;
          case Regexp2.Op.EMPTY_MATCH:
            out += "(?:)";
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
          case Regexp2.Op.REPEAT: {
            const sub = this.subs[0];
            if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            switch (this.op) {
              case Regexp2.Op.STAR:
                out += "*";
                break;
              case Regexp2.Op.PLUS:
                out += "+";
                break;
              case Regexp2.Op.QUEST:
                out += "?";
                break;
              case Regexp2.Op.REPEAT:
                out += `{${this.min}`;
                if (this.min !== this.max) {
                  out += ",";
                  if (this.max >= 0) out += this.max;
                }
                out += "}";
            }
            if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
            break;
          }
          case Regexp2.Op.CONCAT:
            for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            break;
          case Regexp2.Op.ALTERNATE: {
            let sep2 = "";
            for (let sub of this.subs) {
              out += sep2;
              sep2 = "|";
              out += sub.appendTo();
            }
            break;
          }
          case Regexp2.Op.LITERAL:
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
            for (let rune of this.runes) out += Utils.escapeRune(rune);
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
            break;
          case Regexp2.Op.ANY_CHAR_NOT_NL:
            out += "(?-s:.)";
            break;
          case Regexp2.Op.ANY_CHAR:
            out += "(?s:.)";
            break;
          case Regexp2.Op.PLB:
            out += `(?<=${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.NLB:
            out += `(?<!${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.name === null || this.name.length === 0) out += "(";
            else out += `(?P<${this.name}>`;
            if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
            out += ")";
            break;
          case Regexp2.Op.BEGIN_TEXT:
            out += "\\A";
            break;
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
            else out += "\\z";
            break;
          case Regexp2.Op.BEGIN_LINE:
            out += "^";
            break;
          case Regexp2.Op.END_LINE:
            out += "$";
            break;
          case Regexp2.Op.WORD_BOUNDARY:
            out += "\\b";
            break;
          case Regexp2.Op.NO_WORD_BOUNDARY:
            out += "\\B";
            break;
          case Regexp2.Op.CHAR_CLASS:
            if (this.runes.length % 2 !== 0) {
              out += "[invalid char class]";
              break;
            }
            out += "[";
            if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
            else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
              out += "^";
              for (let i = 1; i < this.runes.length - 1; i += 2) {
                const lo = this.runes[i] + 1;
                const hi = this.runes[i + 1] - 1;
                out += Regexp2.quoteIfHyphen(lo);
                out += Utils.escapeRune(lo);
                if (lo !== hi) {
                  out += "-";
                  out += Regexp2.quoteIfHyphen(hi);
                  out += Utils.escapeRune(hi);
                }
              }
            } else for (let i = 0; i < this.runes.length; i += 2) {
              const lo = this.runes[i];
              const hi = this.runes[i + 1];
              out += Regexp2.quoteIfHyphen(lo);
              out += Utils.escapeRune(lo);
              if (lo !== hi) {
                out += "-";
                out += Regexp2.quoteIfHyphen(hi);
                out += Utils.escapeRune(hi);
              }
            }
            out += "]";
            break;
          default:
            out += this.op;
        }
        return out;
      }
      maxCap() {
        let m = 0;
        if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
        if (this.subs !== null) for (let sub of this.subs) {
          const n = sub.maxCap();
          if (m < n) m = n;
        }
        return m;
      }
      equals(that) {
        if (!(that !== null && that instanceof Regexp2)) return false;
        if (this.op !== that.op) return false;
        switch (this.op) {
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
            break;
          case Regexp2.Op.LITERAL:
          case Regexp2.Op.CHAR_CLASS:
            if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
            if (this.runes === null && that.runes === null) break;
            if (this.runes === null || that.runes === null) return false;
            if (this.runes.length !== that.runes.length) return false;
            for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
            break;
          case Regexp2.Op.ALTERNATE:
          case Regexp2.Op.CONCAT:
            if (this.subs.length !== that.subs.length) return false;
            for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.REPEAT:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.PLB:
          case Regexp2.Op.NLB:
            if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
        }
        return true;
      }
    };
    RegexpWalker = class {
      static walk(root, handler2) {
        const stack = [];
        let re = root;
        let result;
        for (; ; ) {
          if (re.subs.length === 0) result = handler2.leaf(re);
          else {
            const state = handler2.enter(re);
            if (state.result === void 0) {
              stack.push({
                re,
                state,
                i: 0
              });
              re = re.subs[0];
              continue;
            }
            result = state.result;
          }
          for (; ; ) {
            if (stack.length === 0) return result;
            const frame = stack[stack.length - 1];
            handler2.child(frame.re, frame.state, result, frame.i);
            frame.i++;
            if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
              re = frame.re.subs[frame.i];
              break;
            }
            stack.pop();
            result = frame.state.result !== void 0 ? frame.state.result : handler2.leave(frame.re, frame.state);
          }
        }
      }
    };
    AhoCorasick = class {
      constructor(words, alphabetSize2) {
        const edges = /* @__PURE__ */ new Map();
        const parent = [0];
        const unit = [0];
        const depth = [0];
        const terminal = [0];
        for (const word of words) {
          let node = 0;
          for (let i = 0; i < word.length; i++) {
            const key = node * alphabetSize2 + word[i];
            let child = edges.get(key);
            if (child === void 0) {
              child = parent.length;
              edges.set(key, child);
              parent.push(node);
              unit.push(word[i]);
              depth.push(depth[node] + 1);
              terminal.push(0);
            }
            node = child;
          }
          terminal[node] = 1;
        }
        const numNodes = parent.length;
        const children = new Int32Array(numNodes - 1);
        for (let c = 1; c < numNodes; c++) children[c - 1] = c;
        children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
        const childStart = new Int32Array(numNodes + 1);
        for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
        for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
        const childUnit = new Int32Array(numNodes - 1);
        for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
        this.childStart = childStart;
        this.childUnit = childUnit;
        this.childNode = children;
        const byDepth = new Int32Array(numNodes);
        for (let n = 0; n < numNodes; n++) byDepth[n] = n;
        byDepth.sort((a, b) => depth[a] - depth[b]);
        const fail = new Int32Array(numNodes);
        const match = Uint8Array.from(terminal);
        for (let k = 1; k < numNodes; k++) {
          const c = byDepth[k];
          const p = parent[c];
          if (p !== 0) {
            let f = fail[p];
            let next = this.next(f, unit[c]);
            while (next < 0 && f !== 0) {
              f = fail[f];
              next = this.next(f, unit[c]);
            }
            fail[c] = next >= 0 ? next : 0;
          }
          match[c] |= match[fail[c]];
        }
        this.fail = fail;
        this.match = match;
      }
      next(node, u) {
        let lo = this.childStart[node];
        let hi = this.childStart[node + 1];
        const units = this.childUnit;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          const m = units[mid];
          if (m === u) return this.childNode[mid];
          if (m < u) lo = mid + 1;
          else hi = mid;
        }
        return -1;
      }
      advance(node, u) {
        for (; ; ) {
          const next = this.next(node, u);
          if (next >= 0) return next;
          if (node === 0) return 0;
          node = this.fail[node];
        }
      }
      searchUTF16(charSeq, start2, end) {
        let node = 0;
        for (let i = start2; i < end; i++) {
          node = this.advance(node, charSeq.charCodeAt(i));
          if (this.match[node] === 1) return true;
        }
        return false;
      }
      searchUTF8(bytes, start2, end) {
        let node = 0;
        for (let i = start2; i < end; i++) {
          node = this.advance(node, bytes[i]);
          if (this.match[node] === 1) return true;
        }
        return false;
      }
    };
    Prefilter = class Prefilter2 {
      static Type = {
        NONE: 0,
        EXACT: 1,
        AND: 2,
        OR: 3
      };
      static MAX_SCANS = 32;
      static MAX_AC_UNITS = 1 << 18;
      constructor(type) {
        this.type = type;
        this.subs = [];
        this.str = "";
        this.bytes = null;
        this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
        this.allExact = false;
        this.ac16 = null;
        this.ac8 = null;
      }
      automaton16() {
        if (this.ac16 === null) {
          const words = this.subs.map((s) => {
            const arr = new Array(s.str.length);
            for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
            return arr;
          });
          this.ac16 = new AhoCorasick(words, 65536);
        }
        return this.ac16;
      }
      automaton8() {
        if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
        return this.ac8;
      }
      eval(input, pos) {
        switch (this.type) {
          case Prefilter2.Type.NONE:
            return true;
          case Prefilter2.Type.EXACT:
            return input.hasString(this, pos);
          case Prefilter2.Type.AND:
            for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
            return true;
          case Prefilter2.Type.OR:
            if (this.allExact) return input.hasAnyString(this, pos);
            for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
            return false;
          default:
            return true;
        }
      }
    };
    PrefilterTree = class PrefilterTree2 {
      static build(re) {
        if (!re) return new Prefilter(Prefilter.Type.NONE);
        return RegexpWalker.walk(re, PrefilterTree2.WALKER);
      }
      static WALKER = {
        leaf: (re) => PrefilterTree2.leaf(re),
        enter: (re) => PrefilterTree2.enter(re),
        child: (re, state, result) => PrefilterTree2.child(re, state, result),
        leave: (re, state) => PrefilterTree2.leave(re, state)
      };
      static leaf(re) {
        if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
        if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
        let str = "";
        for (let i = 0; i < re.runes.length; i++) {
          if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
          str += String.fromCodePoint(re.runes[i]);
        }
        const pf = new Prefilter(Prefilter.Type.EXACT);
        pf.str = str;
        pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
        return pf;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.CAPTURE:
          case Regexp.Op.PLUS:
            return { sub: null };
          case Regexp.Op.REPEAT:
            if (re.min >= 1) return { sub: null };
            return { result: new Prefilter(Prefilter.Type.NONE) };
          case Regexp.Op.CONCAT:
            return {
              pf: new Prefilter(Prefilter.Type.AND),
              subs: []
            };
          case Regexp.Op.ALTERNATE:
            return {
              pf: new Prefilter(Prefilter.Type.OR),
              subs: []
            };
          default:
            return { result: new Prefilter(Prefilter.Type.NONE) };
        }
      }
      static child(re, state, s) {
        if (state.subs === void 0) {
          state.sub = s;
          return;
        }
        if (state.pf.type === Prefilter.Type.AND) {
          if (s.type === Prefilter.Type.NONE) return;
          if (s.type === Prefilter.Type.AND) {
            for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
            return;
          }
          state.subs.push(s);
          return;
        }
        if (s.type === Prefilter.Type.NONE) {
          state.result = new Prefilter(Prefilter.Type.NONE);
          return;
        }
        if (s.type === Prefilter.Type.OR) {
          for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
          return;
        }
        state.subs.push(s);
      }
      static leave(re, state) {
        if (state.subs === void 0) return state.sub;
        const pf = state.pf;
        const seen = /* @__PURE__ */ new Set();
        const subs = [];
        for (const sub of state.subs) {
          if (sub.type === Prefilter.Type.EXACT) {
            if (seen.has(sub.str)) continue;
            seen.add(sub.str);
          }
          subs.push(sub);
        }
        if (pf.type === Prefilter.Type.AND) {
          const kept = [];
          let cost2 = 0;
          for (const sub of subs) {
            if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
            kept.push(sub);
            cost2 += sub.cost;
          }
          if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
          if (kept.length === 1) return kept[0];
          pf.subs = kept;
          pf.cost = cost2;
          return pf;
        }
        if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
        if (subs.length === 1) return subs[0];
        pf.subs = subs;
        let allExact = true;
        let cost = 0;
        let units = 0;
        for (const sub of subs) {
          if (sub.type !== Prefilter.Type.EXACT) allExact = false;
          else units += sub.bytes.length;
          cost += sub.cost;
        }
        if (allExact) {
          if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
          pf.allExact = true;
          pf.cost = 1;
          return pf;
        }
        if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
        pf.cost = cost;
        return pf;
      }
    };
    PatchList = class {
      /**
      * @param {number} head - Encoded pointer to the start of the patch list.
      * @param {number} tail - Encoded pointer to the end of the patch list.
      */
      constructor(head2 = 0, tail = 0) {
        this.head = head2;
        this.tail = tail;
      }
    };
    Prog = class {
      constructor() {
        this.inst = [];
        this.start = 0;
        this.numCap = 2;
        this.lbStarts = [];
        this.numLb = 0;
        this.lbInst = null;
      }
      getInst(pc) {
        return this.inst[pc];
      }
      numInst() {
        return this.inst.length;
      }
      addInst(op) {
        this.inst.push(new Inst(op));
      }
      markLookbehindInsts() {
        const lbInst = new Uint8Array(this.inst.length);
        const pending2 = this.lbStarts.slice();
        while (pending2.length > 0) {
          const pc = pending2.pop();
          if (pc === 0 || lbInst[pc] === 1) continue;
          lbInst[pc] = 1;
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pending2.push(i.out, i.arg);
              break;
            case Inst.MATCH:
            case Inst.FAIL:
              break;
            default:
              pending2.push(i.out);
          }
        }
        this.lbInst = lbInst;
      }
      skipNop(pc) {
        let i = this.inst[pc];
        while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
          i = this.inst[pc];
          pc = i.out;
        }
        return i;
      }
      /** @returns {[boolean, string]} */
      prefix() {
        let prefix = "";
        let i = this.skipNop(this.start);
        if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
        while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
          prefix += String.fromCodePoint(i.runes[0]);
          i = this.skipNop(i.out);
        }
        return [i.op === Inst.MATCH, prefix];
      }
      startCond() {
        let flag = 0;
        let pc = this.start;
        loop: for (; ; ) {
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.EMPTY_WIDTH:
              flag |= i.arg;
              break;
            case Inst.FAIL:
              return -1;
            case Inst.CAPTURE:
            case Inst.NOP:
              break;
            default:
              break loop;
          }
          pc = i.out;
        }
        return flag;
      }
      patch(l, val) {
        let head2 = l.head;
        while (head2 !== 0) {
          const i = this.inst[head2 >> 1];
          if ((head2 & 1) === 0) {
            head2 = i.out;
            i.out = val;
          } else {
            head2 = i.arg;
            i.arg = val;
          }
        }
      }
      append(l1, l2) {
        if (l1.head === 0) return l2;
        if (l2.head === 0) return l1;
        const i = this.inst[l1.tail >> 1];
        if ((l1.tail & 1) === 0) i.out = l2.head;
        else i.arg = l2.head;
        return new PatchList(l1.head, l2.tail);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        let out = "";
        for (let pc = 0; pc < this.inst.length; pc++) {
          const len = out.length;
          out += pc;
          if (pc === this.start) out += "*";
          out += "        ".substring(out.length - len);
          out += this.inst[pc];
          out += "\n";
        }
        return out;
      }
    };
    ANY_RUNE_NOT_NL = new Int32Array([
      0,
      Codepoint.CODES["\n"] - 1,
      Codepoint.CODES["\n"] + 1,
      Unicode.MAX_RUNE
    ]);
    ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
    Frag = class {
      constructor(i = 0, out = new PatchList(), nullable = false) {
        this.i = i;
        this.out = out;
        this.nullable = nullable;
      }
    };
    Compiler = class Compiler2 {
      static compileRegexp(re) {
        const c = new Compiler2();
        const f = c.compile(re);
        c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
        c.prog.start = f.i;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      static compileSet(regexps) {
        const c = new Compiler2();
        if (regexps.length === 0) {
          c.prog.start = c.newInst(Inst.FAIL).i;
          c.prog.markLookbehindInsts();
          return c.prog;
        }
        let starts2 = [];
        for (let i = 0; i < regexps.length; i++) {
          c.lbOffset = c.prog.numLb;
          const f = c.compile(regexps[i]);
          const m = c.newInst(Inst.MATCH);
          c.prog.getInst(m.i).arg = i;
          c.prog.patch(f.out, m.i);
          starts2.push(f.i);
        }
        let start2 = starts2[0];
        for (let i = 1; i < starts2.length; i++) {
          const f = c.newInst(Inst.ALT);
          const inst = c.prog.getInst(f.i);
          inst.out = start2;
          inst.arg = starts2[i];
          start2 = f.i;
        }
        c.prog.start = start2;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      constructor() {
        this.prog = new Prog();
        this.newInst(Inst.FAIL);
        this.lbOffset = 0;
        this.runeCache = /* @__PURE__ */ new Map();
        this.walker = {
          leaf: (re) => this.leaf(re),
          enter: (re) => this.enter(re),
          child: (re, state, result) => this.child(re, state, result),
          leave: (re, state) => this.leave(re, state)
        };
      }
      newInst(op) {
        this.prog.addInst(op);
        return new Frag(this.prog.numInst() - 1, new PatchList(), true);
      }
      nop() {
        const f = this.newInst(Inst.NOP);
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      fail() {
        return new Frag();
      }
      cap(arg) {
        const f = this.newInst(Inst.CAPTURE);
        f.out = new PatchList(f.i << 1, f.i << 1);
        this.prog.getInst(f.i).arg = arg;
        if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
        return f;
      }
      cat(f1, f2) {
        if (f1.i === 0 || f2.i === 0) {
          this.prog.patch(f1.out, 0);
          this.prog.patch(f2.out, 0);
          return this.fail();
        }
        this.prog.patch(f1.out, f2.i);
        return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
      }
      alt(f1, f2) {
        if (f1.i === 0) return f2;
        if (f2.i === 0) return f1;
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        i.out = f1.i;
        i.arg = f2.i;
        f.out = this.prog.append(f1.out, f2.out);
        f.nullable = f1.nullable || f2.nullable;
        return f;
      }
      loop(f1, nongreedy) {
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        this.prog.patch(f1.out, f.i);
        return f;
      }
      quest(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        f.out = this.prog.append(f.out, f1.out);
        return f;
      }
      star(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
        return this.loop(f1, nongreedy);
      }
      plus(f1, nongreedy) {
        if (f1.i === 0) return this.fail();
        return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
      }
      empty(op) {
        const f = this.newInst(Inst.EMPTY_WIDTH);
        this.prog.getInst(f.i).arg = op;
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      rune(runes, flags) {
        const f = this.newInst(Inst.RUNE);
        f.nullable = false;
        const i = this.prog.getInst(f.i);
        i.runes = runes;
        flags &= RE2Flags.FOLD_CASE;
        if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
        i.arg = flags;
        f.out = new PatchList(f.i << 1, f.i << 1);
        if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
        else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
        else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
        return f;
      }
      lookBehind(a, parsedLb) {
        const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
        const id = this.newInst(Inst.LB_WRITE);
        this.prog.getInst(id.i).arg = lb;
        const any = this.rune(ANY_RUNE, 0);
        const dotStar = this.star(any, true);
        const lbAutomaton = this.cat(dotStar, a);
        this.prog.patch(lbAutomaton.out, id.i);
        const checkId = this.newInst(Inst.LB_CHECK);
        this.prog.getInst(checkId.i).arg = lb;
        this.prog.lbStarts.push(lbAutomaton.i);
        if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
        checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
        return checkId;
      }
      compile(re) {
        return RegexpWalker.walk(re, this.walker);
      }
      leaf(re) {
        switch (re.op) {
          case Regexp.Op.NO_MATCH:
            return this.fail();
          case Regexp.Op.EMPTY_MATCH:
            return this.nop();
          case Regexp.Op.LITERAL: {
            if (re.runes.length === 0) return this.nop();
            let f = null;
            for (let r of re.runes) {
              let singleRune = this.runeCache.get(r);
              if (singleRune === void 0) {
                singleRune = new Int32Array([r]);
                this.runeCache.set(r, singleRune);
              }
              const f1 = this.rune(singleRune, re.flags);
              f = f === null ? f1 : this.cat(f, f1);
            }
            return f;
          }
          case Regexp.Op.CHAR_CLASS:
            return this.rune(re.runes, re.flags);
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return this.rune(ANY_RUNE_NOT_NL, 0);
          case Regexp.Op.ANY_CHAR:
            return this.rune(ANY_RUNE, 0);
          case Regexp.Op.BEGIN_LINE:
            return this.empty(Utils.EMPTY_BEGIN_LINE);
          case Regexp.Op.END_LINE:
            return this.empty(Utils.EMPTY_END_LINE);
          case Regexp.Op.BEGIN_TEXT:
            return this.empty(Utils.EMPTY_BEGIN_TEXT);
          case Regexp.Op.END_TEXT:
            return this.empty(Utils.EMPTY_END_TEXT);
          case Regexp.Op.WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_WORD_BOUNDARY);
          case Regexp.Op.NO_WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return this.nop();
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CAPTURE:
            return {
              bra: this.cap(re.cap << 1),
              sub: null
            };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return { f: null };
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      child(re, state, f1) {
        if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
        else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
        else state.sub = f1;
      }
      leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
            return this.lookBehind(state.sub, re.lb);
          case Regexp.Op.CAPTURE: {
            const ket = this.cap(re.cap << 1 | 1);
            return this.cat(this.cat(state.bra, state.sub), ket);
          }
          case Regexp.Op.STAR:
            return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.PLUS:
            return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.QUEST:
            return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return state.f;
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
    };
    Simplify = class Simplify2 {
      static simplify(re) {
        if (re === null) return null;
        return RegexpWalker.walk(re, Simplify2.WALKER);
      }
      static WALKER = {
        leaf: (re) => Simplify2.leaf(re),
        enter: (re) => Simplify2.enter(re),
        child: (re, state, result, i) => Simplify2.child(re, state, result, i),
        leave: (re, state) => Simplify2.leave(re, state)
      };
      static leaf(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          if (re.runes === null) return re;
          if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
          if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
        }
        return re;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return {
              subs: [],
              changed: false
            };
          case Regexp.Op.REPEAT:
            if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
            return { sub: null };
          default:
            return { result: re };
        }
      }
      static child(re, state, nsub, i) {
        if (state.subs === void 0) {
          state.sub = nsub;
          return;
        }
        if (nsub !== re.subs[i]) state.changed = true;
        if (re.op === Regexp.Op.CONCAT) {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.result = new Regexp(Regexp.Op.NO_MATCH);
            return;
          }
          if (nsub.op === Regexp.Op.EMPTY_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.CONCAT) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        } else {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.ALTERNATE) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        }
        state.subs.push(nsub);
      }
      static leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE: {
            const sub = state.sub;
            if (sub !== re.subs[0]) {
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = [sub];
              return nre;
            }
            return re;
          }
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            if (state.changed) {
              const newSubs = state.subs;
              if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
              if (newSubs.length === 1) return newSubs[0];
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = newSubs;
              return nre;
            }
            return re;
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return Simplify2.simplify1(re.op, re.flags, state.sub, re);
          case Regexp.Op.REPEAT:
            return Simplify2.simplifyRepeat(re, state.sub);
          default:
            return re;
        }
      }
      static simplifyRepeat(re, sub) {
        if (re.max === -1) {
          if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
          if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
          const subs = [];
          for (let i = 0; i < re.min - 1; i++) subs.push(sub);
          subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
          return Simplify2.concat(subs);
        }
        if (re.min === 1 && re.max === 1) return sub;
        let prefixSubs = null;
        if (re.min > 0) {
          prefixSubs = [];
          for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
        }
        if (re.max > re.min) {
          let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
          for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
          if (prefixSubs === null) return suffix;
          prefixSubs.push(suffix);
        }
        if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
        return new Regexp(Regexp.Op.NO_MATCH);
      }
      static concat(subs) {
        const newSubs = [];
        for (let i = 0; i < subs.length; i++) {
          const sub = subs[i];
          if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
          if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
          if (sub.op === Regexp.Op.CONCAT) {
            for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
            continue;
          }
          newSubs.push(sub);
        }
        if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
        if (newSubs.length === 1) return newSubs[0];
        const nre = new Regexp(Regexp.Op.CONCAT);
        nre.subs = newSubs;
        return nre;
      }
      static simplify1(op, flags, sub, re) {
        if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
        if (sub.op === Regexp.Op.NO_MATCH) {
          if (op === Regexp.Op.PLUS) return sub;
          return new Regexp(Regexp.Op.EMPTY_MATCH);
        }
        if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
        if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
        const nre = new Regexp(op);
        nre.flags = flags;
        nre.subs = [sub];
        return nre;
      }
    };
    CharGroup = class {
      constructor(sign, cls) {
        this.sign = sign;
        this.cls = cls;
      }
    };
    code1 = [48, 57];
    code2 = [
      9,
      10,
      12,
      13,
      32,
      32
    ];
    code3 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    PERL_GROUPS = /* @__PURE__ */ new Map([
      ["\\d", new CharGroup(1, code1)],
      ["\\D", new CharGroup(-1, code1)],
      ["\\s", new CharGroup(1, code2)],
      ["\\S", new CharGroup(-1, code2)],
      ["\\w", new CharGroup(1, code3)],
      ["\\W", new CharGroup(-1, code3)]
    ]);
    code4 = [
      48,
      57,
      65,
      90,
      97,
      122
    ];
    code5 = [
      65,
      90,
      97,
      122
    ];
    code6 = [0, 127];
    code7 = [
      9,
      9,
      32,
      32
    ];
    code8 = [
      0,
      31,
      127,
      127
    ];
    code9 = [48, 57];
    code10 = [33, 126];
    code11 = [97, 122];
    code12 = [32, 126];
    code13 = [
      33,
      47,
      58,
      64,
      91,
      96,
      123,
      126
    ];
    code14 = [
      9,
      13,
      32,
      32
    ];
    code15 = [65, 90];
    code16 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    code17 = [
      48,
      57,
      65,
      70,
      97,
      102
    ];
    POSIX_GROUPS = /* @__PURE__ */ new Map([
      ["[:alnum:]", new CharGroup(1, code4)],
      ["[:^alnum:]", new CharGroup(-1, code4)],
      ["[:alpha:]", new CharGroup(1, code5)],
      ["[:^alpha:]", new CharGroup(-1, code5)],
      ["[:ascii:]", new CharGroup(1, code6)],
      ["[:^ascii:]", new CharGroup(-1, code6)],
      ["[:blank:]", new CharGroup(1, code7)],
      ["[:^blank:]", new CharGroup(-1, code7)],
      ["[:cntrl:]", new CharGroup(1, code8)],
      ["[:^cntrl:]", new CharGroup(-1, code8)],
      ["[:digit:]", new CharGroup(1, code9)],
      ["[:^digit:]", new CharGroup(-1, code9)],
      ["[:graph:]", new CharGroup(1, code10)],
      ["[:^graph:]", new CharGroup(-1, code10)],
      ["[:lower:]", new CharGroup(1, code11)],
      ["[:^lower:]", new CharGroup(-1, code11)],
      ["[:print:]", new CharGroup(1, code12)],
      ["[:^print:]", new CharGroup(-1, code12)],
      ["[:punct:]", new CharGroup(1, code13)],
      ["[:^punct:]", new CharGroup(-1, code13)],
      ["[:space:]", new CharGroup(1, code14)],
      ["[:^space:]", new CharGroup(-1, code14)],
      ["[:upper:]", new CharGroup(1, code15)],
      ["[:^upper:]", new CharGroup(-1, code15)],
      ["[:word:]", new CharGroup(1, code16)],
      ["[:^word:]", new CharGroup(-1, code16)],
      ["[:xdigit:]", new CharGroup(1, code17)],
      ["[:^xdigit:]", new CharGroup(-1, code17)]
    ]);
    CharClass = class CharClass2 {
      static charClassToString(r, len) {
        let result = "[";
        for (let i = 0; i < len; i += 2) {
          if (i > 0) result += " ";
          const lo = r[i];
          const hi = r[i + 1];
          if (lo === hi) result += `0x${lo.toString(16)}`;
          else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
        }
        result += "]";
        return result;
      }
      static sortRanges(array, len) {
        const n = len >> 1;
        const order = new Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
        const sorted = array.slice(0, len);
        for (let i = 0; i < n; i++) {
          array[2 * i] = sorted[2 * order[i]];
          array[2 * i + 1] = sorted[2 * order[i] + 1];
        }
      }
      /**
      * @param {number[]|Int32Array} [r]
      */
      constructor(r = Utils.emptyInts()) {
        this.r = r;
        this.len = r.length;
      }
      toArray() {
        if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
        return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
      }
      toGrowableArray() {
        if (Array.isArray(this.r)) {
          this.r.length = this.len;
          return this.r;
        }
        return Array.from(this.r.subarray(0, this.len));
      }
      cleanClass() {
        if (this.len < 4) return this;
        CharClass2.sortRanges(this.r, this.len);
        let w = 2;
        for (let i = 2; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (lo <= this.r[w - 1] + 1) {
            if (hi > this.r[w - 1]) this.r[w - 1] = hi;
            continue;
          }
          this.r[w] = lo;
          this.r[w + 1] = hi;
          w += 2;
        }
        this.len = w;
        return this;
      }
      appendLiteral(x, flags) {
        return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
      }
      appendRange(lo, hi) {
        if (this.len > 0) {
          for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
            const rlo = this.r[this.len - i];
            const rhi = this.r[this.len - i + 1];
            if (lo <= rhi + 1 && rlo <= hi + 1) {
              if (lo < rlo) this.r[this.len - i] = lo;
              if (hi > rhi) this.r[this.len - i + 1] = hi;
              return this;
            }
          }
        }
        this.r[this.len++] = lo;
        this.r[this.len++] = hi;
        return this;
      }
      appendFoldedRange(lo, hi) {
        if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (lo < Unicode.MIN_FOLD) {
          this.appendRange(lo, Unicode.MIN_FOLD - 1);
          lo = Unicode.MIN_FOLD;
        }
        if (hi > Unicode.MAX_FOLD) {
          this.appendRange(Unicode.MAX_FOLD + 1, hi);
          hi = Unicode.MAX_FOLD;
        }
        for (let c = lo; c <= hi; c++) {
          this.appendRange(c, c);
          for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
        }
        return this;
      }
      appendClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
        return this;
      }
      appendFoldedClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
        return this;
      }
      appendNegatedClass(x) {
        let nextLo = 0;
        for (let i = 0; i < x.length; i += 2) {
          const lo = x[i];
          const hi = x[i + 1];
          if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
          nextLo = hi + 1;
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTable(table3) {
        for (let i = 0; i < table3.length; ++i) {
          const lo = table3.getLo(i);
          const hi = table3.getHi(i);
          const stride = table3.getStride(i);
          if (stride === 1) {
            this.appendRange(lo, hi);
            continue;
          }
          for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
        }
        return this;
      }
      appendNegatedTable(table3) {
        let nextLo = 0;
        for (let i = 0; i < table3.length; ++i) {
          const lo = table3.getLo(i);
          const hi = table3.getHi(i);
          const stride = table3.getStride(i);
          if (stride === 1) {
            if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
            nextLo = hi + 1;
            continue;
          }
          for (let c = lo; c <= hi; c += stride) {
            if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
            nextLo = c + 1;
          }
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTableWithSign(table3, sign) {
        return sign < 0 ? this.appendNegatedTable(table3) : this.appendTable(table3);
      }
      negateClass() {
        let nextLo = 0;
        let w = 0;
        for (let i = 0; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (nextLo <= lo - 1) {
            this.r[w] = nextLo;
            this.r[w + 1] = lo - 1;
            w += 2;
          }
          nextLo = hi + 1;
        }
        this.len = w;
        if (nextLo <= Unicode.MAX_RUNE) {
          this.r[this.len++] = nextLo;
          this.r[this.len++] = Unicode.MAX_RUNE;
        }
        return this;
      }
      appendClassWithSign(x, sign) {
        return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
      }
      appendGroup(g, foldCase) {
        let cls = g.cls;
        if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
        return this.appendClassWithSign(cls, g.sign);
      }
      toString() {
        return CharClass2.charClassToString(this.r, this.len);
      }
    };
    StringIterator = class {
      constructor(str) {
        this.str = str;
        this.position = 0;
      }
      pos() {
        return this.position;
      }
      rewindTo(pos) {
        this.position = pos;
      }
      more() {
        return this.position < this.str.length;
      }
      peek() {
        return this.str.codePointAt(this.position);
      }
      skip(n) {
        this.position += n;
      }
      skipString(s) {
        this.position += s.length;
      }
      pop() {
        const r = this.str.codePointAt(this.position);
        this.position += Utils.charCount(r);
        return r;
      }
      lookingAt(s) {
        return this.str.startsWith(s, this.position);
      }
      rest() {
        return this.str.substring(this.position);
      }
      from(beforePos) {
        return this.str.substring(beforePos, this.position);
      }
      toString() {
        return this.rest();
      }
    };
    Parser2 = class Parser3 {
      static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
      static ERR_INVALID_CHAR_RANGE = "invalid character class range";
      static ERR_INVALID_ESCAPE = "invalid escape sequence";
      static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
      static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
      static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
      static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
      static ERR_MISSING_BRACKET = "missing closing ]";
      static ERR_MISSING_PAREN = "missing closing )";
      static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
      static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
      static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
      static ERR_UNEXPECTED_PAREN = "unexpected )";
      static ERR_NESTING_DEPTH = "expression nests too deeply";
      static ERR_LARGE = "expression too large";
      static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
      static MAX_HEIGHT = 1e3;
      static MAX_SIZE = 1398101;
      static MAX_RUNES = 33554432;
      static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        Unicode.MAX_RUNE,
        1
      ]));
      static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1
      ]));
      static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1,
        383,
        383,
        1,
        8490,
        8490,
        1
      ]));
      static unicodeTable(name) {
        if (name === "Any") return {
          tab: Parser3.ANY_TABLE,
          fold: Parser3.ANY_TABLE,
          sign: 1
        };
        if (name === "Ascii") return {
          tab: Parser3.ASCII_TABLE,
          fold: Parser3.ASCII_FOLD_TABLE,
          sign: 1
        };
        if (name === "Assigned") return {
          tab: UnicodeTables.CATEGORIES.get("Cn"),
          fold: UnicodeTables.CATEGORIES.get("Cn"),
          sign: -1
        };
        if (name === "Lc") return {
          tab: UnicodeTables.CATEGORIES.get("LC"),
          fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
          sign: 1
        };
        if (UnicodeTables.CATEGORIES.has(name)) return {
          tab: UnicodeTables.CATEGORIES.get(name),
          fold: UnicodeTables.FOLD_CATEGORIES.get(name),
          sign: 1
        };
        if (UnicodeTables.SCRIPTS.has(name)) return {
          tab: UnicodeTables.SCRIPTS.get(name),
          fold: UnicodeTables.FOLD_SCRIPT.get(name),
          sign: 1
        };
        return null;
      }
      static minFoldRune(r) {
        if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
        let min = r;
        const r0 = r;
        for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
        return min;
      }
      static leadingRegexp(re) {
        if (re.op === Regexp.Op.EMPTY_MATCH) return null;
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = re.subs[0];
          if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
          return sub;
        }
        return re;
      }
      static literalRegexp(s, flags) {
        const re = new Regexp(Regexp.Op.LITERAL);
        re.flags = flags;
        re.runes = Utils.stringToRunes(s);
        return re;
      }
      /**
      * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
      * @param {string} pattern
      * @param {number} flags
      */
      static parse(pattern, flags) {
        return new Parser3(pattern, flags).parseInternal();
      }
      static parseRepeat(t) {
        const start2 = t.pos();
        if (!t.more() || !t.lookingAt("{")) return -1;
        t.skip(1);
        const min = Parser3.parseInt(t);
        if (min === -1) return -1;
        if (!t.more()) return -1;
        let max;
        if (!t.lookingAt(",")) max = min;
        else {
          t.skip(1);
          if (!t.more()) return -1;
          if (t.lookingAt("}")) max = -1;
          else if ((max = Parser3.parseInt(t)) === -1) return -1;
        }
        if (!t.more() || !t.lookingAt("}")) return -1;
        t.skip(1);
        if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_SIZE, t.from(start2));
        return min << 16 | max & Unicode.MAX_BMP;
      }
      static isValidCaptureName(name) {
        if (name.length === 0) return false;
        for (let i = 0; i < name.length; i++) {
          const c = name.codePointAt(i);
          if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
        }
        return true;
      }
      static parseInt(t) {
        const start2 = t.pos();
        while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
        const n = t.from(start2);
        if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
        if (n.length > 8) return -2;
        return parseInt(n, 10);
      }
      static isCharClass(re) {
        return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
      }
      static matchRune(re, r) {
        switch (re.op) {
          case Regexp.Op.LITERAL:
            return re.runes.length === 1 && re.runes[0] === r;
          case Regexp.Op.CHAR_CLASS:
            for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
            return false;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return r !== Codepoint.CODES["\n"];
          case Regexp.Op.ANY_CHAR:
            return true;
        }
        return false;
      }
      static mergeCharClass(dst, src) {
        switch (dst.op) {
          case Regexp.Op.ANY_CHAR:
            break;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            if (Parser3.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
            break;
          case Regexp.Op.CHAR_CLASS: {
            const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
            if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
            else cc.appendClass(src.runes);
            dst.runes = cc.toGrowableArray();
            break;
          }
          case Regexp.Op.LITERAL:
            if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
            dst.op = Regexp.Op.CHAR_CLASS;
            dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
        }
      }
      static parseEscape(t) {
        const startPos = t.pos();
        t.skip(1);
        if (!t.more()) throw new RE2JSSyntaxException(Parser3.ERR_TRAILING_BACKSLASH);
        let c = t.pop();
        bigswitch: switch (c) {
          case Codepoint.CODES["1"]:
          case Codepoint.CODES["2"]:
          case Codepoint.CODES["3"]:
          case Codepoint.CODES["4"]:
          case Codepoint.CODES["5"]:
          case Codepoint.CODES["6"]:
          case Codepoint.CODES["7"]:
            if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          case Codepoint.CODES["0"]: {
            let r = c - Codepoint.CODES["0"];
            for (let i = 1; i < 3; i++) {
              if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
              r = r * 8 + t.peek() - Codepoint.CODES["0"];
              t.skip(1);
            }
            return r;
          }
          case Codepoint.CODES["x"]: {
            if (!t.more()) break;
            c = t.pop();
            if (c === Codepoint.CODES["{"]) {
              let nhex = 0;
              let r = 0;
              while (true) {
                if (!t.more()) break bigswitch;
                c = t.pop();
                if (c === Codepoint.CODES["}"]) break;
                const v = Utils.unhex(c);
                if (v < 0) break bigswitch;
                r = r * 16 + v;
                if (r > Unicode.MAX_RUNE) break bigswitch;
                nhex++;
              }
              if (nhex === 0) break bigswitch;
              return r;
            }
            const x = Utils.unhex(c);
            if (!t.more()) break;
            c = t.pop();
            const y = Utils.unhex(c);
            if (x < 0 || y < 0) break;
            return x * 16 + y;
          }
          case Codepoint.CODES["a"]:
            return Codepoint.CODES["\x07"];
          case Codepoint.CODES["f"]:
            return Codepoint.CODES["\f"];
          case Codepoint.CODES["n"]:
            return Codepoint.CODES["\n"];
          case Codepoint.CODES["r"]:
            return Codepoint.CODES["\r"];
          case Codepoint.CODES["t"]:
            return Codepoint.CODES["	"];
          case Codepoint.CODES["v"]:
            return Codepoint.CODES["\v"];
          default:
            if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
        }
        throw new RE2JSSyntaxException(Parser3.ERR_INVALID_ESCAPE, t.from(startPos));
      }
      static parseClassChar(t, wholeClassPos) {
        if (!t.more()) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_BRACKET, t.from(wholeClassPos));
        if (t.lookingAt("\\")) return Parser3.parseEscape(t);
        return t.pop();
      }
      static hasCapture(re) {
        if (re === null) return false;
        if (re.op === Regexp.Op.CAPTURE) return true;
        if (re.subs) {
          for (let sub of re.subs) if (Parser3.hasCapture(sub)) return true;
        }
        return false;
      }
      constructor(wholeRegexp, flags = 0) {
        this.wholeRegexp = wholeRegexp;
        this.flags = flags;
        this.numCap = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.stack = [];
        this.free = null;
        this.numRegexp = 0;
        this.numRunes = 0;
        this.repeats = 0;
        this.height = null;
        this.size = null;
        this.nlb = 0;
      }
      newRegexp(op) {
        let re = this.free;
        if (re !== null && re.subs !== null && re.subs.length > 0) {
          this.free = re.subs[0];
          re.reinit();
          re.op = op;
        } else {
          re = new Regexp(op);
          this.numRegexp += 1;
        }
        return re;
      }
      reuse(re) {
        if (this.height !== null && this.height.has(re)) this.height.delete(re);
        if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
        this.free = re;
      }
      checkLimits(re) {
        if (this.numRunes > Parser3.MAX_RUNES) throw new RE2JSSyntaxException(Parser3.ERR_LARGE);
        this.checkSize(re);
        this.checkHeight(re);
      }
      checkSize(re) {
        if (this.size === null) {
          if (this.repeats === 0) this.repeats = 1;
          if (re.op === Regexp.Op.REPEAT) {
            let n = re.max;
            if (n === -1) n = re.min;
            if (n <= 0) n = 1;
            if (n > Math.floor(Parser3.MAX_SIZE / this.repeats)) this.repeats = Parser3.MAX_SIZE;
            else this.repeats *= n;
          }
          if (this.numRegexp < Math.floor(Parser3.MAX_SIZE / this.repeats)) return;
          this.size = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkSize(reEx);
        }
        if (this.calcSize(re, true) > Parser3.MAX_SIZE) throw new RE2JSSyntaxException(Parser3.ERR_LARGE);
      }
      calcSize(re, force = false) {
        if (!force && this.size !== null) {
          if (this.size.has(re)) return this.size.get(re);
        }
        let size = 0;
        switch (re.op) {
          case Regexp.Op.LITERAL:
            size = re.runes.length;
            break;
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
            size = 2 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            size = 1 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.CONCAT:
            for (let sub of re.subs) size = size + this.calcSize(sub);
            break;
          case Regexp.Op.ALTERNATE:
            for (let sub of re.subs) size = size + this.calcSize(sub);
            if (re.subs.length > 1) size = size + re.subs.length - 1;
            break;
          case Regexp.Op.REPEAT: {
            let sub = this.calcSize(re.subs[0]);
            if (re.max === -1) {
              if (re.min === 0) size = 2 + sub;
              else size = 1 + re.min * sub;
              break;
            }
            size = re.max * sub + (re.max - re.min);
            break;
          }
        }
        size = Math.max(1, size);
        if (this.size === null) this.size = /* @__PURE__ */ new Map();
        this.size.set(re, size);
        return size;
      }
      checkHeight(re) {
        if (this.numRegexp < Parser3.MAX_HEIGHT) return;
        if (this.height === null) {
          this.height = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkHeight(reEx);
        }
        if (this.calcHeight(re, true) > Parser3.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser3.ERR_NESTING_DEPTH);
      }
      calcHeight(re, force = false) {
        if (!force && this.height !== null) {
          if (this.height.has(re)) return this.height.get(re);
        }
        let h = 1;
        for (let sub of re.subs) {
          const hsub = this.calcHeight(sub);
          if (h < 1 + hsub) h = 1 + hsub;
        }
        if (this.height === null) this.height = /* @__PURE__ */ new Map();
        this.height.set(re, h);
        return h;
      }
      pop() {
        return this.stack.pop();
      }
      popToPseudo() {
        const n = this.stack.length;
        let i = n;
        while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
        return this.stack.splice(i, n - i);
      }
      push(re) {
        this.numRunes += re.runes.length;
        if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
          if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags & ~RE2Flags.FOLD_CASE;
        } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
          if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags | RE2Flags.FOLD_CASE;
        } else this.maybeConcat(-1, 0);
        this.stack.push(re);
        this.checkLimits(re);
        return re;
      }
      maybeConcat(r, flags) {
        const n = this.stack.length;
        if (n < 2) return false;
        const re1 = this.stack[n - 1];
        const re2 = this.stack[n - 2];
        if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
        if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
        for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
        if (r >= 0) {
          re1.runes = [r];
          re1.flags = flags;
          return true;
        }
        this.pop();
        this.reuse(re1);
        return false;
      }
      newLiteral(r, flags) {
        const re = this.newRegexp(Regexp.Op.LITERAL);
        re.flags = flags;
        if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser3.minFoldRune(r);
        re.runes = [r];
        return re;
      }
      literal(r) {
        this.push(this.newLiteral(r, this.flags));
      }
      op(op) {
        const re = this.newRegexp(op);
        re.flags = this.flags;
        return this.push(re);
      }
      repeat(op, min, max, beforePos, t, lastRepeatPos) {
        let flags = this.flags;
        if ((flags & RE2Flags.PERL_X) !== 0) {
          if (t.more() && t.lookingAt("?")) {
            t.skip(1);
            flags ^= RE2Flags.NON_GREEDY;
          }
          if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
        }
        const n = this.stack.length;
        if (n === 0) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const sub = this.stack[n - 1];
        if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const re = this.newRegexp(op);
        re.min = min;
        re.max = max;
        re.flags = flags;
        re.subs = [sub];
        this.stack[n - 1] = re;
        this.checkLimits(re);
        if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
      }
      repeatIsValid(re, n) {
        if (re.op === Regexp.Op.REPEAT) {
          let m = re.max;
          if (m === 0) return true;
          if (m < 0) m = re.min;
          if (m > n) return false;
          if (m > 0) n = Math.trunc(n / m);
        }
        for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
        return true;
      }
      concat() {
        this.maybeConcat(-1, 0);
        const subs = this.popToPseudo();
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.CONCAT));
      }
      alternate() {
        const subs = this.popToPseudo();
        if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
      }
      cleanAlt(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR;
          } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR_NOT_NL;
          }
        }
      }
      collapse(subs, op) {
        if (subs.length === 1) return subs[0];
        let len = 0;
        for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
        let newsubs = new Array(len).fill(null);
        let i = 0;
        for (let sub of subs) if (sub.op === op) {
          for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
          this.reuse(sub);
        } else newsubs[i++] = sub;
        let re = this.newRegexp(op);
        re.subs = newsubs;
        if (op === Regexp.Op.ALTERNATE) {
          re.subs = this.factor(re.subs);
          if (re.subs.length === 1) {
            const old = re;
            re = re.subs[0];
            this.reuse(old);
          }
        }
        return re;
      }
      factor(array) {
        if (array.length < 2) return array;
        let s = 0;
        let lensub = array.length;
        let lenout = 0;
        let str = null;
        let strlen = 0;
        let strflags = 0;
        let start2 = 0;
        for (let i = 0; i <= lensub; i++) {
          let istr = null;
          let istrlen = 0;
          let iflags = 0;
          if (i < lensub) {
            let re = array[s + i];
            if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
            if (re.op === Regexp.Op.LITERAL) {
              istr = re.runes;
              istrlen = re.runes.length;
              iflags = re.flags & RE2Flags.FOLD_CASE;
            }
            if (iflags === strflags) {
              let same = 0;
              while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
              if (same > 0) {
                strlen = same;
                continue;
              }
            }
          }
          if (i === start2) {
          } else if (i === start2 + 1) array[lenout++] = array[s + start2];
          else {
            const prefix = this.newRegexp(Regexp.Op.LITERAL);
            prefix.flags = strflags;
            prefix.runes = str.slice(0, strlen);
            for (let j = start2; j < i; j++) {
              array[s + j] = this.removeLeadingString(array[s + j], strlen);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start2, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start2 = i;
          str = istr;
          strlen = istrlen;
          strflags = iflags;
        }
        lensub = lenout;
        s = 0;
        start2 = 0;
        lenout = 0;
        let first = null;
        for (let i = 0; i <= lensub; i++) {
          let ifirst = null;
          if (i < lensub) {
            ifirst = Parser3.leadingRegexp(array[s + i]);
            if (first !== null && first.equals(ifirst) && (Parser3.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser3.isCharClass(first.subs[0]))) continue;
          }
          if (i === start2) {
          } else if (i === start2 + 1) array[lenout++] = array[s + start2];
          else {
            const prefix = first;
            for (let j = start2; j < i; j++) {
              const reuse = j !== start2;
              array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start2, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start2 = i;
          first = ifirst;
        }
        lensub = lenout;
        s = 0;
        start2 = 0;
        lenout = 0;
        for (let i = 0; i <= lensub; i++) {
          if (i < lensub && Parser3.isCharClass(array[s + i])) continue;
          if (i === start2) {
          } else if (i === start2 + 1) array[lenout++] = array[s + start2];
          else {
            let max = start2;
            for (let j = start2 + 1; j < i; j++) {
              const subMax = array[s + max];
              const subJ = array[s + j];
              if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
            }
            const tmp = array[s + start2];
            array[s + start2] = array[s + max];
            array[s + max] = tmp;
            for (let j = start2 + 1; j < i; j++) {
              Parser3.mergeCharClass(array[s + start2], array[s + j]);
              this.reuse(array[s + j]);
            }
            this.cleanAlt(array[s + start2]);
            array[lenout++] = array[s + start2];
          }
          if (i < lensub) array[lenout++] = array[s + i];
          start2 = i + 1;
        }
        lensub = lenout;
        s = 0;
        start2 = 0;
        lenout = 0;
        for (let i = 0; i < lensub; ++i) {
          if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
          array[lenout++] = array[s + i];
        }
        lensub = lenout;
        s = 0;
        return array.slice(s, lensub);
      }
      removeLeadingString(re, n) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = this.removeLeadingString(re.subs[0], n);
          re.subs[0] = sub;
          if (sub.op === Regexp.Op.EMPTY_MATCH) {
            this.reuse(sub);
            switch (re.subs.length) {
              case 0:
              case 1:
                re.op = Regexp.Op.EMPTY_MATCH;
                re.subs = Regexp.emptySubs();
                break;
              case 2: {
                const old = re;
                re = re.subs[1];
                this.reuse(old);
                break;
              }
              default:
                re.subs = re.subs.slice(1, re.subs.length);
            }
          }
          return re;
        }
        if (re.op === Regexp.Op.LITERAL) {
          re.runes = re.runes.slice(n, re.runes.length);
          if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
        }
        return re;
      }
      removeLeadingRegexp(re, reuse) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          if (reuse) this.reuse(re.subs[0]);
          re.subs = re.subs.slice(1, re.subs.length);
          switch (re.subs.length) {
            case 0:
              re.op = Regexp.Op.EMPTY_MATCH;
              re.subs = Regexp.emptySubs();
              break;
            case 1: {
              const old = re;
              re = re.subs[0];
              this.reuse(old);
              break;
            }
          }
          return re;
        }
        if (reuse) this.reuse(re);
        return this.newRegexp(Regexp.Op.EMPTY_MATCH);
      }
      parseInternal() {
        if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser3.literalRegexp(this.wholeRegexp, this.flags);
        let lastRepeatPos = -1;
        let min = -1;
        let max = -1;
        const t = new StringIterator(this.wholeRegexp);
        while (t.more()) {
          let repeatPos = -1;
          bigswitch: switch (t.peek()) {
            case Codepoint.CODES["("]:
              if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
                if (t.lookingAt("(?<=")) {
                  this.parsePosLookBehind();
                  t.skip(4);
                  break;
                }
                if (t.lookingAt("(?<!")) {
                  this.parseNegLookBehind();
                  t.skip(4);
                  break;
                }
              }
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
                this.parsePerlFlags(t);
                break;
              }
              this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
              t.skip(1);
              break;
            case Codepoint.CODES["|"]:
              this.parseVerticalBar();
              t.skip(1);
              break;
            case Codepoint.CODES[")"]:
              this.parseRightParen();
              t.skip(1);
              break;
            case Codepoint.CODES["^"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
              else this.op(Regexp.Op.BEGIN_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["$"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
              else this.op(Regexp.Op.END_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["."]:
              if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
              else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
              t.skip(1);
              break;
            case Codepoint.CODES["["]:
              this.parseClass(t);
              break;
            case Codepoint.CODES["*"]:
            case Codepoint.CODES["+"]:
            case Codepoint.CODES["?"]: {
              repeatPos = t.pos();
              let op = null;
              switch (t.pop()) {
                case Codepoint.CODES["*"]:
                  op = Regexp.Op.STAR;
                  break;
                case Codepoint.CODES["+"]:
                  op = Regexp.Op.PLUS;
                  break;
                case Codepoint.CODES["?"]:
                  op = Regexp.Op.QUEST;
              }
              this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["{"]: {
              const before = t.pos();
              const minMax = Parser3.parseRepeat(t);
              if (minMax < 0) {
                t.rewindTo(before);
                this.literal(t.pop());
                break;
              }
              repeatPos = before;
              min = minMax >> 16;
              max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
              this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["\\"]: {
              const savedPos = t.pos();
              t.skip(1);
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
                case Codepoint.CODES["A"]:
                  this.op(Regexp.Op.BEGIN_TEXT);
                  break bigswitch;
                case Codepoint.CODES["b"]:
                  this.op(Regexp.Op.WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["B"]:
                  this.op(Regexp.Op.NO_WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["C"]:
                  throw new RE2JSSyntaxException(Parser3.ERR_INVALID_ESCAPE, "\\C");
                case Codepoint.CODES["Q"]: {
                  let lit = t.rest();
                  const i = lit.indexOf("\\E");
                  if (i >= 0) {
                    lit = lit.substring(0, i);
                    t.skipString(lit);
                    t.skipString("\\E");
                  } else t.skipString(lit);
                  let j = 0;
                  while (j < lit.length) {
                    const codepoint = lit.codePointAt(j);
                    this.literal(codepoint);
                    j += Utils.charCount(codepoint);
                  }
                  break bigswitch;
                }
                case Codepoint.CODES["z"]:
                  this.op(Regexp.Op.END_TEXT);
                  break bigswitch;
                default:
                  t.rewindTo(savedPos);
              }
              else t.rewindTo(savedPos);
              const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
              re.flags = this.flags;
              if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
                const cc2 = new CharClass();
                if (this.parseUnicodeClass(t, cc2)) {
                  re.runes = cc2.toArray();
                  this.push(re);
                  break bigswitch;
                }
              }
              const cc = new CharClass();
              if (this.parsePerlClassEscape(t, cc)) {
                re.runes = cc.toArray();
                this.push(re);
                break bigswitch;
              }
              t.rewindTo(savedPos);
              this.reuse(re);
              this.literal(Parser3.parseEscape(t));
              break;
            }
            default:
              this.literal(t.pop());
          }
          lastRepeatPos = repeatPos;
        }
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_PAREN, this.wholeRegexp);
        this.stack[0].namedGroups = this.namedGroups;
        return this.stack[0];
      }
      parsePerlFlags(t) {
        const startPos = t.pos();
        const s = t.rest();
        if (s.startsWith("(?P<") || s.startsWith("(?<")) {
          const begin = s.charAt(2) === "P" ? 4 : 3;
          const end = s.indexOf(">");
          if (end < 0) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_NAMED_CAPTURE, s);
          const name = s.substring(begin, end);
          t.skipString(name);
          t.skip(begin + 1);
          if (!Parser3.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
          const re = this.op(Regexp.Op.LEFT_PAREN);
          re.cap = ++this.numCap;
          if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser3.ERR_DUPLICATE_NAMED_CAPTURE, name);
          this.namedGroups[name] = this.numCap;
          re.name = name;
          return;
        }
        t.skip(2);
        let flags = this.flags;
        let sign = 1;
        let sawFlag = false;
        loop: while (t.more()) {
          const c = t.pop();
          switch (c) {
            case Codepoint.CODES["i"]:
              flags |= RE2Flags.FOLD_CASE;
              sawFlag = true;
              break;
            case Codepoint.CODES["m"]:
              flags &= ~RE2Flags.ONE_LINE;
              sawFlag = true;
              break;
            case Codepoint.CODES["s"]:
              flags |= RE2Flags.DOT_NL;
              sawFlag = true;
              break;
            case Codepoint.CODES["U"]:
              flags |= RE2Flags.NON_GREEDY;
              sawFlag = true;
              break;
            case Codepoint.CODES["-"]:
              if (sign < 0) break loop;
              sign = -1;
              flags = ~flags;
              sawFlag = false;
              break;
            case Codepoint.CODES[":"]:
            case Codepoint.CODES[")"]:
              if (sign < 0) {
                if (!sawFlag) break loop;
                flags = ~flags;
              }
              if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
              this.flags = flags;
              return;
            default:
              break loop;
          }
        }
        throw new RE2JSSyntaxException(Parser3.ERR_INVALID_PERL_OP, t.from(startPos));
      }
      parsePosLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = ++this.nlb;
        return this.push(re);
      }
      parseNegLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = -++this.nlb;
        return this.push(re);
      }
      parseVerticalBar() {
        this.concat();
        if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
      }
      swapVerticalBar() {
        const n = this.stack.length;
        if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser3.isCharClass(this.stack[n - 1]) && Parser3.isCharClass(this.stack[n - 3])) {
          let re1 = this.stack[n - 1];
          let re3 = this.stack[n - 3];
          if (re1.op > re3.op) {
            const tmp = re3;
            re3 = re1;
            re1 = tmp;
            this.stack[n - 3] = re3;
          }
          Parser3.mergeCharClass(re3, re1);
          this.reuse(re1);
          this.pop();
          return true;
        }
        if (n >= 2) {
          const re1 = this.stack[n - 1];
          const re2 = this.stack[n - 2];
          if (re2.op === Regexp.Op.VERTICAL_BAR) {
            if (n >= 3) this.cleanAlt(this.stack[n - 3]);
            this.stack[n - 2] = re1;
            this.stack[n - 1] = re2;
            return true;
          }
        }
        return false;
      }
      parseRightParen() {
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser3.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        const re1 = this.pop();
        const re2 = this.pop();
        if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser3.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        this.flags = re2.flags;
        if (re2.lb !== 0) {
          if (Parser3.hasCapture(re1)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
          if (re2.lb > 0) re2.op = Regexp.Op.PLB;
          else re2.op = Regexp.Op.NLB;
          re2.subs = [re1];
          this.push(re2);
          return;
        }
        if (re2.cap === 0) this.push(re1);
        else {
          re2.op = Regexp.Op.CAPTURE;
          re2.subs = [re1];
          this.push(re2);
        }
      }
      parsePerlClassEscape(t, cc) {
        const beforePos = t.pos();
        if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
        t.pop();
        const p = t.from(beforePos);
        const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
        if (g === null) return false;
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseNamedClass(t, cc) {
        const cls = t.rest();
        const i = cls.indexOf(":]");
        if (i < 0) return false;
        const name = cls.substring(0, i + 2);
        t.skipString(name);
        const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
        if (g === null) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, name);
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseUnicodeClass(t, cc) {
        const startPos = t.pos();
        if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
        t.skip(1);
        let sign = 1;
        let c = t.pop();
        if (c === Codepoint.CODES["P"]) sign = -1;
        if (!t.more()) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
        }
        c = t.pop();
        let name;
        if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
        else {
          const rest = t.rest();
          const end = rest.indexOf("}");
          if (end < 0) {
            t.rewindTo(startPos);
            throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
          }
          name = rest.substring(0, end);
          t.skipString(name);
          t.skip(1);
        }
        if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
          sign = 0 - sign;
          name = name.substring(1);
        }
        const pair = Parser3.unicodeTable(name);
        if (pair === null) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.from(startPos));
        if (pair.sign < 0) sign = 0 - sign;
        const tab = pair.tab;
        const fold = pair.fold;
        if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
        else {
          const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
          cc.appendClassWithSign(Array.from(tmp), sign);
        }
        return true;
      }
      parseClass(t) {
        const startPos = t.pos();
        t.skip(1);
        const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
        re.flags = this.flags;
        const cc = new CharClass();
        let sign = 1;
        if (t.more() && t.lookingAt("^")) {
          sign = -1;
          t.skip(1);
          if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
        }
        let first = true;
        while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
          if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
            const s = t.rest();
            if (s === "-" || !s.startsWith("-]")) {
              t.rewindTo(startPos);
              throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
            }
          }
          first = false;
          const beforePos = t.pos();
          if (t.lookingAt("[:")) {
            if (this.parseNamedClass(t, cc)) continue;
            t.rewindTo(beforePos);
          }
          if (this.parseUnicodeClass(t, cc)) continue;
          if (this.parsePerlClassEscape(t, cc)) continue;
          t.rewindTo(beforePos);
          const lo = Parser3.parseClassChar(t, startPos);
          let hi = lo;
          if (t.more() && t.lookingAt("-")) {
            t.skip(1);
            if (t.more() && t.lookingAt("]")) t.skip(-1);
            else {
              hi = Parser3.parseClassChar(t, startPos);
              if (hi < lo) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
            }
          }
          if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
          else cc.appendFoldedRange(lo, hi);
        }
        t.skip(1);
        cc.cleanClass();
        if (sign < 0) cc.negateClass();
        re.runes = cc.toArray();
        this.push(re);
      }
    };
    RE2 = class RE22 {
      static initTest(expr) {
        const re2 = RE22.compile(expr);
        const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
        res.cond = re2.cond;
        res.prefix = re2.prefix;
        res.prefixUTF8 = re2.prefixUTF8;
        res.prefixComplete = re2.prefixComplete;
        res.prefixRune = re2.prefixRune;
        res.prefilter = re2.prefilter;
        res.namedGroups = re2.namedGroups;
        return res;
      }
      /**
      * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
      * used to match against text.
      *
      * When matching against text, the regexp returns a match that begins as early as possible in the
      * input (leftmost), and among those it chooses the one that a backtracking search would have
      * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
      * and other implementations use, although this package implements it without the expense of
      * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
      */
      static compile(expr) {
        return RE22.compileImpl(expr, RE2Flags.PERL, false);
      }
      /**
      * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
      * (egrep) syntax and changes the match semantics to leftmost-longest.
      *
      * That is, when matching against text, the regexp returns a match that begins as early as
      * possible in the input (leftmost), and among those it chooses a match that is as long as
      * possible. This so-called leftmost-longest matching is the same semantics that early regular
      * expression implementations used and that POSIX specifies.
      *
      * However, there can be multiple leftmost-longest matches, with different submatch choices, and
      * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
      * package chooses the one that a backtracking search would have found first, while POSIX
      * specifies that the match be chosen to maximize the length of the first subexpression, then the
      * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
      * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
      */
      static compilePOSIX(expr) {
        return RE22.compileImpl(expr, RE2Flags.POSIX, true);
      }
      static compileImpl(expr, mode, longest) {
        let re = Parser2.parse(expr, mode);
        const maxCap = re.maxCap();
        const namedGroups = re.namedGroups;
        re = Simplify.simplify(re);
        const prefilter = PrefilterTree.build(re);
        const prog = Compiler.compileRegexp(re);
        const re2 = new RE22(expr, prog, maxCap, longest);
        re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
        const [prefixCompl, prefixStr] = prog.prefix();
        re2.prefixComplete = prefixCompl;
        re2.prefix = prefixStr;
        re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
        if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
        re2.namedGroups = namedGroups;
        return re2;
      }
      /**
      * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
      *
      * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
      */
      static match(pattern, s) {
        return RE22.compile(pattern).match(s);
      }
      constructor(expr, prog, numSubexp = 0, longest = 0) {
        this.expr = expr;
        this.prog = prog;
        this.numSubexp = numSubexp;
        this.longest = longest;
        this.cond = prog.startCond();
        this.prefix = null;
        this.prefixUTF8 = null;
        this.prefixComplete = false;
        this.prefixRune = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.machinePool = [];
        this.lazyDFA = null;
        this.onepass = OnePass.compile(this.prog);
        this.prefilter = null;
      }
      get dfa() {
        if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
        return this.lazyDFA;
      }
      matchPrefixComplete(input, pos, anchor, ncap) {
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
        let matchStart = -1;
        let matchEnd = -1;
        const pLen = input.prefixLength(this);
        if (anchor === RE2Flags.UNANCHORED) {
          const idx = input.index(this, pos);
          if (idx < 0) return null;
          matchStart = pos + idx;
          matchEnd = matchStart + pLen;
        } else if (anchor === RE2Flags.ANCHOR_BOTH) {
          if (input.endPos() !== pLen) return null;
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        } else if (anchor === RE2Flags.ANCHOR_START) {
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        }
        if (matchStart < 0) return null;
        if (ncap > 0) {
          const matchcap = new Int32Array(ncap).fill(-1);
          matchcap[0] = matchStart;
          matchcap[1] = matchEnd;
          return Array.from(matchcap);
        }
        return [];
      }
      createLookbehindState() {
        return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
      }
      executeEngine(input, pos, anchor, ncap, lbState = null) {
        if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
        if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
          if (!this.prefilter.eval(input, pos)) return null;
        }
        if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
        if (ncap > 0) {
          if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
          return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
        }
        if (this.prog.numLb === 0) {
          const dfaResult = this.dfa.match(input, pos, anchor);
          if (dfaResult !== null) return dfaResult ? [] : null;
          if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
        }
        return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
      }
      /**
      * Returns the number of parenthesized subexpressions in this regular expression.
      */
      numberOfCapturingGroups() {
        return this.numSubexp;
      }
      /**
      * Returns the number of instructions in this compiled regular expression program.
      */
      numberOfInstructions() {
        return this.prog.numInst();
      }
      get() {
        return this.machinePool.length > 0 ? this.machinePool.pop() : null;
      }
      reset() {
        this.machinePool.length = 0;
      }
      put(m) {
        this.machinePool.push(m);
      }
      toString() {
        return this.expr;
      }
      doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
        let m = this.get();
        if (!m) m = Machine.fromRE2(this);
        m.init(ncap);
        const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
        this.put(m);
        return cap;
      }
      match(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Matches the regular expression against input starting at position start and ending at position
      * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
      * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
      * array. It is most efficient not to ask for submatch boundaries.
      *
      * @param input the input byte array
      * @param start the beginning position in the input
      * @param end the end position in the input
      * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
      * @param group the array to fill with submatch positions
      * @param ngroup the number of array pairs to fill in
      * @param lbState optional state carried between successive matches over the same input (see
      *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
      * @returns true if a match was found
      */
      matchWithGroup(input, start2, end, anchor, ngroup, lbState = null) {
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        return this.matchMachineInput(input, start2, end, anchor, ngroup, lbState);
      }
      matchMachineInput(input, start2, end, anchor, ngroup, lbState = null) {
        if (start2 > end) return [false, null];
        const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
        const groupMatch = this.executeEngine(machineInput, start2, anchor, 2 * ngroup, lbState);
        if (groupMatch === null) return [false, null];
        return [true, groupMatch];
      }
      /**
      * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
      */
      matchUTF8(b) {
        return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
      * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAll(src, repl) {
        return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
      }
      /**
      * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
      * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceFirst(src, repl) {
        return this.replaceAllFunc(src, () => repl, 1);
      }
      /**
      * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
      * been replaced by the return value of of function {@code repl} (whose first argument is the
      * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAllFunc(src, replFunc, maxReplaces) {
        let lastMatchEnd = 0;
        let searchPos = 0;
        let out = "";
        const input = MachineInput.fromUTF16(src);
        const lbState = this.createLookbehindState();
        let numReplaces = 0;
        while (searchPos <= src.length) {
          const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
          if (a === null || a.length === 0) break;
          out += src.substring(lastMatchEnd, a[0]);
          if (a[1] > lastMatchEnd || a[0] === 0) {
            out += replFunc(src.substring(a[0], a[1]));
            numReplaces++;
          }
          lastMatchEnd = a[1];
          const width = input.step(searchPos) & 7;
          if (searchPos + width > a[1]) searchPos += width;
          else if (searchPos + 1 > a[1]) searchPos++;
          else searchPos = a[1];
          if (numReplaces >= maxReplaces) break;
        }
        out += src.substring(lastMatchEnd);
        return out;
      }
      pad(a) {
        if (a === null) return null;
        let n = (1 + this.numSubexp) * 2;
        if (a.length < n) {
          let a2 = new Array(n).fill(-1);
          for (let i = 0; i < a.length; i++) a2[i] = a[i];
          a = a2;
        }
        return a;
      }
      allMatches(input, n, deliverFun = (v) => v) {
        let result = [];
        const end = input.endPos();
        if (n < 0) n = end + 1;
        let pos = 0;
        let i = 0;
        let prevMatchEnd = -1;
        const lbState = this.createLookbehindState();
        while (i < n && pos <= end) {
          const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
          if (matches === null || matches.length === 0) break;
          let accept = true;
          if (matches[1] === pos) {
            if (matches[0] === prevMatchEnd) accept = false;
            const r = input.step(pos);
            if (r < 0) pos = end + 1;
            else pos += r & 7;
          } else pos = matches[1];
          prevMatchEnd = matches[1];
          if (accept) {
            result.push(deliverFun(this.pad(matches)));
            i++;
          }
        }
        return result;
      }
      /**
      * Returns an array holding the text of the leftmost match in {@code b} of this regular
      * expression.
      *
      * A return value of null indicates no match.
      */
      findUTF8(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return b.slice(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
      *
      * A return value of null indicates no match.
      */
      findUTF8Index(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return a.slice(0, 2);
      }
      /**
      * Returns a string holding the text of the leftmost match in {@code s} of this regular
      * expression.
      *
      * If there is no match, the return value is an empty string, but it will also be empty if the
      * regular expression successfully matches an empty string. Use {@link #findIndex} or
      * {@link #findSubmatch} if it is necessary to distinguish these cases.
      */
      find(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return "";
        return s.substring(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code s} of this regular expression. The match itself is at
      * {@code s.substring(loc[0], loc[1])}.
      *
      * A return value of null indicates no match.
      */
      findIndex(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
      }
      /**
      * Returns an array of arrays the text of the leftmost match of the regular expression in
      * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findUTF8Submatch(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
      * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
      *
      * A return value of null indicates no match.
      */
      findUTF8SubmatchIndex(b) {
        return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * Returns an array of strings holding the text of the leftmost match of the regular expression in
      * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatch(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatchIndex(s) {
        return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      *
      * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
      * by |b|.
      */
      findAllUTF8(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Index(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
      * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
      * description above.
      *
      * A return value of null indicates no match.
      */
      findAll(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
      * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Submatch(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8SubmatchIndex(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n);
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatch(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatchIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n);
        if (result.length === 0) return null;
        return result;
      }
    };
    RE2Set = class RE2Set2 {
      /** @type {number} */
      static UNANCHORED = RE2Flags.UNANCHORED;
      /** @type {number} */
      static ANCHOR_START = RE2Flags.ANCHOR_START;
      /** @type {number} */
      static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
      /**
      * Constructs a new RE2Set with the specified anchor mode and flags.
      * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
      * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
      * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
      */
      constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
        if (![
          RE2Set2.UNANCHORED,
          RE2Set2.ANCHOR_START,
          RE2Set2.ANCHOR_BOTH
        ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
        Utils.checkFlags(flags);
        this.anchor = anchor;
        this.jsFlags = flags;
        this.maxMem = maxMem;
        let re2Flags = RE2Flags.PERL;
        if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        this.re2Flags = re2Flags;
        this.regexps = [];
        this.prog = null;
        this.dfa = null;
        this.dummyRe2 = null;
      }
      /**
      * Adds a new regular expression pattern to the set.
      * Patterns cannot be added after the set has been compiled.
      * @param {string} pattern - The regular expression pattern to add.
      * @returns {number} The integer index assigned to the added pattern.
      * @throws {RE2JSCompileException} If patterns are added after compilation.
      */
      add(pattern) {
        if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
        Utils.checkPattern(pattern);
        let fregex = pattern;
        if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        const re = Parser2.parse(fregex, this.re2Flags);
        this.regexps.push(Simplify.simplify(re));
        return this.regexps.length - 1;
      }
      /**
      * Compiles the added patterns into a single state machine.
      * This is automatically called on the first match if not called explicitly.
      * @returns {void}
      */
      compile() {
        if (this.prog) return;
        const prog = Compiler.compileSet(this.regexps);
        if (prog.numInst() > Parser2.MAX_SIZE) throw new RE2JSCompileException(`${Parser2.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser2.MAX_SIZE}`);
        this.prog = prog;
        this.dfa = new DFA(this.prog, this.maxMem);
        this.dummyRe2 = {
          prog: this.prog,
          cond: this.prog.startCond(),
          prefix: "",
          prefixRune: 0,
          longest: false
        };
      }
      /**
      * Matches the input against the compiled set of regular expressions.
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
      * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
      */
      match(input) {
        if (!this.prog) this.compile();
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        let internalAnchor = RE2Flags.UNANCHORED;
        if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
        else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
        const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
        if (dfaResult !== null) return dfaResult;
        const machine = Machine.fromRE2(this.dummyRe2);
        machine.init(0);
        return machine.matchSet(machineInput, 0, internalAnchor);
      }
    };
    TranslateRegExpString = class TranslateRegExpString2 {
      static isHexadecimal(ch) {
        return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
      }
      static translate(data) {
        let prefixFlags = "";
        if (Object.prototype.toString.call(data) === "[object RegExp]") {
          if (data.ignoreCase) prefixFlags += "i";
          if (data.multiline) prefixFlags += "m";
          if (data.dotAll) prefixFlags += "s";
          data = data.source;
        }
        if (typeof data !== "string") return data;
        let result = "";
        let changed = false;
        let size = data.length;
        if (size === 0) {
          result = "(?:)";
          changed = true;
        }
        let inCharClass = false;
        let i = 0;
        while (i < size) {
          let ch = data[i];
          if (ch === "\\") {
            if (i + 1 < size) {
              ch = data[i + 1];
              switch (ch) {
                case "\\":
                  result += "\\\\";
                  i += 2;
                  continue;
                case "c":
                  if (i + 2 < size) {
                    let code = data[i + 2].charCodeAt(0);
                    if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                      let val = code % 32;
                      result += "\\x";
                      result += (val >> 4).toString(16).toUpperCase();
                      result += (val & 15).toString(16).toUpperCase();
                      i += 3;
                      changed = true;
                      continue;
                    }
                  }
                  result += "c";
                  i += 2;
                  changed = true;
                  continue;
                case "u":
                  if (i + 2 < size) {
                    if (data[i + 2] === "{") {
                      let j = i + 3;
                      let hasHex = false;
                      let closed = false;
                      while (j < size) {
                        const hexChar = data[j];
                        if (hexChar === "}") {
                          closed = true;
                          break;
                        }
                        if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                        hasHex = true;
                        j++;
                      }
                      if (closed && hasHex) {
                        result += "\\x";
                        i += 2;
                        changed = true;
                        continue;
                      }
                    } else if (i + 5 < size) {
                      let isHex4 = true;
                      for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                        isHex4 = false;
                        break;
                      }
                      if (isHex4) {
                        result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                        i += 6;
                        changed = true;
                        continue;
                      }
                    }
                  }
                  result += "u";
                  i += 2;
                  changed = true;
                  continue;
                case "x": {
                  let isValidHex = false;
                  if (i + 2 < size && data[i + 2] === "{") {
                    let j = i + 3;
                    let hasHex = false;
                    let closed = false;
                    while (j < size) {
                      const hexChar = data[j];
                      if (hexChar === "}") {
                        closed = true;
                        break;
                      }
                      if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                      hasHex = true;
                      j++;
                    }
                    if (closed && hasHex) isValidHex = true;
                  } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
                  if (isValidHex) {
                    result += "\\x";
                    i += 2;
                  } else {
                    result += "x";
                    i += 2;
                    changed = true;
                  }
                  continue;
                }
                case "n":
                case "r":
                case "t":
                case "a":
                case "f":
                case "v":
                case "d":
                case "D":
                case "s":
                case "S":
                case "w":
                case "W":
                case "b":
                case "B":
                case "p":
                case "P":
                case "A":
                case "z":
                case "Q":
                case "E":
                case "0":
                case "1":
                case "2":
                case "3":
                case "4":
                case "5":
                case "6":
                case "7":
                  result += "\\" + ch;
                  i += 2;
                  continue;
                default: {
                  let cp2 = data.codePointAt(i + 1);
                  if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                    changed = true;
                  } else {
                    result += "\\";
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                  }
                  continue;
                }
              }
            }
          } else if (ch === "/") {
            result += "\\/";
            i += 1;
            changed = true;
            continue;
          } else if (ch === "[") {
            if (!inCharClass && data[i + 1] === "]") {
              result += "[^\\x00-\\x{10FFFF}]";
              i += 2;
              changed = true;
              continue;
            }
            if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
              result += "[\\x00-\\x{10FFFF}]";
              i += 3;
              changed = true;
              continue;
            }
            inCharClass = true;
          } else if (ch === "]") inCharClass = false;
          else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
            if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
              result += "(?P<";
              i += 3;
              changed = true;
              continue;
            }
          }
          let cp = data.codePointAt(i);
          let symSize = Utils.charCount(cp);
          result += data.substring(i, i + symSize);
          i += symSize;
        }
        const finalResult = changed ? result : data;
        if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
        return finalResult;
      }
    };
    execResult = (m, input) => {
      const result = m.matchArray();
      result.index = m.start(0);
      result.input = input;
      result.groups = m.namedGroupsObject();
      return result;
    };
    RE2JS = class RE2JS2 {
      /**
      * Flag: case insensitive matching.
      */
      static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
      /**
      * Flag: dot ({@code .}) matches all characters, including newline.
      */
      static DOTALL = PublicFlags.DOTALL;
      /**
      * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
      * beginning and end of input.
      */
      static MULTILINE = PublicFlags.MULTILINE;
      /**
      * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
      */
      static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
      /**
      * Flag: matches longest possible string.
      */
      static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
      /**
      * Flag: enable linear-time captureless lookbehinds.
      */
      static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
      /**
      * Returns a literal pattern string for the specified string.
      *
      * This method produces a string that can be used to create a <code>RE2JS</code> that would
      * match the string <code>s</code> as if it were a literal pattern.
      *
      * Metacharacters or escape sequences in the input sequence will be given no special meaning.
      *
      * @param {string} str The string to be literalized
      * @returns {string} A literal string replacement
      */
      static quote(str) {
        return Utils.quoteMeta(str);
      }
      /**
      * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
      * replacement methods as a literal replacement of {@code str}.
      *
      * This is a convenience delegation to {@link Matcher.quoteReplacement}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str, javaMode = false) {
        return Matcher.quoteReplacement(str, javaMode);
      }
      /**
      * Translates a given regular expression string to ensure compatibility with RE2JS.
      *
      * This function preprocesses the input regex string by applying necessary transformations,
      * such as escaping special characters (e.g., `/`), converting named capture groups to
      * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
      * resulting regex is safe and properly formatted before compilation.
      *
      * @param {string|RegExp} expr - The regular expression string to be translated.
      * @returns {string} - The transformed regular expression string, ready for compilation.
      */
      static translateRegExp(expr) {
        return TranslateRegExpString.translate(expr);
      }
      /**
      * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
      * @param {string} regex
      * @param {number} [flags=0]
      * @returns {RE2JS}
      */
      static compile(regex2, flags = 0) {
        Utils.checkPattern(regex2);
        Utils.checkFlags(flags);
        let fregex = regex2;
        if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        let re2Flags = RE2Flags.PERL;
        if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        const p = new RE2JS2(regex2, flags);
        p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
        return p;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string} regex the regular expression
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      * @throws RE2JSSyntaxException if the regular expression is malformed
      */
      static matches(regex2, input) {
        return RE2JS2.compile(regex2).testExact(input);
      }
      /**
      * This is visible for testing.
      * @private
      */
      static initTest(pattern, flags, re2) {
        if (pattern == null) throw new Error("pattern is null");
        if (re2 == null) throw new Error("re2 is null");
        const p = new RE2JS2(pattern, flags);
        p.re2Input = re2;
        return p;
      }
      /**
      *
      * @param {string} pattern
      * @param {number} flags
      */
      constructor(pattern, flags) {
        this.patternInput = pattern;
        this.flagsInput = flags;
        this.re2Input = null;
      }
      /**
      * Releases memory used by internal caches associated with this pattern. Does not change the
      * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
      */
      reset() {
        this.re2Input.reset();
      }
      /**
      * Returns the flags used in the constructor.
      * @returns {number}
      */
      flags() {
        return this.flagsInput;
      }
      /**
      * Returns the pattern used in the constructor.
      * @returns {string}
      */
      pattern() {
        return this.patternInput;
      }
      re2() {
        return this.re2Input;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      */
      matches(input) {
        return this.testExact(input);
      }
      /**
      * Creates a new {@code Matcher} matching the pattern against the input.
      *
      * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
      * @returns {Matcher}
      */
      matcher(input) {
        if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
        return new Matcher(this, input);
      }
      /**
      * Tests whether the regular expression matches any part of the input string.
      * Performance Note: This method is highly optimized. Because it only returns
      * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
      * and guarantees execution on the high-speed DFA engine whenever possible.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
      */
      test(input) {
        if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
        return this.re2Input.match(input);
      }
      /**
      * Tests whether the regular expression matches the ENTIRE input string.
      * * **Performance Note:** This operates identically to `.matches()`, but is significantly
      * faster because it does not request capture group data. By requesting 0 capture groups,
      * it securely routes execution through the DFA fast-path.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
      */
      testExact(input) {
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
      }
      /**
      * Executes a search for a match in a specified string.
      * Returns a result array, or null if no match is found.
      * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
      * including `.index`, `.input`, and `.groups` properties.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {Array|null} the match array with index, input, and groups properties, or null
      */
      exec(input) {
        const m = this.matcher(input);
        return m.find() ? execResult(m, input) : null;
      }
      /**
      * Splits input around instances of the regular expression. It returns an array giving the strings
      * that occur before, between, and after instances of the regular expression.
      *
      * If {@code limit <= 0}, there is no limit on the size of the returned array. If
      * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
      * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
      * of the input, possibly including additional matches of the pattern.
      *
      * @param {string} input the input string to be split
      * @param {number} [limit=0] the limit
      * @returns {string[]} the split strings
      */
      split(input, limit = 0) {
        const m = this.matcher(input);
        const result = [];
        let emptiesSkipped = 0;
        let last = 0;
        while (m.find()) {
          if (last === 0 && m.end() === 0) {
            last = m.end();
            continue;
          }
          if (limit > 0 && result.length === limit - 1) break;
          if (last === m.start()) {
            if (limit === 0) {
              emptiesSkipped += 1;
              last = m.end();
              continue;
            }
          } else while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.start()));
          last = m.end();
        }
        if (limit === 0 && last !== m.inputLength()) {
          while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.inputLength()));
        }
        if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
        return result;
      }
      /**
      * Returns an iterator of all results matching a string against the regular expression,
      * including capturing groups.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {IterableIterator<RegExpMatchArray>}
      */
      *matchAll(input) {
        const m = this.matcher(input);
        while (m.find()) yield execResult(m, input);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        return this.patternInput;
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.re2Input.numberOfInstructions();
      }
      /**
      * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
      * pattern and is excluded from this count.
      *
      * @returns {number} the number of capturing groups in this pattern
      */
      groupCount() {
        return this.re2Input.numberOfCapturingGroups();
      }
      /**
      * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
      * is the index of the group in the pattern.
      * @returns {Record<string, number>}
      */
      namedGroups() {
        return this.re2Input.namedGroups;
      }
      /**
      *
      * @param {*} other
      * @returns {boolean}
      */
      equals(other) {
        if (this === other) return true;
        if (other === null || this.constructor !== other.constructor) return false;
        return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
      }
    };
  }
});

// src/rules/re2.ts
var re2_exports = {};
__export(re2_exports, {
  RE2JS: () => RE2JS
});
var init_re2 = __esm({
  "src/rules/re2.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_build();
  }
});

// src/rules/linear-regex.ts
var linear_regex_exports = {};
__export(linear_regex_exports, {
  LinearRegExp: () => LinearRegExp,
  linearGroups: () => linearGroups,
  linearProblem: () => linearProblem,
  linearSyntax: () => linearSyntax,
  loadLinearEngine: () => loadLinearEngine
});
async function loadLinearEngine() {
  engine ??= (await Promise.resolve().then(() => (init_re2(), re2_exports))).RE2JS;
}
function linearProblem(source, flags = "") {
  try {
    compile(source, flags);
    return null;
  } catch (error2) {
    return linearSyntax(error2);
  }
}
function linearSyntax(error2) {
  const description = error2.getDescription?.();
  if (description === void 0) throw error2;
  return `${description} (patterns from the configuration run on a linear-time engine, RE2: no lookahead, no backreferences)`;
}
function linearGroups(source, flags = "") {
  const pattern = compile(source, flags);
  return { count: pattern.groupCount(), names: new Set(Object.keys(pattern.namedGroups())) };
}
function compile(source, flags) {
  if (engine === null) throw new Error("the linear regex engine is not loaded (loadLinearEngine)");
  let mode = engine.LOOKBEHINDS;
  if (flags.includes("i")) mode |= engine.CASE_INSENSITIVE;
  if (flags.includes("m")) mode |= engine.MULTILINE;
  if (flags.includes("s")) mode |= engine.DOTALL;
  return engine.compile(source, mode);
}
var engine, LinearRegExp;
var init_linear_regex = __esm({
  "src/rules/linear-regex.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    engine = null;
    LinearRegExp = class extends RegExp {
      #pattern;
      #names;
      #input = null;
      #matcher = null;
      constructor(source, flags = "") {
        super("(?:)", [...new Set(flags)].filter((f) => "dgimsy".includes(f)).join(""));
        this.#pattern = compile(source, flags);
        this.#names = Object.entries(this.#pattern.namedGroups());
      }
      exec(text) {
        const advancing = this.global || this.sticky;
        const from = advancing ? this.lastIndex : 0;
        if (from > text.length) {
          this.lastIndex = 0;
          return null;
        }
        if (this.#input !== text || this.#matcher === null) {
          this.#matcher = this.#pattern.matcher(text);
          this.#input = text;
        }
        const m = this.#matcher;
        if (!m.find(from) || this.sticky && m.start() !== from) {
          if (advancing) this.lastIndex = 0;
          return null;
        }
        const count = this.#pattern.groupCount();
        const parts = [];
        const spans = [];
        for (let group = 0; group <= count; group++) {
          const start2 = m.start(group);
          parts.push(start2 < 0 ? void 0 : m.group(group) ?? void 0);
          spans.push(start2 < 0 ? void 0 : [start2, m.end(group)]);
        }
        const result = parts;
        result.index = m.start();
        result.input = text;
        if (this.#names.length > 0) result.groups = Object.fromEntries(this.#names.map(([name, i]) => [name, parts[i]]));
        if (this.hasIndices) {
          const indices = spans;
          if (this.#names.length > 0) indices.groups = Object.fromEntries(this.#names.map(([name, i]) => [name, spans[i]]));
          result.indices = indices;
        }
        if (advancing) this.lastIndex = m.end();
        return result;
      }
    };
  }
});

// src/detect/keyword-scan-wasm.ts
var KEYWORD_SCAN_WASM;
var init_keyword_scan_wasm = __esm({
  "src/detect/keyword-scan-wasm.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    KEYWORD_SCAN_WASM = "AGFzbQEAAAABFQJgBH9/f38Bf2AJf39/f39/f39/AAMDAgABBQMBAAEGKQh/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALB1kLBm1lbW9yeQIABnN0YXRlMAMABnN0YXRlMQMBBnN0YXRlMgMCBnN0YXRlMwMDBG91dDADBARvdXQxAwUEb3V0MgMGBG91dDMDBwRzY2FuAAAFc2NhbjQAAQqHAwJRAAJAA0AgACABTw0BIAIgAC0AAC0AAEECdGooAoACIQIgAEEBaiEAIAJBAE4NAEF/IAJrIQIgAyAANgIAIAMgAjYCBCADQQhqIQMMAAsLIAMLsgIBBX8CQANAIAkgBE8NASAKIAAgCWotAAAtAABBAnRqKAKAAiEKIAsgASAJai0AAC0AAEECdGooAoACIQsgDCACIAlqLQAALQAAQQJ0aigCgAIhDCANIAMgCWotAAAtAABBAnRqKAKAAiENIAlBAWohCSAKQQBIBEBBfyAKayEKIAUgACAJajYCACAFIAo2AgQgBUEIaiEFCyALQQBIBEBBfyALayELIAYgASAJajYCACAGIAs2AgQgBkEIaiEGCyAMQQBIBEBBfyAMayEMIAcgAiAJajYCACAHIAw2AgQgB0EIaiEHCyANQQBIBEBBfyANayENIAggAyAJajYCACAIIA02AgQgCEEIaiEICwwACwsgCiQAIAskASAMJAIgDSQDIAUkBCAGJAUgByQGIAgkBws=";
  }
});

// src/detect/wasm.ts
function wasmInstance(base64) {
  let module2 = compiled.get(base64);
  if (module2 === void 0) {
    try {
      module2 = api === void 0 ? null : new api.Module(Buffer.from(base64, "base64"));
    } catch {
      module2 = null;
    }
    compiled.set(base64, module2);
  }
  return module2 === null ? null : new api.Instance(module2, {}).exports;
}
function ensureMemory(memory, size) {
  if (size > memory.buffer.byteLength) memory.grow(Math.ceil((size - memory.buffer.byteLength) / 65536));
}
var api, compiled;
var init_wasm = __esm({
  "src/detect/wasm.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    api = globalThis.WebAssembly;
    compiled = /* @__PURE__ */ new Map();
  }
});

// src/detect/keyword-scan.ts
function align(address) {
  return address + 7 & ~7;
}
var CHUNK, SPLIT, TABLES, KeywordScan;
var init_keyword_scan = __esm({
  "src/detect/keyword-scan.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_keyword_scan_wasm();
    init_wasm();
    CHUNK = 256 << 10;
    SPLIT = 4096;
    TABLES = 256;
    KeywordScan = class _KeywordScan {
      constructor(wasm, classes, delta, lead) {
        this.lead = lead;
        this.wasm = wasm;
        const table3 = TABLES + delta.length * 4;
        this.input = align(table3);
        const area = align((Math.max(CHUNK >> 2, SPLIT) + lead + 4) * 8);
        const first = align(this.input + CHUNK + lead);
        this.outputs = [first, first + area, first + 2 * area, first + 3 * area];
        const size = first + 4 * area;
        const { memory } = this.wasm;
        ensureMemory(memory, size);
        this.bytes = new Uint8Array(memory.buffer);
        this.words = new Int32Array(memory.buffer);
        for (let code = 0; code < 128; code++) this.bytes[code] = classes[code];
        for (let i = 0; i < delta.length; i++) {
          const next = delta[i];
          this.words[(TABLES >> 2) + i] = next >= 0 ? next * 4 : -((-next - 1) * 4) - 1;
        }
      }
      lead;
      wasm;
      input;
      outputs;
      /** The WebAssembly memory, as bytes and as words (it grows only here, in the constructor). */
      words;
      bytes;
      /**
       * A scanner for the automaton `delta` over `classes` (see Prefilter's Automaton), or null where WebAssembly is
       * missing or some keyword is not ASCII (its bytes would not be its characters).
       */
      static create(classes, delta, longest, ascii) {
        const wasm = ascii ? wasmInstance(KEYWORD_SCAN_WASM) : null;
        return wasm === null ? null : new _KeywordScan(wasm, classes, delta, Math.max(longest - 1, 0));
      }
      /**
       * Calls `found(end, state)` for each place in `bytes` where keywords end, in order: `end` is the index after the
       * keyword's last byte, `state` the automaton state there (as the automaton's table holds it: premultiplied).
       */
      run(bytes, found) {
        for (let from = 0; from < bytes.length; from += CHUNK) this.chunk(bytes, from, Math.min(from + CHUNK, bytes.length), found);
      }
      chunk(bytes, from, to, found) {
        const { wasm, input, outputs, lead } = this;
        const before = Math.min(lead, from);
        this.bytes.set(bytes.subarray(from - before, to), input);
        const length = to - from;
        const base = input + before;
        const report = (area, own2, outEnd) => {
          const { words } = this;
          for (let o = area; o < outEnd; o += 8) {
            const at = words[o >> 2];
            if (at > own2) found(at - base + from, words[(o >> 2) + 1] >> 2);
          }
        };
        const part = Math.floor(length / 4);
        if (length < SPLIT || part <= lead) {
          report(outputs[0], base, wasm.scan(input, base + length, 0, outputs[0]));
          return;
        }
        const own = [base, base + part, base + 2 * part, base + 3 * part, base + length];
        const start2 = [input, own[1] - lead, own[2] - lead, own[3] - lead];
        wasm.scan4(start2[0], start2[1], start2[2], start2[3], part, outputs[0], outputs[1], outputs[2], outputs[3]);
        const states = [wasm.state0.value, wasm.state1.value, wasm.state2.value, wasm.state3.value];
        const outs = [wasm.out0.value, wasm.out1.value, wasm.out2.value, wasm.out3.value];
        for (let k = 0; k < 4; k++) {
          const read = start2[k] + part;
          const outEnd = read < own[k + 1] ? wasm.scan(read, own[k + 1], states[k], outs[k]) : outs[k];
          report(outputs[k], own[k], outEnd);
        }
      }
    };
  }
});

// src/detect/primed.ts
function primed(regex2) {
  regex2.test(primer ??= "\0".repeat(1024));
  regex2.lastIndex = 0;
  return regex2;
}
var primer;
var init_primed = __esm({
  "src/detect/primed.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
  }
});

// src/detect/work.ts
function newWorkCounts() {
  return { prefilter: 0, rules: 0, base64: 0, overlaps: 0, locate: 0 };
}
var init_work = __esm({
  "src/detect/work.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
  }
});

// src/detect/prefilter.ts
function record(parts, found, at, end) {
  const state = at / parts.classCount;
  const to = parts.outTo[state];
  for (let o = parts.outFrom[state]; o < to; o++) {
    const start2 = end - parts.outLength[o];
    for (const rule of parts.outRules[o]) {
      const list2 = found[rule];
      if (list2 === void 0) found[rule] = [start2];
      else insert(list2, start2);
    }
  }
}
function buildAutomaton(byKeyword) {
  const classes = new Uint8Array(65536);
  let classCount = 1;
  for (const keyword of byKeyword.keys()) {
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (classes[code] !== 0) continue;
      if (classCount === 256) throw new Error("too many distinct keyword characters");
      for (const same of caseVariants(code)) classes[same] = classCount;
      classCount++;
    }
  }
  const children = [/* @__PURE__ */ new Map()];
  const ends = [[]];
  for (const [keyword, rules] of byKeyword) {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classes[keyword.charCodeAt(i)];
      let next2 = children[state].get(cls);
      if (next2 === void 0) {
        next2 = children.length;
        children.push(/* @__PURE__ */ new Map());
        ends.push([]);
        children[state].set(cls, next2);
      }
      state = next2;
    }
    ends[state].push({ length: keyword.length, rules: [...rules] });
  }
  const states = children.length;
  const next = new Int32Array(states * classCount);
  const fail = new Int32Array(states);
  const order = [];
  for (let cls = 1; cls < classCount; cls++) {
    const child = children[0].get(cls);
    if (child !== void 0) order.push(child);
    next[cls] = child ?? 0;
  }
  for (let q = 0; q < order.length; q++) {
    const state = order[q];
    ends[state].push(...ends[fail[state]]);
    for (let cls = 1; cls < classCount; cls++) {
      const child = children[state].get(cls);
      if (child === void 0) next[state * classCount + cls] = next[fail[state] * classCount + cls];
      else {
        fail[child] = next[fail[state] * classCount + cls];
        next[state * classCount + cls] = child;
        order.push(child);
      }
    }
  }
  const outFrom = new Int32Array(states);
  const outTo = new Int32Array(states);
  const outLength = [];
  const outRules = [];
  for (let state = 0; state < states; state++) {
    outFrom[state] = outLength.length;
    for (const end of ends[state]) {
      outLength.push(end.length);
      outRules.push(end.rules);
    }
    outTo[state] = outLength.length;
  }
  const delta = states * classCount < 32768 ? new Int16Array(next.length) : new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const state = next[i];
    delta[i] = outTo[state] > outFrom[state] ? -(state * classCount) - 1 : state * classCount;
  }
  const keywords = [...byKeyword.keys()];
  return { classes, classCount, delta, outFrom, outTo, outLength, outRules, longest: Math.max(0, ...keywords.map((k) => k.length)), ascii: isAsciiText(keywords.join("")) };
}
function insert(list2, start2) {
  let i = list2.length;
  while (i > 0 && list2[i - 1] > start2) i--;
  if (i > 0 && list2[i - 1] === start2) return;
  if (i === list2.length) list2.push(start2);
  else list2.splice(i, 0, start2);
}
function caseVariants(code) {
  if (code < 128) {
    const lower = code | 32;
    return lower >= 97 && lower <= 122 ? [lower, lower ^ 32] : [code];
  }
  const pattern = new RegExp(escapeRegex2(String.fromCharCode(code)), "i");
  const variants = [];
  for (let unit = 0; unit < 65536; unit++) if (pattern.test(String.fromCharCode(unit))) variants.push(unit);
  return variants;
}
function isAsciiText(text) {
  return ASCII.test(text);
}
function escapeRegex2(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
var Prefilter3, ASCII;
var init_prefilter = __esm({
  "src/detect/prefilter.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_keyword_scan();
    init_primed();
    init_work();
    Prefilter3 = class {
      constructor(ruleKeywords, work = newWorkCounts()) {
        this.work = work;
        this.ruleCount = ruleKeywords.length;
        ruleKeywords.forEach((keywords, rule) => {
          for (const keyword of keywords) {
            const key = keyword.toLowerCase();
            if (key === "") continue;
            if (!this.byKeyword.has(key)) this.byKeyword.set(key, /* @__PURE__ */ new Set());
            this.byKeyword.get(key).add(rule);
          }
        });
      }
      work;
      byKeyword = /* @__PURE__ */ new Map();
      ruleCount;
      automatonParts;
      /** The automaton over bytes, made with it on first use (null: none here, see KeywordScan.create). */
      byteScan;
      /** The alternation of every keyword, longest first; for each keyword, the rules of the keywords it starts with. */
      alternation;
      /**
       * Where each rule's keywords start in `text`: for rule i, its hits in ascending order without repeats, or
       * undefined when it has none. `automaton`: through the automaton (built on first use), else the regex; the same
       * hits either way.
       */
      hits(text, automaton = true, bytes) {
        this.work.prefilter += 1 + text.length;
        return automaton ? this.automatonHits(text, bytes) : this.regexHits(text);
      }
      regexHits(text) {
        const found = new Array(this.ruleCount);
        const { pattern, starting } = this.alternation ??= this.buildAlternation();
        if (pattern.source === "(?:)") return found;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
          for (const rule of starting.get(match[0]) ?? this.spelling(match[0])) {
            const list2 = found[rule];
            if (list2 === void 0) found[rule] = [match.index];
            else list2.push(match.index);
          }
          pattern.lastIndex = match.index + 1;
        }
        return found;
      }
      /**
       * The rules for a spelling of a keyword other than its own (`PASSWORD`, or `μs` for `µs`): those of the first
       * keyword in the alternation that matches it whole, which is the one the regex matched. Remembered (some).
       */
      spelling(text) {
        const { keywords, starting } = this.alternation;
        const lower = isAsciiText(text) ? text.toLowerCase() : null;
        const keyword = keywords.find((k) => k.length === text.length && (lower !== null ? k === lower : new RegExp(`^${escapeRegex2(k)}$`, "i").test(text)));
        const rules = keyword === void 0 ? [] : starting.get(keyword);
        if (starting.size < 4096) starting.set(text, rules);
        return rules;
      }
      buildAlternation() {
        const keywords = [...this.byKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        const starting = /* @__PURE__ */ new Map();
        const ascii = isAsciiText(keywords.join(""));
        for (const keyword of keywords) {
          const rules = /* @__PURE__ */ new Set();
          for (const other of keywords) {
            if (other.length <= keyword.length && (ascii ? keyword.startsWith(other) : new RegExp(`^${escapeRegex2(other)}`, "i").test(keyword))) {
              for (const rule of this.byKeyword.get(other)) rules.add(rule);
            }
          }
          starting.set(keyword, [...rules].sort((a, b) => a - b));
        }
        return { pattern: primed(new RegExp(keywords.map(escapeRegex2).join("|"), "gi")), keywords, starting };
      }
      /**
       * The automaton's hits: over `bytes` in WebAssembly (keyword-scan.ts) when they are the text's (one byte a
       * character: ASCII, or stray bytes that each decoded to U+FFFD, which no keyword holds), else over the text.
       */
      automatonHits(text, bytes) {
        const found = new Array(this.ruleCount);
        const parts = this.automatonParts ??= buildAutomaton(this.byKeyword);
        if (bytes !== void 0 && bytes.length === text.length) {
          const scan2 = this.byteScan ??= KeywordScan.create(parts.classes, parts.delta, parts.longest, parts.ascii);
          if (scan2 !== null) {
            scan2.run(bytes, (end, state) => record(parts, found, state, end));
            return found;
          }
        }
        const { classes, delta } = parts;
        let at = 0;
        for (let i = 0, n = text.length; i < n; i++) {
          at = delta[at + classes[text.charCodeAt(i)]];
          if (at >= 0) continue;
          at = -at - 1;
          record(parts, found, at, i + 1);
        }
        return found;
      }
      /** Indices (into the rule list given to the constructor) of the rules whose keywords occur in `text`. */
      select(text) {
        const selected = [];
        this.hits(text).forEach((list2, rule) => {
          if (list2 !== void 0) selected.push(rule);
        });
        return selected;
      }
    };
    ASCII = /^[\x00-\x7f]*$/;
  }
});

// src/rules/lower-case-form.ts
function lowerCaseForm(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1];
      if (next === void 0) return null;
      if (SAFE_ESCAPES.has(next) || !/[A-Za-z0-9]/.test(next)) {
        out += c + next;
        i++;
        continue;
      }
      return null;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (source[i + 1] === "-" && source[i + 2] !== void 0 && source[i + 2] !== "]") {
        const to = source[i + 2];
        if (to === "\\" || !sameKind(c, to)) return null;
        out += `${lowerAscii(c)}-${lowerAscii(to)}`;
        i += 2;
        continue;
      }
      out += lowerAscii(c);
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(" && source.startsWith("(?<", i) && source[i + 3] !== "=" && source[i + 3] !== "!") return null;
    out += lowerAscii(c);
  }
  return inClass ? null : out;
}
function lowerAscii(ch) {
  const code = ch.charCodeAt(0);
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
}
function sameKind(a, b) {
  const kind = (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) return 1;
    if (code >= 97 && code <= 122) return 2;
    if (code < 65) return 3;
    if (code < 97) return 4;
    if (code < 128) return 5;
    return 6;
  };
  return a.length === 1 && b.length === 1 && kind(a) === kind(b);
}
function caseInsensitiveMatcher(source, make) {
  const lower = lowerCaseForm(source);
  let folded;
  try {
    if (lower !== null) folded = make(lower, "");
  } catch {
  }
  if (folded === void 0) return make(source, "i");
  let written;
  const lowered = folded;
  return {
    test(text) {
      return isAsciiText(text) ? lowered.test(text.toLowerCase()) : (written ??= make(source, "i")).test(text);
    }
  };
}
var SAFE_ESCAPES;
var init_lower_case_form = __esm({
  "src/rules/lower-case-form.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_prefilter();
    SAFE_ESCAPES = /* @__PURE__ */ new Set(["d", "D", "w", "W", "s", "S", "b", "B", "n", "r", "t", "f", "v"]);
  }
});

// src/detect/base64.ts
function decodeBase64(text) {
  if (!BASE64_BODY.test(text)) return null;
  const body = text.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
  return Buffer.from(body, "base64");
}
function decodeBase64Json(text) {
  const bytes = decodeBase64(text);
  if (bytes === null || bytes[0] !== 123) return null;
  return parseJsonObject(bytes.toString("utf8"));
}
function parseJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
var BASE64_BODY;
var init_base64 = __esm({
  "src/detect/base64.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    BASE64_BODY = /^[A-Za-z0-9+/_-]*={0,2}$/;
  }
});

// src/detect/entropy.ts
function shannonEntropy(value) {
  const length = value.length;
  if (length === 0) return 0;
  const counts = ASCII_COUNTS;
  let ascii = true;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 127) {
      ascii = false;
      break;
    }
    counts[code]++;
  }
  let entropy = 0;
  if (ascii) {
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i);
      const count = counts[code];
      if (count === 0) continue;
      const p = count / length;
      entropy -= p * Math.log2(p);
      counts[code] = 0;
    }
    return entropy;
  }
  counts.fill(0);
  const map = /* @__PURE__ */ new Map();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    map.set(code, (map.get(code) ?? 0) + 1);
  }
  for (const count of map.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
var ASCII_COUNTS;
var init_entropy = __esm({
  "src/detect/entropy.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    ASCII_COUNTS = new Uint32Array(128);
  }
});

// src/detect/json-object.ts
function enclosingJsonObject(text, needle, offset, mustContain = []) {
  const span = braceSpans(text, needle).get(offset);
  if (span === void 0 || span.end - span.start > MAX_OBJECT) return null;
  const slice = text.slice(span.start, span.end);
  if (!mustContain.every((word) => slice.includes(word))) return null;
  const value = parseJsonObject(slice) ?? parseEscaped(slice);
  return value === null ? null : { start: span.start, end: span.end, value };
}
function braceSpans(text, needle) {
  if (cache && cache.text === text && cache.needle === needle) return cache.spans;
  const occurrences = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) occurrences.push(at);
  const enclosing = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Set();
  const closes = /* @__PURE__ */ new Map();
  const stack = [];
  const braces = /[{}]/g;
  let next = 0;
  for (let match = braces.exec(text); ; match = braces.exec(text)) {
    const at = match ? match.index : text.length;
    while (next < occurrences.length && occurrences[next] < at) {
      const open = stack[stack.length - 1];
      if (open !== void 0) {
        enclosing.set(occurrences[next], open);
        wanted.add(open);
      }
      next++;
    }
    if (!match) break;
    if (text.charCodeAt(at) === 123) {
      if (stack.length >= MAX_DEPTH) stack.length = 0;
      stack.push(at);
    } else {
      const open = stack.pop();
      if (open !== void 0 && wanted.has(open)) closes.set(open, at + 1);
    }
  }
  const spans = /* @__PURE__ */ new Map();
  for (const [occurrence, open] of enclosing) {
    const end = closes.get(open);
    if (end !== void 0) spans.set(occurrence, { start: open, end });
  }
  cache = { text, needle, spans };
  return spans;
}
function parseEscaped(slice) {
  if (!slice.includes('\\"')) return null;
  try {
    const unescaped = JSON.parse(`"${slice.replace(/[\n\r\t]/g, " ")}"`);
    return typeof unescaped === "string" ? parseJsonObject(unescaped) : null;
  } catch {
    return null;
  }
}
var MAX_OBJECT, MAX_DEPTH, cache;
var init_json_object = __esm({
  "src/detect/json-object.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_base64();
    MAX_OBJECT = 65536;
    MAX_DEPTH = 1e4;
  }
});

// src/detect/yaml-mapping.ts
function enclosingYamlMapping(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const indent = offset - lineStart;
  if (text.slice(lineStart, offset).trim() !== "") return null;
  const lines = [];
  let start2 = lineStart;
  for (let n = 0; n < MAX_LINES && start2 > 0; n++) {
    const previous = text.lastIndexOf("\n", start2 - 2) + 1;
    const line = text.slice(previous, start2 - 1);
    if (!belongs(line, indent)) break;
    lines.unshift({ start: previous, text: line });
    start2 = previous;
  }
  let at = lineStart;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const newline = text.indexOf("\n", at);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(at, end);
    if (at !== lineStart && !belongs(line, indent)) break;
    lines.push({ start: at, text: line });
    at = end + 1;
  }
  const value = {};
  let current = null;
  let first = -1;
  let last = lineStart;
  for (const line of lines) {
    const entry = ENTRY.exec(line.text.replace(/\r$/, ""));
    if (!entry) continue;
    const [, spaces = "", key = "", raw] = entry;
    if (spaces.length === indent) {
      if (first === -1) first = line.start + spaces.length;
      if (raw === void 0 || raw === "" || raw.startsWith("#")) {
        current = {};
        value[key] = current;
      } else {
        current = null;
        value[key] = unquote(raw);
      }
    } else if (current !== null && spaces.length > indent && raw !== void 0) {
      current[key] = unquote(raw);
    }
    last = line.start + line.text.length;
  }
  return first === -1 ? null : { start: first, end: last, value };
}
function belongs(line, indent) {
  const content = line.replace(/\r$/, "");
  if (content.trim() === "" || content.trimStart().startsWith("#")) return true;
  return content.length - content.trimStart().length >= indent;
}
function unquote(raw) {
  const value = raw.replace(/[ \t]+#.*$/, "");
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
var MAX_LINES, ENTRY;
var init_yaml_mapping = __esm({
  "src/detect/yaml-mapping.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    MAX_LINES = 200;
    ENTRY = /^( *)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
  }
});

// src/detect/synthetic.ts
function looksSynthetic(value) {
  return /(.)\1{5}/.test(value) || hasSequentialRun(value, 6) || LONG_WORDS.test(value) || SHORT_WORDS.test(value);
}
function hasSequentialRun(value, length) {
  const chars = value.toLowerCase().replace(/[-_.:\s]/g, "");
  const runs = new Int32Array(DIRECTED.length).fill(1);
  for (let i = 1; i < chars.length; i++) {
    const previous = chars.charCodeAt(i - 1);
    const current = chars.charCodeAt(i);
    if (previous > 127 || current > 127) {
      runs.fill(1);
      continue;
    }
    for (let k = 0; k < DIRECTED.length; k++) {
      const before = POSITION[k * 128 + previous];
      runs[k] = before !== -1 && POSITION[k * 128 + current] === before + 1 ? runs[k] + 1 : 1;
      if (runs[k] >= length) return true;
    }
  }
  return false;
}
var SEQUENCES, cases, LONG_WORDS, SHORT, SHORT_WORDS, DIRECTED, POSITION;
var init_synthetic = __esm({
  "src/detect/synthetic.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
    cases = (words) => words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
    LONG_WORDS = new RegExp(cases(["example", "sample", "placeholder", "dummy", "redacted", "changeme", "replace"]).join("|"));
    SHORT = cases(["fake", "test", "your", "demo"]).join("|");
    SHORT_WORDS = new RegExp(`^(?:${SHORT})|(?:${SHORT})$`);
    DIRECTED = SEQUENCES.flatMap((sequence2) => [sequence2, [...sequence2].reverse().join("")]);
    POSITION = new Int8Array(DIRECTED.length * 128).fill(-1);
    DIRECTED.forEach((seq, k) => [...seq].forEach((c, i) => POSITION[k * 128 + c.charCodeAt(0)] = i));
  }
});

// src/build-info.ts
var buildInfo;
var init_build_info = __esm({
  "src/build-info.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    buildInfo = typeof define_LEAKWARDEN_BUILD_default === "undefined" ? void 0 : define_LEAKWARDEN_BUILD_default;
  }
});

// src/cache-dir.ts
function cacheDir(env = process.env) {
  if (env.LEAKWARDEN_CACHE_DIR === "off") return null;
  if (env.LEAKWARDEN_CACHE_DIR) return env.LEAKWARDEN_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : void 0) || import_node_path.default.join((0, import_node_os.homedir)(), ".cache");
  return import_node_path.default.join(base, "leakwarden");
}
var import_node_os, import_node_path;
var init_cache_dir = __esm({
  "src/cache-dir.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_os = require("node:os");
    import_node_path = __toESM(require("node:path"), 1);
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    init_define_LEAKWARDEN_BUILD();
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message2, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message2}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message2, ctx, ptr) {
        throw new _TomlError(message2, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    init_define_LEAKWARDEN_BUILD();
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start2 = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start2, ctx.p);
  return readDate(ctx, t, 4, false, start2);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table3, meta, type) {
  let t = table3;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}
var BARE_KEY, HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    init_define_LEAKWARDEN_BUILD();
    BARE_KEY = /^[a-z0-9-_]+$/i;
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/errors.ts
function gitHint(stderr) {
  if (/not a git repository/i.test(stderr)) return "run it inside a git repository, or use `leakwarden dir PATH` for plain directories";
  if (/dubious ownership/i.test(stderr)) return "mark the repository safe: git config --global --add safe.directory <path>";
  if (/bad revision|unknown revision|ambiguous argument/i.test(stderr)) return "check the revision exists locally (git fetch, or fetch-depth: 0 in CI)";
  if (/index\.lock|\.lock': File exists/i.test(stderr)) return "another git process is running in this repository; wait for it (or, if none is, remove the .lock file git names)";
  if (/bad object|unable to read|corrupt|missing (blob|tree|commit)|loose object|packfile/i.test(stderr)) return "the repository is damaged or incomplete: run `git fsck`, or clone it again";
  if (/bad config|bad numeric config|invalid config|config file .* line/i.test(stderr)) return "fix the git configuration file git names (git config --edit, or --global)";
  if (/permission denied|EACCES|Operation not permitted/i.test(stderr)) return "check the permissions of the repository directory and its .git";
  if (/No space left|ENOSPC|Disk quota/i.test(stderr)) return "free some disk space and run it again";
  if (/Out of memory|Cannot allocate memory|fatal: mmap failed/i.test(stderr)) return "git ran out of memory: lower --max-file-size, or scan a narrower range";
  return "git's own message is above; `git status` in the repository shows whether git itself can read it";
}
var LeakwardenError, UsageError, InputError, RuleError, ConfigError, GitError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    LeakwardenError = class extends Error {
      constructor(message2, hint, options) {
        super(message2, options);
        this.hint = hint;
      }
      hint;
      name = "LeakwardenError";
    };
    UsageError = class extends LeakwardenError {
      name = "UsageError";
    };
    InputError = class extends LeakwardenError {
      name = "InputError";
    };
    RuleError = class extends LeakwardenError {
      constructor(problems) {
        super(
          problems.length === 1 ? `invalid rule: ${problems[0]}` : `${problems.length} problems in rules:
  ${problems.join("\n  ")}`,
          "fix the rule definitions listed above"
        );
        this.problems = problems;
      }
      problems;
      name = "RuleError";
    };
    ConfigError = class extends LeakwardenError {
      constructor(problems, hint = "fix the problems listed above (the README shows the file formats)") {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems in the configuration:
  ${problems.join("\n  ")}`, hint);
        this.problems = problems;
      }
      problems;
      name = "ConfigError";
    };
    GitError = class extends LeakwardenError {
      constructor(message2, args, exitCode, stderr, hint) {
        super(message2, hint ?? gitHint(stderr));
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
      }
      args;
      exitCode;
      stderr;
      name = "GitError";
    };
  }
});

// src/types.ts
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function verificationRank(verification) {
  return VERIFICATION_STATUSES.indexOf(verification?.status ?? "unverifiable");
}
var SEVERITIES, VERIFICATION_STATUSES, ExitCode;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    SEVERITIES = ["high", "medium", "low"];
    VERIFICATION_STATUSES = ["live", "unknown", "unverifiable", "revoked"];
    ExitCode = { Clean: 0, Findings: 1, Error: 2 };
  }
});

// src/rules/spec.ts
function checkRuleSpec(raw, where, engine2 = "v8") {
  const problems = [];
  const checkRegex = regexChecker(engine2);
  const add = (key, what) => problems.push(`${where}.${key}: ${what}`);
  if (!isTable(raw)) return [`${where}: expected a table`];
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) add(key, "unknown key");
  const string = (key, required) => {
    const value = raw[key];
    if (value === void 0) {
      if (required) add(key, "is required");
      return void 0;
    }
    if (typeof value !== "string" || value.trim() === "") {
      add(key, "must be a non-empty string");
      return void 0;
    }
    return value;
  };
  const id = string("id", true);
  if (id !== void 0 && !ID_PATTERN.test(id)) add("id", `"${id}" must be kebab-case (a-z, 0-9, -)`);
  string("description", true);
  string("remediation", true);
  string("helpUri", false);
  const severity = string("severity", true);
  if (severity !== void 0 && !SEVERITIES.includes(severity)) add("severity", `must be one of ${SEVERITIES.join(", ")}`);
  const flags = string("flags", false) ?? "";
  if (!/^[imsu]*$/.test(flags)) add("flags", "allowed flags are i, m, s, u");
  const regex2 = string("regex", true);
  let groups2;
  if (regex2 !== void 0) {
    if (engine2 === "linear") {
      try {
        groups2 = linearGroups(regex2, flags);
      } catch (error2) {
        add("regex", `invalid regex: ${linearSyntax(error2)}`);
      }
    } else if (/^\(\?[a-z]+\)/.test(regex2)) add("regex", "inline flags like (?i) are Go/RE2 syntax; use the flags key instead");
    else if (/\{(?:[2-9]|\d{2,}),\}/.test(regex2)) {
      add("regex", "unbounded X{n,} overflows the regex engine's stack on long input; write X{n}X* instead");
    } else {
      try {
        groups2 = regexGroups(regex2, flags);
      } catch (error2) {
        add("regex", `invalid regex: ${error2.message}`);
      }
    }
  }
  const secretGroup = raw.secretGroup;
  if (secretGroup !== void 0 && groups2) {
    if (typeof secretGroup === "number") {
      if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > groups2.count) add("secretGroup", `regex has no group ${secretGroup}`);
    } else if (typeof secretGroup === "string") {
      if (!groups2.names.has(secretGroup)) add("secretGroup", `regex has no group named "${secretGroup}"`);
    } else add("secretGroup", "must be a group number or name");
  }
  const keywords = raw.keywords;
  if (!Array.isArray(keywords) || keywords.length === 0 || !keywords.every((k) => typeof k === "string" && k.length > 0)) {
    add("keywords", "must be a non-empty list of non-empty strings (the prefilter skips a rule without keywords)");
  }
  const minEntropy = raw.minEntropy;
  if (minEntropy !== void 0 && (typeof minEntropy !== "number" || minEntropy < 0 || minEntropy > 8)) add("minEntropy", "must be a number between 0 and 8");
  const validate = string("validate", false);
  if (validate !== void 0 && !Object.hasOwn(validators, validate)) {
    add("validate", `unknown validator "${validate}" (known: ${Object.keys(validators).join(", ")})`);
  }
  const path13 = string("path", false);
  if (path13 !== void 0) checkRegex(path13, "", (what) => add("path", what));
  if (raw.allowlists !== void 0) {
    if (!Array.isArray(raw.allowlists)) add("allowlists", "must be a list of tables");
    else raw.allowlists.forEach((entry, i) => problems.push(...checkAllowlist(entry, `${where}.allowlists[${i}]`, engine2)));
  }
  if (raw.examples !== void 0) {
    const examples = raw.examples;
    if (!isTable(examples)) add("examples", "must be a table with positive and negative lists");
    else {
      for (const key of Object.keys(examples)) if (key !== "positive" && key !== "negative") add(`examples.${key}`, "unknown key");
      for (const kind of ["positive", "negative"]) {
        const list2 = examples[kind];
        if (list2 === void 0) continue;
        if (!Array.isArray(list2)) add(`examples.${kind}`, "must be a list");
        else list2.forEach((example, i) => {
          const ok = typeof example === "string" || isTable(example) && typeof example.text === "string" && Object.keys(example).every((k) => k === "text" || k === "path" || k === "note");
          if (!ok) add(`examples.${kind}[${i}]`, "must be a string or a table { text, path?, note? }");
        });
      }
    }
  }
  return problems;
}
function checkAllowlist(raw, where, engine2 = "v8") {
  const problems = [];
  const checkRegex = regexChecker(engine2);
  const add = (key, what) => problems.push(`${where}.${key}: ${what}`);
  if (!isTable(raw)) return [`${where}: expected a table`];
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.has(key)) add(key, "unknown key");
  for (const key of ["regexes", "stopwords", "paths"]) {
    const list2 = raw[key];
    if (list2 === void 0) continue;
    if (!Array.isArray(list2) || !list2.every((v) => typeof v === "string" && v.length > 0)) {
      add(key, "must be a list of non-empty strings");
      continue;
    }
    if (key !== "stopwords") list2.forEach((pattern, i) => checkRegex(pattern, "i", (what) => add(`${key}[${i}]`, what)));
  }
  const target2 = raw.regexTarget;
  if (target2 !== void 0 && !REGEX_TARGETS.includes(target2)) add("regexTarget", `must be one of ${REGEX_TARGETS.join(", ")}`);
  if (raw.regexes === void 0 && raw.stopwords === void 0 && raw.paths === void 0) {
    problems.push(`${where}: an allowlist needs regexes, stopwords or paths`);
  }
  return problems;
}
function regexChecker(engine2) {
  return (pattern, flags, report) => {
    if (engine2 === "linear") {
      const problem = linearProblem(pattern, flags);
      if (problem !== null) report(`invalid regex: ${problem}`);
      return;
    }
    try {
      new RegExp(pattern, flags);
    } catch (error2) {
      report(`invalid regex: ${error2.message}`);
    }
  };
}
function regexGroups(source, flags) {
  const probe = new RegExp(`${source}|`, flags).exec("");
  return { count: (probe?.length ?? 1) - 1, names: new Set(Object.keys(probe?.groups ?? {})) };
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var REGEX_TARGETS, RULE_KEYS, ALLOWLIST_KEYS, ID_PATTERN;
var init_spec = __esm({
  "src/rules/spec.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_types();
    init_linear_regex();
    init_validators();
    REGEX_TARGETS = ["secret", "match", "line", "name"];
    RULE_KEYS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "severity",
      "regex",
      "flags",
      "secretGroup",
      "keywords",
      "minEntropy",
      "validate",
      "path",
      "remediation",
      "helpUri",
      "allowlists",
      "examples"
    ]);
    ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "regexes", "regexTarget", "stopwords", "paths"]);
    ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  }
});

// src/rules/load.ts
var load_exports = {};
__export(load_exports, {
  duplicateIds: () => duplicateIds,
  loadRulesDir: () => loadRulesDir,
  parseRulesTexts: () => parseRulesTexts,
  parseRulesToml: () => parseRulesToml,
  requireValid: () => requireValid
});
function parseRulesToml(text, label2) {
  let document;
  try {
    document = parse(text);
  } catch (error2) {
    const message2 = error2.message.split("\n")[0] ?? "parse error";
    return { specs: [], problems: [`${label2}: invalid TOML: ${message2}`] };
  }
  const problems = [];
  for (const key of Object.keys(document)) if (key !== "rules") problems.push(`${label2}: ${key}: unknown top-level key (rules go in [[rules]] tables)`);
  const tables = document.rules;
  if (!Array.isArray(tables) || tables.length === 0) {
    problems.push(`${label2}: defines no [[rules]]`);
    return { specs: [], problems };
  }
  const specs = [];
  tables.forEach((table3, i) => {
    const found = checkRuleSpec(table3, `${label2}: rules[${i}]`);
    if (found.length > 0) problems.push(...found);
    else if (isTable(table3)) specs.push(table3);
  });
  return { specs, problems };
}
async function loadRulesDir(dir) {
  const names = (await (0, import_promises.readdir)(dir)).filter((name) => name.endsWith(".toml")).sort();
  const files = await Promise.all(names.map(async (name) => [import_node_path2.default.join(import_node_path2.default.basename(dir), name), await (0, import_promises.readFile)(import_node_path2.default.join(dir, name), "utf8")]));
  return parseRulesTexts(files);
}
function parseRulesTexts(files) {
  const specs = [];
  const problems = [];
  for (const [label2, text] of files) {
    const loaded2 = parseRulesToml(text, label2);
    specs.push(...loaded2.specs);
    problems.push(...loaded2.problems);
  }
  problems.push(...duplicateIds(specs));
  return { specs, problems };
}
function duplicateIds(specs) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const spec of specs) {
    if (seen.has(spec.id)) problems.push(`rule id "${spec.id}" is defined more than once`);
    seen.add(spec.id);
  }
  return problems;
}
function requireValid(loaded2) {
  if (loaded2.problems.length > 0) throw new RuleError(loaded2.problems);
  return loaded2.specs;
}
var import_promises, import_node_path2;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_promises = require("node:fs/promises");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_spec();
  }
});

// src/rules/builtin.ts
async function loadBuiltinRules() {
  const dir = builtinRulesDir();
  const names = (0, import_node_fs.readdirSync)(dir).filter((name) => name.endsWith(".toml")).sort();
  const where = cacheDir();
  const cached = where === null ? null : import_node_path3.default.join(where, `rules-${rulesKey(dir, names)}.json`);
  if (cached !== null) {
    try {
      const specs2 = JSON.parse((0, import_node_fs.readFileSync)(cached, "utf8"));
      if (Array.isArray(specs2) && specs2.length > 0) return specs2;
    } catch {
    }
  }
  const texts2 = names.map((name) => (0, import_node_fs.readFileSync)(import_node_path3.default.join(dir, name), "utf8"));
  const { parseRulesTexts: parseRulesTexts2, requireValid: requireValid2 } = await Promise.resolve().then(() => (init_load(), load_exports));
  const specs = requireValid2(parseRulesTexts2(names.map((name, i) => [import_node_path3.default.join("rules", name), texts2[i]]))).map(({ examples: _examples, ...rule }) => ({ ...rule, keywordReach: reachOf(rule) }));
  if (cached !== null) {
    try {
      (0, import_node_fs.mkdirSync)(import_node_path3.default.dirname(cached), { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      (0, import_node_fs.writeFileSync)(temporary, JSON.stringify(specs));
      (0, import_node_fs.renameSync)(temporary, cached);
    } catch {
    }
  }
  return specs;
}
function rulesKey(dir, names) {
  let text = `${buildInfo?.version ?? "sources"}\0${CACHE_FORMAT}`;
  for (const name of names) {
    const s = (0, import_node_fs.statSync)(import_node_path3.default.join(dir, name), { bigint: true });
    text += `\0${name}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\0${s.dev}`;
  }
  let a = 2166136261;
  let b = 2166136261;
  let c = 2166136261;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 16777619);
    b = Math.imul(b ^ code, 1540483477);
    c = Math.imul(c ^ code, 668265263);
  }
  return [a, b, c].map((h) => (h >>> 0).toString(16).padStart(8, "0")).join("");
}
function builtinRulesDir() {
  return buildInfo !== void 0 && typeof __filename === "string" ? import_node_path3.default.join(import_node_path3.default.dirname(__filename), "..", "rules") : (0, import_node_url.fileURLToPath)(new URL("../../rules/", __leakwardenMeta.url));
}
var import_node_fs, import_node_path3, import_node_url, CACHE_FORMAT;
var init_builtin = __esm({
  "src/rules/builtin.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    init_build_info();
    init_cache_dir();
    init_keyword_reach();
    CACHE_FORMAT = 2;
  }
});

// src/detect/words.ts
function englishWords() {
  if (loaded === void 0) {
    try {
      loaded = new WordList((0, import_node_fs2.readFileSync)(import_node_path4.default.join(builtinRulesDir(), "words.txt"), "utf8"));
    } catch {
      loaded = /* @__PURE__ */ new Set();
    }
  }
  return loaded;
}
function indexOf(text) {
  const runs = /* @__PURE__ */ new Map();
  const irregular = /* @__PURE__ */ new Set();
  for (const [line, letter] of text.matchAll(LINES)) {
    if (letter !== void 0) {
      if (runs.has(letter)) return null;
      runs.set(letter, `
${line}
`);
      continue;
    }
    const word = line.trim().toLowerCase();
    if (word !== "" && !word.startsWith("#")) irregular.add(word);
  }
  return { runs, irregular };
}
function parseWords(text) {
  const words = new Set(text.split("\n"));
  for (const [line] of text.matchAll(IRREGULAR_LINE)) {
    words.delete(line);
    const word = line.trim().toLowerCase();
    if (word !== "" && !word.startsWith("#")) words.add(word);
  }
  return words;
}
var import_node_fs2, import_node_path4, loaded, LOOKUPS_BEFORE_SET, WordList, BARE_WORD, IRREGULAR_LINE, LINES;
var init_words = __esm({
  "src/detect/words.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs2 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    init_builtin();
    LOOKUPS_BEFORE_SET = 512;
    WordList = class {
      constructor(text) {
        this.text = text;
      }
      text;
      set;
      lookups = 0;
      /** Null: a letter's lines are apart (the set answers). */
      index;
      has(word) {
        if (this.set === void 0 && this.lookups++ < LOOKUPS_BEFORE_SET && BARE_WORD.test(word)) {
          const index = this.index === void 0 ? this.index = indexOf(this.text) : this.index;
          if (index !== null) return index.irregular.has(word) || (index.runs.get(word[0])?.includes(`
${word}
`) ?? false);
        }
        return this.words().has(word);
      }
      words() {
        if (this.set === void 0) {
          this.set = parseWords(this.text);
          this.index = null;
        }
        return this.set;
      }
      get size() {
        return this.words().size;
      }
      forEach(callback, thisArg) {
        this.words().forEach((value) => callback.call(thisArg, value, value, this));
      }
      entries() {
        return this.words().entries();
      }
      keys() {
        return this.words().keys();
      }
      values() {
        return this.words().values();
      }
      [Symbol.iterator]() {
        return this.words()[Symbol.iterator]();
      }
    };
    BARE_WORD = /^[a-z]+$/;
    IRREGULAR_LINE = /^(?:[^a-z\n]|[a-z]+[^a-z\n])[^\n]*|^$/gm;
    LINES = new RegExp(`^([a-z])[a-z]*(?:\\n\\1[a-z]*)*$|${IRREGULAR_LINE.source}`, "gm");
  }
});

// src/detect/generic-score.ts
function primeAll() {
  primedAll = true;
  for (const regex2 of [STRONG_NAME, DOTENV, MADE_UP, DOTTED_IDENTIFIER]) primed(regex2);
}
function scoreGeneric(candidate, words = englishWords()) {
  if (!primedAll) primeAll();
  const required = requiredBits(candidate);
  let scores = memo.get(words);
  if (scores === void 0) memo.set(words, scores = /* @__PURE__ */ new Map());
  const key = `${required}\0${candidate.value}`;
  const known = scores.get(key);
  if (known !== void 0) return known;
  const score = scoreValue(candidate.value, required, words);
  if (scores.size >= MEMO_ENTRIES) scores.clear();
  scores.set(key, score);
  return score;
}
function isGenericSecret(candidate, words) {
  if (!primedAll) primeAll();
  if (DOTTED_IDENTIFIER.test(candidate.value) && !/[0-9]/.test(candidate.value)) return false;
  return scoreGeneric(candidate, words ?? englishWords()).secret;
}
function scoreValue(value, required, words) {
  const no = (reason, bits2 = 0, wordShare = 0) => ({ secret: false, bits: bits2, required, wordShare, reason });
  if (DATE_TIME.test(value)) return no("The value is a date or a timestamp.");
  if (looksSynthetic(value)) return no("The value is a placeholder or a typed sequence.");
  if (/[^\x21-\x7e]/.test(value)) return no("The value holds characters no generated secret has.");
  const plain = explain(value, /^[0-9a-f]+$|^[0-9A-F]+$/.test(value) ? NO_WORDS : words);
  const leet = /[013457@$]/.test(value) ? explain(deLeet(value), words) : plain;
  const best = leet.bits < plain.bits ? leet : plain;
  const bits = best.bits * diversity(best.random, alphabetSize(value));
  if (SIGIL_REFERENCE.test(value) && best.wordShare >= 0.34) return no("The value is a reference in code, not a value.", bits, best.wordShare);
  if (CAMEL_IDENTIFIER.test(value) && best.wordShare >= 0.25) return no("The value is an identifier in code, not a value.", bits, best.wordShare);
  if (DOTTED_IDENTIFIER.test(value) && (best.wordShare >= 0.34 || !/[0-9]/.test(value))) return no("The value is a reference in code, not a value.", bits, best.wordShare);
  if (best.covered >= 4 && best.wordShare >= 0.5) return no("The value is made of words, as a name or a phrase is.", bits, best.wordShare);
  if (bits < required) return no(`The value holds about ${Math.round(bits)} random bits; this name needs ${required}.`, bits, best.wordShare);
  return { secret: true, bits, required, wordShare: best.wordShare, reason: `The value holds about ${Math.round(bits)} random bits.` };
}
function requiredBits({ name, path: path13 }) {
  let required = BASE_BITS;
  if (name !== void 0 && name !== "" && !STRONG_NAME.test(name)) required += 8;
  if (path13 !== void 0) {
    if (DOTENV.test(path13)) required -= 8;
    else if (MADE_UP.test(path13)) required += 12;
  }
  return required;
}
function deLeet(value) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const mapped = LEET[c];
    out += mapped !== void 0 && isLetter(value[i - 1]) && isLetter(value[i + 1]) ? mapped : c;
  }
  return out;
}
function explain(value, words) {
  const n = value.length;
  const covered = new Uint8Array(n);
  let letters = 0;
  for (let i = 0; i < n; ) {
    if (!isLetter(value[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isLetter(value[end]) && !caseBoundary(value, end)) end++;
    letters += end - i;
    const alone = !isDigit2(value[i - 1]) && !isDigit2(value[end]);
    if (alone || end - i >= MIN_INNER_WORD) coverRun(value.slice(i, end).toLowerCase(), i, covered, words);
    i = end;
  }
  const alphabet = alphabetSize(value);
  const perChar = Math.log2(alphabet);
  let bits = 0;
  let random = "";
  let coveredLetters = 0;
  for (let i = 0; i < n; ) {
    const c = value[i];
    if (covered[i]) {
      coveredLetters++;
      i++;
      continue;
    }
    if (isDigit2(c)) {
      let end = i + 1;
      while (end < n && isDigit2(value[end])) end++;
      const before = previousMeaningful(value, i);
      if (!(end - i <= 4 && before !== -1 && covered[before])) {
        bits += (end - i) * perChar;
        random += value.slice(i, end);
      }
      i = end;
      continue;
    }
    if (SEPARATOR.test(c) && (covered[i - 1] || covered[i + 1] || i === 0 || i === n - 1)) {
      i++;
      continue;
    }
    bits += perChar;
    random += c;
    i++;
  }
  return { bits, random, covered: coveredLetters, wordShare: letters === 0 ? 0 : coveredLetters / letters };
}
function coverRun(run, offset, covered, words) {
  const m = run.length;
  if (m >= 2 && m <= MAX_WORD && words.has(run)) {
    covered.fill(1, offset, offset + m);
    return;
  }
  if (m < MIN_INNER_WORD) return;
  const heads = headsOf(words);
  const starts2 = new Uint8Array(m).fill(heads === null ? 1 : 0);
  if (heads !== null) {
    let any = false;
    for (let start2 = 0; start2 + MIN_INNER_WORD <= m; start2++) {
      if (heads.has(run.slice(start2, start2 + MIN_INNER_WORD))) {
        starts2[start2] = 1;
        any = true;
      }
    }
    if (!any) return;
  }
  const best = new Int32Array(m + 1);
  const from = new Int32Array(m + 1).fill(-1);
  for (let i = 1; i <= m; i++) {
    best[i] = best[i - 1];
    for (let length = MIN_INNER_WORD; length <= Math.min(MAX_WORD, i); length++) {
      const start2 = i - length;
      if (starts2[start2] === 1 && best[start2] + length > best[i] && words.has(run.slice(start2, i))) {
        best[i] = best[start2] + length;
        from[i] = start2;
      }
    }
  }
  for (let i = m; i > 0; ) {
    const start2 = from[i];
    if (start2 !== -1 && best[i] !== best[i - 1]) {
      covered.fill(1, offset + start2, offset + i);
      i = start2;
    } else i--;
  }
}
function headsOf(words) {
  const heads = headSets.get(words) ?? 0;
  if (typeof heads !== "number") return heads;
  if (heads < HEADS_AFTER) {
    headSets.set(words, heads + 1);
    return null;
  }
  const made = /* @__PURE__ */ new Set();
  for (const word of words) if (word.length >= MIN_INNER_WORD) made.add(word.slice(0, MIN_INNER_WORD));
  headSets.set(words, made);
  return made;
}
function alphabetSize(value) {
  if (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value)) return 16;
  let size = 0;
  if (/[a-z]/.test(value)) size += 26;
  if (/[A-Z]/.test(value)) size += 26;
  if (/[0-9]/.test(value)) size += 10;
  if (/[^A-Za-z0-9]/.test(value)) size += 32;
  return Math.max(size, 2);
}
function diversity(value, alphabet) {
  if (value.length === 0) return 1;
  const expected = alphabet * (1 - Math.pow(1 - 1 / alphabet, value.length));
  const ratio = Math.min(1, new Set(value).size / expected);
  return ratio >= 0.7 ? 1 : ratio * ratio;
}
function previousMeaningful(value, i) {
  let j = i - 1;
  if (j >= 0 && SEPARATOR.test(value[j])) j--;
  return j;
}
function caseBoundary(value, i) {
  const previous = value[i - 1];
  const current = value[i];
  if (isLower(previous) && isUpper(current)) return true;
  return isUpper(previous) && isUpper(current) && isLower(value[i + 1]);
}
var MAX_WORD, MIN_INNER_WORD, BASE_BITS, NO_WORDS, STRONG_NAME, DOTENV, MADE_UP, LEET, SEPARATOR, DATE_TIME, CAMEL_IDENTIFIER, DOTTED_IDENTIFIER, SIGIL_REFERENCE, memo, MEMO_ENTRIES, primedAll, headSets, HEADS_AFTER, isLetter, isLower, isUpper, isDigit2;
var init_generic_score = __esm({
  "src/detect/generic-score.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_primed();
    init_synthetic();
    init_words();
    MAX_WORD = 20;
    MIN_INNER_WORD = 4;
    BASE_BITS = 40;
    NO_WORDS = /* @__PURE__ */ new Set();
    STRONG_NAME = /passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|private[_.-]?key|access[_.-]?key/i;
    DOTENV = /(?:^|\/)\.env(?:\.(?!example|sample|template|dist|defaults?\b|test\b|ci\b)[A-Za-z0-9_-]+)?$/i;
    MADE_UP = /(?:^|\/)(?:tests?|__tests__|spec|specs|fixtures?|__fixtures__|mocks?|__mocks__|testdata|examples?|samples?|demo|docs?)\/|[._-](?:test|spec|mock|fixture|example|sample)s?\.[A-Za-z0-9]+$|\.(?:md|mdx|rst|adoc)$/i;
    LEET = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
    SEPARATOR = /[-_./: ]/;
    DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
    CAMEL_IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|[0-9]{1,2})+$/;
    DOTTED_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$/;
    SIGIL_REFERENCE = /^[*&$@!:]+[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|->|::)[A-Za-z_$][A-Za-z0-9_$]*)*$/;
    memo = /* @__PURE__ */ new WeakMap();
    MEMO_ENTRIES = 8192;
    primedAll = false;
    headSets = /* @__PURE__ */ new WeakMap();
    HEADS_AFTER = 256;
    isLetter = (c) => c !== void 0 && (c >= "a" && c <= "z" || c >= "A" && c <= "Z");
    isLower = (c) => c !== void 0 && c >= "a" && c <= "z";
    isUpper = (c) => c !== void 0 && c >= "A" && c <= "Z";
    isDigit2 = (c) => c !== void 0 && c >= "0" && c <= "9";
  }
});

// src/rules/validators.ts
function openaiApiKey({ secret }) {
  for (let at = secret.indexOf(OPENAI_MARKER); at !== -1; at = secret.indexOf(OPENAI_MARKER, at + 1)) {
    const post = secret.slice(at + OPENAI_MARKER.length);
    const length = post.length;
    const preStart = at - length;
    if (length < 20 || preStart < 3) continue;
    const prefix = OPENAI_PREFIX.exec(secret.slice(0, preStart));
    if (!prefix) continue;
    const pre = secret.slice(preStart, at);
    if (length === 20 && !/^[A-Za-z0-9]+$/.test(pre + post)) continue;
    if (looksSynthetic(pre) || looksSynthetic(post) || shannonEntropy(pre + post) < 3.5) return null;
    const kind = prefix[1];
    const variant = kind === void 0 ? "user (legacy)" : kind === "proj" ? "project" : kind === "svcacct" ? "service account" : kind === "admin" ? "admin" : kind === "None" ? "user (no project)" : `service account "${kind}" (legacy)`;
    return { details: { variant, ...OPENAI_KNOWN_LENGTHS.has(length) ? {} : { note: `unusual length ${length}/${length}` } } };
  }
  return null;
}
function serviceAccountToken({ secret }) {
  const body = secret.slice(secret.indexOf("_") + 1);
  const json = decodeBase64Json(body);
  if (json !== null) {
    const present2 = SERVICE_ACCOUNT_KEYS.filter((key) => Object.hasOwn(json, key));
    if (present2.length < 3) return null;
    return { details: accountDetails(stringField(json, "signInAddress"), stringField(json, "email"), "the payload decodes and has the account keys") };
  }
  const bytes = decodeBase64(body.replace(/=+$/, "").slice(0, body.replace(/=+$/, "").length & ~3));
  if (bytes === null) return null;
  const raw = bytes.toString("latin1");
  if (!raw.startsWith('{"')) return null;
  const present = SERVICE_ACCOUNT_KEYS.filter((key) => raw.includes(`"${key}":`));
  if (present.length < 3) return null;
  const field = (key) => new RegExp(`"${key}":"([^"]{1,200})"`).exec(raw)?.[1];
  return { details: accountDetails(field("signInAddress"), field("email"), "the account key names only (the payload does not parse)") };
}
function accountDetails(signInAddress, email, confidence) {
  return {
    ...signInAddress ? { signInAddress } : {},
    ...email ? { serviceAccount: email } : {},
    checked: confidence
  };
}
function connectCredentials({ text, secretStart }) {
  const at = text.indexOf("encCredentials", secretStart);
  const quoted = text[at - 1] === '"';
  const located = quoted ? enclosingJsonObject(text, "encCredentials", at, ["uniqueKey", "verifier"]) : enclosingYamlMapping(text, at);
  if (located === null) return null;
  const { value } = located;
  const verifier = table(value.verifier);
  const enc = table(value.encCredentials);
  const uniqueKey = table(value.uniqueKey);
  if (!verifier || !enc || !uniqueKey || value.version === void 0) return null;
  const key = stringField(uniqueKey, "k");
  const data = stringField(enc, "data");
  const salt = stringField(verifier, "salt");
  const localHash = stringField(verifier, "localHash");
  if (!key || key.length < 40 || !B64URL.test(key) || shannonEntropy(key) < 4 || looksSynthetic(key)) return null;
  if (!data || data.length < 100 || !B64URL.test(data) || shannonEntropy(data) < 4.5) return null;
  if (!salt || !B64URL.test(salt) || !localHash || !B64URL.test(localHash)) return null;
  const deviceUuid = stringField(value, "deviceUuid");
  return {
    span: { start: located.start, end: located.end },
    identity: key,
    details: { ...deviceUuid ? { deviceUuid } : {}, version: String(value.version) }
  };
}
function connectToken({ secret, text, secretStart }) {
  const [headerPart, payloadPart, signature] = secret.split(".");
  if (!headerPart || !payloadPart || !signature) return null;
  const header = decodeBase64Json(headerPart);
  const payload = decodeBase64Json(payloadPart);
  if (!header || !payload || typeof header.alg !== "string") return null;
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const onePassword = payload.iss === "com.1password.b5" || audience.includes("com.1password.secretservice") || Object.keys(payload).some((claim) => claim.startsWith("1password.com/"));
  if (!onePassword || signature.length < 40) return null;
  const vaults2 = Array.isArray(payload["1password.com/vts"]) ? payload["1password.com/vts"].map((v) => stringField(table(v) ?? {}, "u")).filter((u) => !!u) : [];
  const issuedAt = typeof payload.iat === "number" ? new Date(payload.iat * 1e3).toISOString() : void 0;
  const connectHost = connectHostNear(text, secretStart, secretStart + secret.length);
  return {
    details: {
      algorithm: header.alg,
      ...issuedAt ? { issuedAt } : {},
      ...typeof payload.sub === "string" ? { subject: payload.sub } : {},
      ...vaults2.length > 0 ? { vaults: vaults2 } : {},
      ...connectHost ? { connectHost } : {}
    }
  };
}
function connectHostNear(text, start2, end) {
  const from = Math.max(0, start2 - CONNECT_HOST_REACH);
  const around = text.slice(from, Math.min(text.length, end + CONNECT_HOST_REACH));
  const lineStart = text.lastIndexOf("\n", start2) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const named = /\bOP_CONNECT_HOST["']?\s*[:=]\s*["']?(https?:\/\/[^\s"'`<>]+)/.exec(around)?.[1] ?? /(https?:\/\/[^\s"'`<>]+?)\/v1\//.exec(line)?.[1];
  if (!named) return null;
  try {
    return new URL(named).origin;
  } catch {
    return null;
  }
}
function secretKey({ secret }) {
  if (DOCUMENTED_SECRET_KEYS.has(secret.replaceAll("-", ""))) return null;
  const [, accountId = "", ...rest] = secret.split("-");
  const random = accountId + rest.join("");
  if (!SECRET_KEY_ALPHABET.test(random) || looksSynthetic(random)) return null;
  return {};
}
function genericSecret({ secret, secretStart, text, name, path: path13 }) {
  if ((badgeToken ??= primed(BADGE_TOKEN)).test(text.slice(Math.max(0, secretStart - 200), secretStart))) return null;
  return isGenericSecret({ value: secret, ...name !== void 0 ? { name } : {}, ...path13 !== void 0 ? { path: path13 } : {} }) ? {} : null;
}
function connectionStringPassword({ secret, path: path13 }) {
  let value = secret;
  try {
    value = decodeURIComponent(secret);
  } catch {
  }
  return isGenericSecret({ value, name: "password", ...path13 !== void 0 ? { path: path13 } : {} }) ? {} : null;
}
function table(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function stringField(object, key) {
  const value = object[key];
  return typeof value === "string" ? value : void 0;
}
var registry, validators, OPENAI_MARKER, OPENAI_KNOWN_LENGTHS, OPENAI_PREFIX, SERVICE_ACCOUNT_KEYS, B64URL, CONNECT_HOST_REACH, SECRET_KEY_ALPHABET, DOCUMENTED_SECRET_KEYS, BADGE_TOKEN, badgeToken;
var init_validators = __esm({
  "src/rules/validators.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_base64();
    init_entropy();
    init_json_object();
    init_yaml_mapping();
    init_generic_score();
    init_primed();
    init_synthetic();
    registry = {
      "openai-api-key": openaiApiKey,
      "1password-service-account-token": serviceAccountToken,
      "1password-connect-credentials": connectCredentials,
      "1password-connect-token": connectToken,
      "1password-secret-key": secretKey,
      "not-synthetic": (input) => looksSynthetic(input.secret) ? null : {},
      "generic-secret": genericSecret,
      "connection-string-password": connectionStringPassword
    };
    validators = registry;
    OPENAI_MARKER = "T3BlbkFJ";
    OPENAI_KNOWN_LENGTHS = /* @__PURE__ */ new Set([20, 46, 58, 74]);
    OPENAI_PREFIX = /^sk-(?:([A-Za-z0-9][A-Za-z0-9_-]*)-)?$/;
    SERVICE_ACCOUNT_KEYS = ["signInAddress", "userAuth", "email", "srpX", "muk", "secretKey", "throttleSecret", "deviceUuid"];
    B64URL = /^[A-Za-z0-9_-]+$/;
    CONNECT_HOST_REACH = 2e3;
    SECRET_KEY_ALPHABET = /^[2-9A-HJ-NP-TV-Z]+$/;
    DOCUMENTED_SECRET_KEYS = /* @__PURE__ */ new Set(["A3ASWWYB798JRYLJVD423DC286TVMH43EB"]);
    BADGE_TOKEN = /\/badge\.svg\?(?:[A-Za-z0-9_]+=[^&\s]*&)*token=$/;
  }
});

// src/rules/compile.ts
function allowsPath(list2, path13) {
  return list2.combinedPaths !== void 0 ? list2.combinedPaths.test(path13) : list2.paths.some((p) => p.test(path13));
}
function compileRule(spec) {
  let parts;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    remediation: spec.remediation,
    ...spec.helpUri ? { helpUri: spec.helpUri } : {},
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    secretGroup: spec.secretGroup ?? 0,
    minEntropy: spec.minEntropy ?? 0,
    validator: spec.validate ? validators[spec.validate] : null,
    spec,
    compiled() {
      const make = regexMaker(spec.engine);
      let windowed;
      let regex2;
      let located;
      let indexed;
      parts ??= {
        get regex() {
          return regex2 ??= make(spec.regex, `g${spec.flags ?? ""}`);
        },
        get located() {
          return located ??= make(spec.regex, `yd${spec.flags ?? ""}`);
        },
        get indexed() {
          return indexed ??= make(spec.regex, `gd${spec.flags ?? ""}`);
        },
        path: spec.path ? make(spec.path, "") : null,
        allowlists: (spec.allowlists ?? []).map((list2) => compileAllowlist(list2, spec.engine)),
        get windowed() {
          if (windowed === void 0) windowed = windowedPart(spec);
          return windowed;
        }
      };
      return parts;
    }
  };
}
function windowedPart(spec) {
  if (spec.engine === "linear") return null;
  const flags = spec.flags ?? "";
  const reach = reachOf(spec);
  if (reach === null) return null;
  return { regex: primed(new RegExp(`([\\s\\S]{0,${reach}}?)(?:${spec.regex})`, `yd${flags}`)), reach };
}
function compileAllowlist(spec, engine2 = "v8") {
  const make = regexMaker(engine2);
  const sources = spec.regexes ?? [];
  const pathSources = spec.paths ?? [];
  let regexes;
  let paths;
  let combined;
  let combinedPaths;
  return {
    get regexes() {
      return regexes ??= sources.map((r) => make(r, "i"));
    },
    regexCount: sources.length,
    get combined() {
      combined ??= (engine2 === "v8" ? combine(sources) : void 0) ?? null;
      return combined ?? void 0;
    },
    regexTarget: spec.regexTarget ?? "secret",
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    get paths() {
      return paths ??= pathSources.map((p) => make(p, "i"));
    },
    get combinedPaths() {
      combinedPaths ??= (engine2 === "v8" ? combine(pathSources) : void 0) ?? null;
      return combinedPaths ?? void 0;
    }
  };
}
function combine(sources) {
  if (sources.length < 2 || sources.some((source) => /\\(?:[1-9]|k<)/.test(source))) return void 0;
  const joined = sources.map((source) => `(?:${source})`).join("|");
  try {
    new RegExp(joined, "i");
  } catch {
    return void 0;
  }
  return caseInsensitiveMatcher(joined, (source, flags) => primed(new RegExp(source, flags)));
}
function regexMaker(engine2 = "v8") {
  return engine2 === "linear" ? (source, flags) => new LinearRegExp(source, flags) : (source, flags) => primed(new RegExp(source, flags));
}
var init_compile = __esm({
  "src/rules/compile.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_keyword_reach();
    init_linear_regex();
    init_lower_case_form();
    init_primed();
    init_validators();
  }
});

// src/detect/detach.ts
function detach(text) {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
function detachDetails(details) {
  let copy = null;
  for (const key in details) {
    const value = details[key];
    const detached = typeof value === "string" ? detach(value) : Array.isArray(value) ? value.map((item) => detach(item)) : value;
    (copy ??= {})[key] = detached;
  }
  return copy ?? NO_DETAILS;
}
var NO_DETAILS;
var init_detach = __esm({
  "src/detect/detach.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    NO_DETAILS = Object.freeze({});
  }
});

// src/detect/base64-scan-wasm.ts
var BASE64_SCAN_WASM;
var init_base64_scan_wasm = __esm({
  "src/detect/base64-scan-wasm.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    BASE64_SCAN_WASM = "AGFzbQEAAAABEwNgA39/fwF/YAF/AX9gAn9/AX8DBgUAAQECAAUDAQABBgYBfwFBAAsHJgQGbWVtb3J5AgAEaGVsZAMABndpbmRvdwAACWNhbmRpZGF0ZQAECtQEBXcBA38gACEDAkADQCADIAFODQEgAy0AgIICLAAAQQBIBEAgAyACaiEDDAELIAMgAmshBCADQQFrIQUCQANAIAUgBEwNASAFLQCAggIsAABBAEgNASAFQQFrIQUMAAsLIAUgBEYEQCADDwsgBSACaiEDDAALC0F/CyIAAkADQCAALQCAggIsAABBAEgNASAAQQFqIQAMAAsLIAALOAAgAC0AgIICQQpGBEAgAEEBag8LIAAtAICCAkENRiAAQQFqLQCAggJBCkZxBEAgAEECag8LQX8LiQEBA38gABACIQIgAkF/RgRAQX8PCwJAA0AgAi0AgIICQSBGIAItAICCAkEJRnJFDQEgAkEBaiECDAALCyACEAEhAyADIQQgBC0AgIICQT1GBEAgBEEBaiEEIAQtAICCAkE9RgRAIARBAWohBAsLIAMgAkogBCABRiAEEAJBf0dycQRAIAIPC0F/C/IBAQV/IAAhAwJAA0AgAyABIAIQACEDIANBf0YNASADQQFqIAJrIQQCQANAIARBAEwNASAEQQFrLQCAggIsAABBAEgNASAEQQFrIQQMAAsLIARBAmohBSAELQCAggIsAABBBnQgBEEBai0AgIICLAAAciEGAkADQCAFLQCAggIsAAAhByAHQQBIDQEgBkEGdCAHckH//w9xIQYgBkEFdkECdCgCgAIgBnZBAXEEQCAFQQJrJAAgBRABDwsgBUEBaiEFDAALCyAFIARrQQNxRSAFIAEQA0F/R3EEQEF/JAAgBQ8LIAUgAmpBAWshAwwACwtBfws=";
  }
});

// src/detect/base64-scan.ts
var VALUES, PREFIXES, INPUT, MAX_INPUT, Base64Scan;
var init_base64_scan = __esm({
  "src/detect/base64-scan.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_base64_scan_wasm();
    init_wasm();
    VALUES = 0;
    PREFIXES = 256;
    INPUT = PREFIXES + (1 << 15);
    MAX_INPUT = 8 << 20;
    Base64Scan = class _Base64Scan {
      constructor(wasm) {
        this.wasm = wasm;
      }
      wasm;
      prefixesSet = false;
      /** The length of the input copied in. */
      n = 0;
      /** The memory as bytes, made again only when it grows (a history loads every blob). */
      bytes = new Uint8Array(0);
      /**
       * A search with `values` (the 6-bit value of each code unit as base64, -1 for others: encoded.ts VALUE), or null
       * where WebAssembly is missing.
       */
      static create(values) {
        const wasm = wasmInstance(BASE64_SCAN_WASM);
        if (wasm === null) return null;
        ensureMemory(wasm.memory, INPUT + 2);
        new Int8Array(wasm.memory.buffer, VALUES, 256).set(values.subarray(0, 256));
        return new _Base64Scan(wasm);
      }
      /** Copies `bytes` in (followed by two zero bytes) for the calls that follow; false when they are too many. */
      load(bytes) {
        if (bytes.length > MAX_INPUT) return false;
        const { memory } = this.wasm;
        ensureMemory(memory, INPUT + bytes.length + 2);
        if (this.bytes.buffer !== memory.buffer) this.bytes = new Uint8Array(memory.buffer);
        this.bytes.set(bytes, INPUT);
        this.bytes[INPUT + bytes.length] = 0;
        this.bytes[INPUT + bytes.length + 1] = 0;
        this.n = bytes.length;
        return true;
      }
      /** The needles' prefixes (encoded.ts Needles), set once. */
      usePrefixes(prefixes) {
        if (this.prefixesSet) return;
        new Int32Array(this.wasm.memory.buffer, PREFIXES, prefixes.length).set(prefixes);
        this.prefixesSet = true;
      }
      /** encoded.ts windowEnd over the loaded input. */
      window(from, min) {
        return this.wasm.window(from, this.n, min);
      }
      /** encoded.ts nextCandidate over the loaded input; `held.at` is set as it sets it. */
      candidate(from, min, held) {
        const end = this.wasm.candidate(from, this.n, min);
        if (end !== -1) held.at = this.wasm.held.value;
        return end;
      }
    };
  }
});

// src/detect/encoded.ts
function decodeAt(compact, phases, origin, work) {
  for (const skip of starts(compact, phases)) {
    const body = compact.slice(skip, compact.length - ((compact.length - skip) % 4 === 1 ? 1 : 0));
    work.base64 += 1;
    if (body.length < MIN_RUN || !textLike(Buffer.from(body.slice(0, HEAD_CHARS), "base64"), true)) continue;
    work.base64 += body.length;
    const bytes = Buffer.from(body, "base64");
    if (!textLike(bytes, false)) continue;
    const decoded = bytes.toString("utf8");
    if (CONTROL.test(decoded)) continue;
    return decodedRun(decoded, bytes.length, skip, compact.length, origin, work);
  }
  return null;
}
function starts(compact, phases) {
  const found = [0];
  for (let phase = 0; phase < 4; phase++) {
    if ((phases & 1 << phase) === 0) continue;
    if (phase !== 0) found.push(phase);
    let tried = 0;
    for (let i = phase + 4; i < HEAD_CHARS && i < compact.length && tried < GLUED_STARTS; i += 4) {
      if (GLUE.has(compact.charCodeAt(i - 1))) {
        found.push(i);
        tried++;
      }
    }
  }
  return found;
}
function nextCandidate(codes, n, from, prefixes, held) {
  let last = from;
  while ((last = windowEnd(codes, n, last)) !== -1) {
    const start2 = runStart(codes, last);
    let end = start2 + 2;
    let code = VALUE[codes[start2]] << 6 | VALUE[codes[start2 + 1]];
    for (let value = VALUE[codes[end]]; value >= 0; value = VALUE[codes[++end]]) {
      code = (code << 6 | value) & PREFIX_MASK;
      if ((prefixes[code >> 5] >>> code & 1) === 0) continue;
      held.at = end - 2;
      return base64End(codes, end);
    }
    if (wraps(codes, n, start2, end)) {
      held.at = -1;
      return end;
    }
    last = end + MIN_RUN - 1;
  }
  return -1;
}
function runStart(codes, last) {
  let start2 = last + 1 - MIN_RUN;
  while (start2 > 0 && VALUE[codes[start2 - 1]] >= 0) start2--;
  return start2;
}
function wraps(codes, n, start2, end) {
  return (end - start2) % 4 === 0 && nextPiece(codes, n, end) !== -1;
}
function windowEnd(codes, n, from) {
  let last = from;
  while (last < n) {
    if (VALUE[codes[last]] < 0) {
      last += MIN_RUN;
      continue;
    }
    const floor = last - MIN_RUN;
    let i = last - 1;
    while (i > floor && VALUE[codes[i]] >= 0) i--;
    if (i === floor) return last;
    last = i + MIN_RUN;
  }
  return -1;
}
function wrappedEnd(codes, n, start2, end) {
  let width = end - start2;
  for (; ; ) {
    const padded = padding(codes, end);
    if (padded > end) return padded;
    if (width < MIN_RUN || width % 4 !== 0) return end;
    const next = nextPiece(codes, n, end);
    if (next === -1) return end;
    end = base64End(codes, next);
    width = end - next;
  }
}
function nextPiece(codes, n, end) {
  let next = lineBreak(codes, end);
  if (next === -1) return -1;
  while (codes[next] === 32 || codes[next] === 9) next++;
  const pieceEnd = base64End(codes, next);
  const padded = padding(codes, pieceEnd);
  return pieceEnd > next && (padded === n || lineBreak(codes, padded) !== -1) ? next : -1;
}
function base64End(codes, from) {
  let end = from;
  while (VALUE[codes[end]] >= 0) end++;
  return end;
}
function padding(codes, at) {
  let end = at;
  while (end < at + 2 && codes[end] === 61) end++;
  return end;
}
function lineBreak(codes, at) {
  if (codes[at] === 10) return at + 1;
  if (codes[at] === 13 && codes[at + 1] === 10) return at + 2;
  return -1;
}
function matchesAt(codes, start2, end, values) {
  if (start2 + values.length > end) return false;
  for (let k = 3; k < values.length; k++) if (VALUE[codes[start2 + k]] !== values[k]) return false;
  return true;
}
function textLike(bytes, head2) {
  if (bytes.length === 0) return false;
  if (head2) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 || b === 127) return false;
    }
    return true;
  }
  return (0, import_node_buffer.isUtf8)(bytes);
}
function offsetsOf(raw, base) {
  const pieces = [];
  const piece = /[^\s]+/g;
  let compact = 0;
  for (let match = piece.exec(raw); match !== null; match = piece.exec(raw)) {
    pieces.push([compact, base + match.index]);
    compact += match[0].length;
  }
  return pieces;
}
function decodedRun(text, byteLength, phase, compactLength, origin, work) {
  const ascii = text.length === byteLength;
  const toText = (compact) => {
    if (typeof origin === "number") return origin + compact;
    let low = 0;
    let high = origin.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (origin[mid][0] <= compact) low = mid;
      else high = mid - 1;
    }
    return origin[low][1] + (compact - origin[low][0]);
  };
  return {
    text,
    span(start2, end) {
      work.base64 += ascii ? 1 : 1 + end;
      const byteStart = ascii ? start2 : Buffer.byteLength(text.slice(0, start2));
      const byteEnd = ascii ? end : byteStart + Buffer.byteLength(text.slice(start2, end));
      const from = phase + Math.floor(byteStart / 3) * 4;
      const to = byteEnd >= byteLength ? compactLength : Math.min(compactLength, phase + Math.ceil(byteEnd / 3) * 4);
      return { start: toText(from), end: toText(to - 1) + 1 };
    }
  };
}
function keywordVariants(keywords) {
  const variants = /* @__PURE__ */ new Set();
  for (const keyword of keywords) {
    variants.add(keyword);
    if (keyword !== keyword.toLowerCase()) continue;
    variants.add(keyword.toUpperCase());
    variants.add(keyword[0].toUpperCase() + keyword.slice(1));
  }
  const all = [...variants];
  const short2 = all.filter((v) => Buffer.byteLength(v) < NESTED_KEYWORD_BYTES);
  const contained = new Set(short2.filter((v) => short2.some((other) => other !== v && v.includes(other))));
  return contained.size === 0 ? all : all.filter((v) => !contained.has(v));
}
function needlesOf(bytes) {
  const needles = [];
  for (let align2 = 0; align2 < 3; align2++) {
    const first = Math.ceil(8 * align2 / 6);
    const last = Math.floor(8 * (align2 + bytes.length) / 6);
    if (last - first < 3) continue;
    const values = new Int8Array(last - first);
    for (let c = first; c < last; c++) {
      const bit2 = 6 * c - 8 * align2;
      const word = bytes[bit2 >> 3] << 8 | (bytes[(bit2 >> 3) + 1] ?? 0);
      values[c - first] = word >> 10 - (bit2 & 7) & 63;
    }
    needles.push({ values, offset: first % 4 });
  }
  return needles;
}
function sameValues(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
var import_node_buffer, MIN_RUN, NESTED_KEYWORD_BYTES, HEAD_CHARS, STANDARD, VALUE, STANDARD_CODES, PREFIX_MASK, CONTROL, LITTLE_ENDIAN, KEPT_UNITS, CodeUnits, NONE, Base64Finder, Needles, GLUE, GLUED_STARTS;
var init_encoded = __esm({
  "src/detect/encoded.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_buffer = require("node:buffer");
    init_base64_scan();
    init_work();
    MIN_RUN = 52;
    NESTED_KEYWORD_BYTES = 6;
    HEAD_CHARS = 64;
    STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    VALUE = new Int8Array(65536).fill(-1);
    for (let i = 0; i < 64; i++) VALUE[STANDARD.charCodeAt(i)] = i;
    VALUE[45] = 62;
    VALUE[95] = 63;
    STANDARD_CODES = Uint8Array.from(STANDARD, (c) => c.charCodeAt(0));
    PREFIX_MASK = (1 << 18) - 1;
    CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
    LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    KEPT_UNITS = 8 << 20;
    CodeUnits = class {
      units = new Uint16Array(0);
      bytes = Buffer.alloc(0);
      /** `text`'s code units, then 0; valid until the next call. */
      of(text) {
        const n = text.length;
        let units = this.units;
        let bytes = this.bytes;
        if (units.length <= n) {
          units = new Uint16Array(Math.max(n + 1, Math.min(2 * units.length, KEPT_UNITS)));
          bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
          if (units.length <= KEPT_UNITS) {
            this.units = units;
            this.bytes = bytes;
          }
        }
        bytes.write(text, 0, "utf16le");
        if (!LITTLE_ENDIAN) bytes.subarray(0, 2 * n).swap16();
        units[n] = 0;
        return units;
      }
    };
    NONE = [];
    Base64Finder = class {
      /** `keywords`: every rule's keywords as written (lower-case ones are matched in any of three cases). */
      constructor(keywords, work = newWorkCounts()) {
        this.keywords = keywords;
        this.work = work;
      }
      keywords;
      work;
      needles;
      codes = new CodeUnits();
      /** The search over bytes, made on first use (null: none here, see Base64Scan.create). */
      byteScan;
      /**
       * The runs of `text` that hold a needle of at most `levels` levels and decode to text (valid UTF-8 without
       * control characters), decoded. A run is decoded from at most a few starts (those its needles' alignments allow).
       * `bytes`, when given and one a character, are searched for runs in WebAssembly (base64-scan.ts) rather than the
       * text in JavaScript: the same runs.
       */
      decode(text, levels, bytes) {
        const n = text.length;
        if (n < MIN_RUN) {
          this.work.base64 += 1 + n;
          return NONE;
        }
        const scan2 = bytes !== void 0 && bytes.length === n ? this.scanOf(bytes) : null;
        let codes = scan2 === null ? this.codes.of(text) : void 0;
        const first = codes !== void 0 ? windowEnd(codes, n, MIN_RUN - 1) : scan2.window(MIN_RUN - 1, MIN_RUN);
        this.work.base64 += 1 + (first === -1 ? n : first);
        if (first === -1) return NONE;
        const needles = this.needles ??= new Needles(this.keywords, this.work);
        if (scan2 === null) return needles.decodeRuns(text, first, levels, { candidate: (from, held) => nextCandidate(codes, n, from, needles.prefixes, held), codes: () => codes });
        scan2.usePrefixes(needles.prefixes);
        return needles.decodeRuns(text, first, levels, { candidate: (from, held) => scan2.candidate(from, MIN_RUN, held), codes: () => codes ??= this.codes.of(text) });
      }
      /** The search over `bytes` (loaded), or null when there is none here or they are too many. */
      scanOf(bytes) {
        const scan2 = this.byteScan ??= Base64Scan.create(VALUE);
        return scan2 !== null && scan2.load(bytes) ? scan2 : null;
      }
    };
    Needles = class {
      constructor(keywords, work) {
        this.work = work;
        for (const variant of keywordVariants(keywords)) {
          const bytes = Buffer.from(variant, "utf8");
          for (const single of needlesOf(bytes)) {
            this.add(single, 1);
            if (bytes.length < NESTED_KEYWORD_BYTES) continue;
            const standard = new Uint8Array(single.values.length);
            for (let i = 0; i < standard.length; i++) standard[i] = STANDARD_CODES[single.values[i]];
            for (const double of needlesOf(standard)) this.add(double, 2);
            if (single.values.some((value) => value >= 62)) {
              for (const double of needlesOf(standard.map((code) => code === 43 ? 45 : code === 47 ? 95 : code))) this.add(double, 2);
            }
          }
        }
      }
      work;
      byPrefix = /* @__PURE__ */ new Map();
      /** Where the first needle prefix of the run nextCandidate returned starts; -1 when it holds none (it wraps). */
      held = { at: -1 };
      /**
       * Bit `prefix & 31` of word `prefix >> 5`: 32 KB, where a byte per prefix (256 KB) missed the first-level cache on
       * long runs of random base64 (lock-file integrity hashes) twice as often.
       */
      prefixes = new Int32Array(PREFIX_MASK + 1 >> 5);
      /**
       * Every run from the window ending at `first` on that holds a needle, decoded. The scan for candidates
       * (nextCandidate) sees every run of every fragment; what follows here only sees the few it returns.
       */
      decodeRuns(text, first, levels, search) {
        let decoded;
        const n = text.length;
        for (let from = first; ; ) {
          const lineEnd = search.candidate(from, this.held);
          this.work.base64 += 1 + (lineEnd === -1 ? n : lineEnd) - from;
          if (lineEnd === -1) break;
          const codes = search.codes();
          const start2 = runStart(codes, lineEnd - 1);
          const wrapping = wraps(codes, n, start2, lineEnd);
          const end = wrapping ? wrappedEnd(codes, n, start2, lineEnd) : padding(codes, lineEnd);
          this.work.base64 += end - start2;
          const found = wrapping ? this.decodeWrapped(text, start2, end, levels) : this.decodeLine(text, codes, start2, lineEnd, end, levels);
          if (found !== null) (decoded ??= []).push(found);
          from = end + MIN_RUN - 1;
        }
        return decoded ?? NONE;
      }
      /** A run on one line, [start, end) with its padding, searched where it is. */
      decodeLine(text, codes, start2, lineEnd, end, levels) {
        const phases = this.held.at === -1 ? 0 : this.phases(codes, start2, lineEnd, levels, this.held.at);
        return phases === 0 ? null : decodeAt(text.slice(start2, end), phases, start2, this.work);
      }
      /** A wrapped run, searched and decoded without its line breaks and indentation. */
      decodeWrapped(text, start2, end, levels) {
        const raw = text.slice(start2, end);
        const compact = raw.replace(/\s+/g, "");
        const units = new Uint16Array(compact.length);
        for (let i = 0; i < compact.length; i++) units[i] = compact.charCodeAt(i);
        const phases = this.phases(units, 0, compact.length, levels);
        return phases === 0 ? null : decodeAt(compact, phases, offsetsOf(raw, start2), this.work);
      }
      /**
       * Bit p set when a needle of at most `levels` levels in `codes` between `from` and `to` puts a quantum boundary
       * at p (mod 4), counted from `from`; those that start before `first` are not looked for.
       */
      phases(codes, from, to, levels, first = from) {
        const prefixes = this.prefixes;
        let mask2 = 0;
        let code = 0;
        for (let i = first; i < to; i++) {
          code = (code << 6 | VALUE[codes[i]]) & PREFIX_MASK;
          if (i < first + 2 || (prefixes[code >> 5] >>> code & 1) === 0) continue;
          const start2 = i - 2;
          for (const needle of this.byPrefix.get(code)) {
            if (needle.level > levels || !matchesAt(codes, start2, to, needle.values)) continue;
            mask2 |= 1 << ((start2 - from - needle.offset) % 4 + 4) % 4;
          }
        }
        return mask2;
      }
      add(needle, level) {
        const { values, offset } = needle;
        const prefix = values[0] << 12 | values[1] << 6 | values[2];
        const bucket = this.byPrefix.get(prefix);
        if (bucket?.some((other) => other.offset === offset && sameValues(other.values, values))) return;
        this.prefixes[prefix >> 5] |= 1 << (prefix & 31);
        if (bucket) bucket.push({ values, offset, level });
        else this.byPrefix.set(prefix, [{ values, offset, level }]);
      }
    };
    GLUE = /* @__PURE__ */ new Set([47, 43, 45, 95]);
    GLUED_STARTS = 3;
  }
});

// src/detect/inline-allow.ts
var MARKERS, InlineAllows;
var init_inline_allow = __esm({
  "src/detect/inline-allow.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    MARKERS = /(?<next>leakwarden:allow-next-line|pragma:[ \t]*allowlist[ \t-]+nextline[ \t-]+secret)|leakwarden:allow(?![-\w])|gitleaks:allow|trufflehog:ignore|pragma:[ \t]*allowlist[ \t-]+secret/gi;
    InlineAllows = class {
      constructor(text, locator, work) {
        this.text = text;
        this.locator = locator;
        this.work = work;
      }
      text;
      locator;
      work;
      lines;
      /** Whether a marker covers one of the lines `first..last` (1-based, inclusive). */
      covers(first, last) {
        const lines = this.lines ??= this.find();
        if (lines.size === 0) return false;
        for (let line = first; line <= last; line++) if (lines.has(line)) return true;
        return false;
      }
      find() {
        const lines = /* @__PURE__ */ new Set();
        MARKERS.lastIndex = 0;
        for (let match = MARKERS.exec(this.text); match !== null; match = MARKERS.exec(this.text)) {
          const line = this.locator.position(match.index).line;
          lines.add(match.groups?.next === void 0 ? line : line + 1);
        }
        this.work.locate += 1 + this.text.length;
        return lines;
      }
    };
  }
});

// src/detect/location.ts
var Locator;
var init_location = __esm({
  "src/detect/location.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_work();
    Locator = class {
      constructor(text, work = newWorkCounts(), origin = { line: 1, column: 1 }) {
        this.text = text;
        this.work = work;
        this.origin = origin;
      }
      text;
      work;
      origin;
      starts;
      position(offset) {
        const index = this.lineIndex(offset);
        const column = offset - this.starts[index] + (index === 0 ? this.origin.column : 1);
        return { line: this.origin.line + index, column };
      }
      /** Offsets of the start and end (before `\r\n` or `\n`) of the line holding `offset`, in O(log lines). */
      lineBounds(offset) {
        const starts2 = this.lineStarts();
        const line = this.lineIndex(offset) + 1;
        const start2 = starts2[line - 1];
        let end = line < starts2.length ? starts2[line] - 1 : this.text.length;
        if (end > start2 && this.text.charCodeAt(end - 1) === 13) end--;
        return { start: start2, end };
      }
      /** 0-based index in `text` of the line holding `offset`. */
      lineIndex(offset) {
        const starts2 = this.lineStarts();
        let low = 0;
        let high = starts2.length - 1;
        let steps = 1;
        for (; low < high; steps++) {
          const mid = low + high + 1 >> 1;
          if (starts2[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        this.work.locate += steps;
        return low;
      }
      lineStarts() {
        if (this.starts === void 0) {
          const starts2 = [0];
          for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts2.push(i + 1);
          this.starts = starts2;
          this.work.locate += 1 + this.text.length;
        }
        return this.starts;
      }
    };
  }
});

// src/detect/detector.ts
function isIdentifier(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 46 || code === 45;
}
function createDetector(rules, globalAllowlists = [], work = newWorkCounts(), options = {}) {
  const prefilter = new Prefilter3(rules.map((rule) => rule.keywords), work);
  const base64 = new Base64Finder(rules.flatMap((rule) => rule.spec.keywords), work);
  const windowed = options.windowed ?? true;
  const warmUp = options.warmUp ?? WARM_UP;
  let scanned2 = 0;
  function collect2(fragment, depth, locator) {
    const candidates = [];
    const warm = scanned2 >= warmUp;
    scanned2 += fragment.text.length;
    const hits = prefilter.hits(fragment.text, warm, fragment.bytes);
    for (let index = 0; index < rules.length; index++) {
      const ruleHits = hits[index];
      if (ruleHits === void 0) continue;
      const rule = rules[index];
      const around = windowed && (warm || rule.spec.keywordReach !== void 0) ? ruleHits : null;
      for (const candidate of matchRule(rule, fragment, globalAllowlists, locator, work, around, warm)) candidates.push(candidate);
    }
    if (depth < MAX_DEPTH2) {
      for (const run of base64.decode(fragment.text, depth === 0 ? 2 : 1, warm ? fragment.bytes : void 0)) {
        for (const inner of collect2({ path: fragment.path, text: run.text }, depth + 1, new Locator(run.text, work))) {
          const span = run.span(inner.start, inner.end);
          candidates.push({
            ...inner,
            start: span.start,
            end: span.end,
            decoded: { secret: inner.decoded?.secret ?? run.text.slice(inner.start, inner.end), run }
          });
        }
      }
    }
    return candidates.length === 0 ? candidates : dropOverlaps(candidates, work);
  }
  return {
    rules,
    detect(fragment) {
      const { window: window2 } = fragment;
      const locator = new Locator(fragment.text, work, window2);
      let candidates = collect2(fragment, 0, locator);
      if (window2 !== void 0) candidates = candidates.filter((c) => c.start >= window2.from && c.start < window2.to);
      return candidates.length === 0 ? [] : locate(fragment, candidates, locator, work);
    },
    pathSignature(path13) {
      let signature = globalAllowlists.map((list2) => bit(allowsPath(list2, path13))).join("");
      for (const rule of rules) {
        const { path: filter, allowlists } = rule.compiled();
        signature += (filter ? bit(filter.test(path13)) : "") + allowlists.map((list2) => bit(allowsPath(list2, path13))).join("");
      }
      return signature;
    }
  };
}
function matchRule(rule, fragment, globalAllowlists, locator, work, hits, warm) {
  const parts = rule.compiled();
  const { path: path13, allowlists } = parts;
  if (path13 && !path13.test(fragment.path)) return [];
  const lists = globalAllowlists.length > 0 ? [...globalAllowlists, ...allowlists] : allowlists;
  if (lists.some((list2) => allowsPath(list2, fragment.path))) return [];
  const { text } = fragment;
  const found = [];
  const window2 = hits !== null ? parts.windowed : null;
  const regex2 = window2 !== null ? null : warm ? parts.regex : parts.indexed;
  const located = window2 === null && warm ? parts.located : null;
  const secretGroup = window2 !== null && typeof rule.secretGroup === "number" ? rule.secretGroup === 0 ? null : rule.secretGroup + 1 : rule.secretGroup;
  let next = 0;
  let hit = 0;
  let start2 = 0;
  let end = 0;
  const find = () => {
    if (window2 === null) {
      regex2.lastIndex = next;
      const match = exec(regex2, rule, fragment, work);
      if (match !== null) {
        start2 = match.index;
        end = regex2.lastIndex;
      }
      return match;
    }
    const { regex: sticky, reach } = window2;
    while (hit < hits.length) {
      const at = hits[hit];
      const from = Math.max(next, at - reach);
      if (from > at) {
        hit++;
        continue;
      }
      sticky.lastIndex = from;
      const match = exec(sticky, rule, fragment, work, reach);
      if (match === null) {
        next = from + reach + 1;
        continue;
      }
      start2 = from + match[1].length;
      end = sticky.lastIndex;
      return match;
    }
    return null;
  };
  for (let match = find(); match !== null; match = find()) {
    if (end === start2) {
      next = start2 + 1;
      continue;
    }
    next = end;
    const secret = secretGroup === null ? text.slice(start2, end) : groupText(match, secretGroup);
    if (secret === void 0) continue;
    if (rule.minEntropy > 0 && shannonEntropy(secret) < rule.minEntropy) continue;
    let withIndices = match;
    if (located !== null) {
      located.lastIndex = start2;
      const again = exec(located, rule, fragment, work);
      if (again === null) continue;
      withIndices = again;
    }
    const span = secretGroup === null ? [start2, end] : groupSpan(withIndices, secretGroup);
    if (span === void 0) continue;
    const [secretStart, secretEnd] = span;
    if (allowed(lists, { secret, match: withIndices, start: start2, end, text, secretStart, locator }, work)) continue;
    const verdict2 = rule.validator ? rule.validator({ secret, secretStart, text, path: fragment.path, ...withIndices.indices?.groups?.name ? { name: assignedName(withIndices, text) } : {} }) : {};
    if (verdict2 === null) continue;
    found.push({
      rule,
      start: verdict2.span?.start ?? secretStart,
      end: verdict2.span?.end ?? secretEnd,
      ...verdict2.identity !== void 0 ? { identity: verdict2.identity } : {},
      details: verdict2.details ?? {}
    });
  }
  return found;
}
function groupText(match, group) {
  return typeof group === "number" ? match[group] : match.groups?.[group];
}
function exec(regex2, rule, fragment, work, reach = 0) {
  const from = regex2.lastIndex;
  try {
    const match = regex2.exec(fragment.text);
    work.rules += 1 + (match !== null ? regex2.lastIndex : regex2.sticky ? Math.min(from + reach, fragment.text.length) : fragment.text.length) - from;
    return match;
  } catch (error2) {
    if (error2 instanceof RangeError) throw new DetectError(rule.id, fragment.path, error2.message);
    throw error2;
  }
}
function groupSpan(match, group) {
  const indices = match.indices;
  if (!indices) return void 0;
  return typeof group === "number" ? indices[group] : indices.groups?.[group];
}
function allowed(lists, context, work) {
  let lower;
  for (const list2 of lists) {
    if (list2.stopwords.length > 0) {
      lower ??= context.secret.toLowerCase();
      for (const word of list2.stopwords) if (lower.includes(word)) return true;
    }
    if (list2.regexCount === 0) continue;
    const text = target(list2, context);
    if (list2.combined !== void 0) {
      if (list2.combined.test(counted(text, work))) return true;
    } else {
      for (const regex2 of list2.regexes) if (regex2.test(counted(text, work))) return true;
    }
  }
  return false;
}
function counted(text, work) {
  work.rules += 1 + text.length;
  return text;
}
function target(list2, { secret, match, start: start2, end, text, secretStart, locator }) {
  switch (list2.regexTarget) {
    case "secret":
      return secret;
    case "match":
      return text.slice(start2, end);
    case "line": {
      const { start: lineStart, end: end2 } = locator.lineBounds(secretStart);
      return text.slice(lineStart, end2);
    }
    case "name":
      return assignedName(match, text);
  }
}
function assignedName(match, text) {
  const span = match.indices?.groups?.name;
  if (!span) return "";
  let start2 = span[0];
  const floor = Math.max(0, start2 - NAME_REACH);
  while (start2 > floor && isIdentifier(text.charCodeAt(start2 - 1))) start2--;
  return text.slice(start2, span[1]);
}
function dropOverlaps(candidates, work) {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.id.localeCompare(b.rule.id));
  const kept = [];
  const dropped = /* @__PURE__ */ new Set();
  const maxEnd = [];
  for (const candidate of candidates) {
    const rank = overlapRank(candidate);
    let shadowed = false;
    const beaten = [];
    let i = kept.length - 1;
    for (; i >= 0 && maxEnd[i] > candidate.start; i--) {
      const other = kept[i];
      if (dropped.has(other) || other.end <= candidate.start) continue;
      if (candidate.decoded !== void 0 && other.decoded?.run === candidate.decoded.run) continue;
      const otherRank = overlapRank(other);
      if (otherRank > rank || otherRank === rank && other.rule === candidate.rule) shadowed = true;
      else if (otherRank < rank) beaten.push(other);
    }
    work.overlaps += kept.length - i;
    if (shadowed) continue;
    for (const other of beaten) dropped.add(other);
    kept.push(candidate);
    maxEnd.push(Math.max(candidate.end, maxEnd[maxEnd.length - 1] ?? 0));
  }
  return dropped.size === 0 ? kept : kept.filter((c) => !dropped.has(c));
}
function overlapRank(candidate) {
  return SEVERITY_RANK[candidate.rule.severity] * 2 + (candidate.decoded === void 0 ? 1 : 0);
}
function locate(fragment, candidates, locator, work) {
  const findings = [];
  const allows = new InlineAllows(fragment.text, locator, work);
  for (const candidate of candidates) {
    const from = locator.position(candidate.start);
    const to = locator.position(Math.max(candidate.start, candidate.end - 1));
    if (fragment.addedLines && !touches(fragment.addedLines, from.line, to.line)) continue;
    const line = locator.lineBounds(candidate.start);
    const lineEnd = Math.max(line.end, candidate.start);
    const secretEnd = Math.min(candidate.end, lineEnd);
    const excerptStart = Math.max(line.start, candidate.start - EXCERPT_CONTEXT);
    const excerptEnd = Math.min(lineEnd, secretEnd + EXCERPT_CONTEXT);
    findings.push({
      ruleId: candidate.rule.id,
      description: candidate.rule.description,
      severity: candidate.rule.severity,
      path: fragment.path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column + 1,
      // Detached: a finding outlives the text it was found in, and must not keep it alive (detach.ts).
      secret: detach(candidate.decoded?.secret ?? fragment.text.slice(candidate.start, candidate.end)),
      ...candidate.identity !== void 0 ? { identity: detach(candidate.identity) } : {},
      ...candidate.decoded !== void 0 ? { encoding: "base64" } : {},
      excerpt: {
        text: detach(fragment.text.slice(excerptStart, excerptEnd)),
        secretStart: candidate.start - excerptStart,
        secretEnd: secretEnd - excerptStart
      },
      commit: fragment.commit ?? null,
      details: detachDetails(candidate.details),
      ...allows.covers(from.line, to.line) ? { allowedInline: true } : {}
    });
  }
  return findings;
}
function touches(ranges, first, last) {
  for (const [start2, end] of ranges) {
    if (start2 > last) return false;
    if (end >= first) return true;
  }
  return false;
}
var WARM_UP, EXCERPT_CONTEXT, SEVERITY_RANK, NAME_REACH, MAX_DEPTH2, bit, DetectError;
var init_detector = __esm({
  "src/detect/detector.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_compile();
    init_detach();
    init_encoded();
    init_entropy();
    init_inline_allow();
    init_location();
    init_prefilter();
    init_work();
    WARM_UP = 1024 * 1024;
    EXCERPT_CONTEXT = 80;
    SEVERITY_RANK = { high: 3, medium: 2, low: 1 };
    NAME_REACH = 100;
    MAX_DEPTH2 = 2;
    bit = (value) => value ? "1" : "0";
    DetectError = class extends Error {
      constructor(ruleId, path13, reason) {
        super(`rule ${ruleId} could not finish on ${path13}: ${reason}`);
        this.ruleId = ruleId;
        this.path = path13;
      }
      ruleId;
      path;
      name = "DetectError";
    };
  }
});

// src/sources/source.ts
function decode(content) {
  return (0, import_node_buffer2.isAscii)(content) ? content.toString("latin1") : content.toString("utf8");
}
function textOf(content) {
  const end = 2 + (content.length - 2 & ~1);
  switch (utf16(content)) {
    case "le":
      return content.toString("utf16le", 2, end);
    case "be":
      return Buffer.from(content.subarray(2, end)).swap16().toString("utf16le");
    case null:
      return isBinary(content) ? null : decode(content);
  }
}
function isBinary(content) {
  return utf16(content) === null && content.subarray(0, 8e3).includes(0);
}
function utf16(content) {
  if (content.length < 2) return null;
  if (content[0] === 255 && content[1] === 254) return "le";
  if (content[0] === 254 && content[1] === 255) return "be";
  return null;
}
var import_node_buffer2, SourceCounters;
var init_source = __esm({
  "src/sources/source.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_buffer2 = require("node:buffer");
    SourceCounters = class {
      files = 0;
      bytes = 0;
      skipped = [];
      /** Decides whether `content` is scanned; counts it either way. Returns the text to scan, or null when skipped. */
      admit(path13, content) {
        const text = textOf(content);
        return text === null ? this.binary(path13) : this.accept(text, content.length);
      }
      /** As `admit`, for content that arrives already decoded (`bytes` is its UTF-8 size). */
      admitText(path13, text, bytes) {
        return text.lastIndexOf("\0", 8e3) !== -1 ? this.binary(path13) : this.accept(text, bytes);
      }
      accept(text, bytes) {
        this.text(bytes);
        return text;
      }
      /** Counts a file scanned as text. */
      text(bytes) {
        this.files++;
        this.bytes += bytes;
      }
      binary(path13) {
        this.skipped.push({ path: path13, reason: "binary" });
        return null;
      }
      tooLarge(path13) {
        this.skipped.push({ path: path13, reason: "too-large" });
      }
      unreadable(path13, detail) {
        this.skipped.push({ path: path13, reason: "unreadable", detail });
      }
    };
  }
});

// src/sources/windows.ts
function characterStart(bytes, at) {
  let start2 = at;
  while (start2 > 0 && at - start2 < 3 && (bytes[start2] & 192) === 128) start2--;
  return (bytes[start2] & 192) === 128 ? at : start2;
}
function utf16Length(bytes) {
  return (0, import_node_buffer3.isAscii)(bytes) ? bytes.length : decode(bytes).length;
}
function windowFragment(path13, bytes, place2) {
  const text = decode(bytes);
  if (place2.first && place2.last) return { path: path13, text, bytes };
  const from = place2.from === 0 ? 0 : utf16Length(bytes.subarray(0, place2.from));
  const to = place2.last ? text.length : text.length - utf16Length(bytes.subarray(place2.to));
  return { path: path13, text, bytes, window: { line: place2.line, column: place2.column, from, to } };
}
function* windowedFragments(path13, pieces, size, counters) {
  const windows = new ByteWindows();
  function* all() {
    for (const piece of pieces) yield* windows.push(piece);
    yield* windows.end();
  }
  for (const window2 of all()) {
    if (window2.place.first) {
      if (isBinary(window2.bytes)) return void counters.binary(path13);
      counters.text(size);
    }
    yield windowFragment(path13, window2.bytes, window2.place);
  }
}
var import_node_buffer3, import_node_string_decoder, WINDOW_BYTES, LEAD_BYTES, REACH_BYTES, ByteWindows;
var init_windows = __esm({
  "src/sources/windows.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_buffer3 = require("node:buffer");
    import_node_string_decoder = require("node:string_decoder");
    init_source();
    WINDOW_BYTES = 4 << 20;
    LEAD_BYTES = 16 << 10;
    REACH_BYTES = 256 << 10;
    ByteWindows = class {
      constructor(size = WINDOW_BYTES) {
        this.size = size;
        if (size < 2 * (LEAD_BYTES + REACH_BYTES)) throw new Error(`ByteWindows: a window of ${size} bytes is smaller than its overlap`);
      }
      size;
      /** Until the first two bytes are in: whether the file is UTF-16; then its decoder (null for anything else). */
      utf16;
      head = null;
      held = [];
      heldBytes = 0;
      /** Where the held bytes start in the file, and where the next window's own part starts (file offsets). */
      start = 0;
      ownFrom = 0;
      line = 1;
      column = 1;
      first = true;
      /** The windows `piece` completes (usually none). */
      push(piece) {
        const bytes = this.utf8(piece);
        return bytes.length === 0 ? [] : this.hold(bytes);
      }
      /** The last windows: what is held, to the end of the file (the last one has `place.last`). */
      end() {
        const rest = this.utf16 === void 0 ? this.head : this.utf16 ? Buffer.from(this.utf16.decoder.end(), "utf8") : null;
        const windows = rest !== null && rest.length > 0 ? this.hold(rest) : [];
        const bytes = this.take();
        windows.push({ bytes, place: { line: this.line, column: this.column, from: this.ownFrom - this.start, to: bytes.length, first: this.first, last: true } });
        this.held = [];
        this.heldBytes = 0;
        return windows;
      }
      /** `piece` as UTF-8: itself, unless the file is UTF-16 (its byte-order mark dropped, as textOf drops it). */
      utf8(piece) {
        if (this.utf16 === void 0) {
          const head2 = this.head === null ? piece : Buffer.concat([this.head, piece]);
          if (head2.length < 2) {
            this.head = head2;
            return Buffer.alloc(0);
          }
          this.head = null;
          const order = utf16(head2);
          this.utf16 = order === null ? null : { decoder: new import_node_string_decoder.StringDecoder("utf16le"), swap: order === "be", odd: null };
          if (this.utf16 === null) return head2;
          piece = head2.subarray(2);
        }
        if (this.utf16 === null) return piece;
        const state = this.utf16;
        if (state.swap) {
          const joined = state.odd === null ? piece : Buffer.concat([state.odd, piece]);
          const even = joined.length & ~1;
          state.odd = even < joined.length ? Buffer.from(joined.subarray(even)) : null;
          piece = Buffer.from(joined.subarray(0, even)).swap16();
        }
        return Buffer.from(state.decoder.write(piece), "utf8");
      }
      hold(piece) {
        this.held.push(piece);
        this.heldBytes += piece.length;
        const windows = [];
        while (this.heldBytes >= this.size) windows.push(this.cut());
        return windows;
      }
      cut() {
        const all = this.take();
        const end = characterStart(all, this.size);
        const ownTo = characterStart(all, end - REACH_BYTES);
        const window2 = { bytes: all.subarray(0, end), place: { line: this.line, column: this.column, from: this.ownFrom - this.start, to: ownTo, first: this.first, last: false } };
        const next = characterStart(all, ownTo - LEAD_BYTES);
        this.advance(all.subarray(0, next));
        this.held = [all.subarray(next)];
        this.heldBytes = all.length - next;
        this.start += next;
        this.ownFrom = this.start + (ownTo - next);
        this.first = false;
        return window2;
      }
      /** The held bytes as one buffer. */
      take() {
        if (this.held.length !== 1) this.held = [Buffer.concat(this.held, this.heldBytes)];
        return this.held[0];
      }
      /** Moves the line and column on over `passed`, the bytes before the next window. */
      advance(passed) {
        let lines = 0;
        let last = -1;
        for (let at = passed.indexOf(10); at !== -1; at = passed.indexOf(10, at + 1)) {
          lines++;
          last = at;
        }
        if (lines === 0) {
          this.column += utf16Length(passed);
        } else {
          this.line += lines;
          this.column = 1 + utf16Length(passed.subarray(last + 1));
        }
      }
    };
  }
});

// src/sources/git-spawn.ts
function gitArgv(args) {
  return [...SAFE_CONFIG, ...args];
}
function spawnGit(args, options) {
  return (0, import_node_child_process.spawn)("git", gitArgv(args), {
    cwd: options.cwd,
    stdio: [options.stdin === true ? "pipe" : "ignore", "pipe", "pipe"],
    windowsHide: true,
    env: { ...process.env, ...SAFE_ENV, GIT_ALLOW_PROTOCOL: options.network === true ? NETWORK_PROTOCOLS : "", ...options.env }
  });
}
var import_node_child_process, import_node_os2, SAFE_CONFIG, SAFE_ENV, NETWORK_PROTOCOLS;
var init_git_spawn = __esm({
  "src/sources/git-spawn.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_child_process = require("node:child_process");
    import_node_os2 = require("node:os");
    SAFE_CONFIG = [
      "--no-pager",
      "-c",
      "core.fsmonitor=false",
      "-c",
      "core.quotePath=false",
      "-c",
      "core.pager=cat",
      "-c",
      "color.ui=false",
      // A user's diff.relative narrows `git diff` run from a subdirectory to that subdirectory: staged would miss files.
      "-c",
      "diff.relative=false",
      // `git log` would run gpg.program (repository config) to verify every commit's signature, and print its output.
      "-c",
      "log.showSignature=false",
      // `git log` re-encodes commit messages and names into i18n.logOutputEncoding: UTF-16 there would garble every line
      // the history walk parses.
      "-c",
      "i18n.logOutputEncoding=UTF-8",
      // diff.submodule=diff makes `git diff` run `git diff` inside each changed submodule, with the submodule's own config
      // (.git/modules/<name>/config): its diff.external, textconv and fsmonitor. Submodules are shown as pointers only,
      // and nothing recurses into them. (These -c settings reach any git that git itself starts, through
      // GIT_CONFIG_PARAMETERS.)
      "-c",
      "diff.submodule=short",
      "-c",
      "submodule.recurse=false",
      "-c",
      "status.submoduleSummary=false",
      // Nothing a credential helper could be asked for: no transport runs (below), and none is named.
      "-c",
      "credential.helper=",
      // The empty graft file (SAFE_ENV) is read without a word: git's advice about grafts would end up in error messages.
      "-c",
      "advice.graftFileDeprecated=false",
      // No transport at all: a partial clone's missing blob would otherwise be fetched from its promisor remote (network,
      // credential helpers, ssh commands from the repository's config). A scan reads what is here.
      "-c",
      "protocol.allow=never"
    ];
    SAFE_ENV = {
      GIT_NO_REPLACE_OBJECTS: "1",
      GIT_GRAFT_FILE: import_node_os2.devNull,
      GIT_NO_LAZY_FETCH: "1",
      GIT_EXTERNAL_DIFF: void 0,
      GIT_PAGER: "cat",
      GIT_TERMINAL_PROMPT: "0"
    };
    NETWORK_PROTOCOLS = "https:http:ssh:git:file";
  }
});

// src/sources/read-ahead.ts
function readAhead(stream2, limit = 8 * 1024 * 1024) {
  const queue = [];
  let head2 = 0;
  let queued = 0;
  let ended = false;
  let failure3;
  let wake;
  const signal = () => {
    const resume = wake;
    wake = void 0;
    resume?.();
  };
  stream2.on("data", (chunk) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > limit) stream2.pause();
    signal();
  });
  stream2.on("end", () => {
    ended = true;
    signal();
  });
  stream2.on("error", (error2) => {
    failure3 = error2;
    signal();
  });
  return {
    get ended() {
      return ended;
    },
    async *[Symbol.asyncIterator]() {
      for (; ; ) {
        if (head2 < queue.length) {
          const chunk = queue[head2];
          queue[head2++] = EMPTY;
          if (head2 > 1024) {
            queue.splice(0, head2);
            head2 = 0;
          }
          queued -= chunk.length;
          if (stream2.isPaused() && queued <= limit / 2) stream2.resume();
          yield chunk;
          continue;
        }
        if (failure3) throw failure3;
        if (ended) return;
        await new Promise((resolve) => wake = resolve);
      }
    }
  };
}
var EMPTY;
var init_read_ahead = __esm({
  "src/sources/read-ahead.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    EMPTY = Buffer.alloc(0);
  }
});

// src/sources/git.ts
function start(args, options) {
  const child = spawnGit(args, {
    cwd: options.cwd,
    stdin: options.input !== void 0,
    network: options.network === true,
    ...options.env ? { env: options.env } : {}
  });
  return watch(child, options.input);
}
function watch(child, input) {
  const err = [];
  child.stderr.on("data", (chunk) => err.push(chunk));
  let spawnFailure;
  child.on("error", (error2) => spawnFailure = error2);
  const ended = new Promise(
    (resolve) => child.on("close", (code) => resolve({ code: code ?? -1, stderr: Buffer.concat(err).toString("utf8").trim(), ...spawnFailure ? { spawnFailure } : {} }))
  );
  if (input !== void 0 && child.stdin) {
    child.stdin.on("error", () => {
    });
    if (input !== "pipe") child.stdin.end(input);
  }
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    ended,
    stop() {
      if (child.exitCode === null) child.kill();
    }
  };
}
async function git(args, options) {
  const child = start(args, options);
  const out = [];
  child.stdout.on("data", (chunk) => out.push(chunk));
  const { code, stderr, spawnFailure } = await child.ended;
  if (spawnFailure) throw spawnError(args, spawnFailure, options.cwd);
  if (code !== 0 && !options.okExitCodes?.includes(code)) throw failure(args, code, stderr);
  return { stdout: Buffer.concat(out), exitCode: code, stderr };
}
function streamGit(args, options) {
  return stream(args, options, start(args, options));
}
function gitPipe(args, options) {
  const child = start(args, { ...options, input: "pipe" });
  return { ...stream(args, options, child), stdin: child.stdin };
}
function stream(args, options, child) {
  return {
    stdout: readAhead(child.stdout),
    async finished() {
      const { code, stderr, spawnFailure } = await child.ended;
      if (spawnFailure) throw spawnError(args, spawnFailure, options.cwd);
      if (code !== 0) throw failure(args, code, stderr);
    },
    stop: child.stop
  };
}
function spawnError(args, error2, cwd) {
  try {
    (0, import_node_fs3.accessSync)(cwd, import_node_fs3.constants.X_OK);
  } catch (access) {
    const code = access.code;
    return new GitError(
      code === "ENOENT" ? `no such directory: ${cwd}` : `cannot enter ${cwd}: permission denied`,
      args,
      null,
      "",
      code === "ENOENT" ? "check the path" : "check the permissions on that directory, or scan a path you can read"
    );
  }
  if (error2.code === "ENOENT") {
    return new GitError("git is not installed or not on PATH", args, null, "", "install git (https://git-scm.com) and try again");
  }
  return new GitError(`could not run git: ${error2.message}`, args, null, "");
}
function failure(args, exitCode, stderr) {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  const firstLine2 = lines.find((line) => /^(fatal|error): /.test(line)) ?? lines.find((line) => !/^(hint|warning): /.test(line)) ?? lines[0] ?? `exit code ${exitCode}`;
  return new GitError(`git ${subcommand(args)} failed: ${firstLine2.replace(/^(fatal|error): /, "")}`, args, exitCode, stderr);
}
function subcommand(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-c" || args[i] === "-C") i++;
    else if (!args[i].startsWith("-")) return args[i];
  }
  return "";
}
function splitNul(output) {
  const text = output.toString("utf8");
  if (text === "") return [];
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
async function findWorkTreeRoot(cwd) {
  try {
    const { stdout } = await git(["rev-parse", "--show-toplevel"], { cwd });
    const root = stdout.toString("utf8").trim();
    return root === "" ? null : root;
  } catch (error2) {
    if (error2 instanceof GitError && /not a git repository|not a work tree|must be run in a work tree/i.test(error2.stderr)) return null;
    throw error2;
  }
}
async function hasCommit(cwd, rev) {
  return (await git(["cat-file", "-e", `${rev}^{commit}`], { cwd, okExitCodes: [1, 128] })).exitCode === 0;
}
async function isShallow(cwd) {
  return (await git(["rev-parse", "--is-shallow-repository"], { cwd })).stdout.toString("utf8").trim() === "true";
}
var import_node_fs3;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs3 = require("node:fs");
    init_errors();
    init_git_spawn();
    init_read_ahead();
    init_git_spawn();
  }
});

// src/sources/cat-file.ts
async function* readBlobs(oids2, options) {
  if (oids2.length === 0) return;
  const queue = new BlobQueue(options.cwd, options.maxSize, options.windowBytes ?? null);
  for (const oid of oids2) queue.request(oid, null);
  queue.end();
  for await (const { tag: _tag, ...blob } of queue.results()) yield blob;
}
async function objectSizes(oids2, cwd) {
  const sizes = /* @__PURE__ */ new Map();
  if (oids2.length === 0) return sizes;
  const { stdout } = await git(["cat-file", "--batch-check"], { cwd, input: `${oids2.join("\n")}
` });
  for (const line of stdout.toString("utf8").split("\n")) {
    const [oid = "", type, size] = line.split(" ");
    if (oid !== "") sizes.set(oid, type === "missing" || size === void 0 ? -1 : Number(size));
  }
  return sizes;
}
var IN_FLIGHT, BlobQueue, BatchParser;
var init_cat_file = __esm({
  "src/sources/cat-file.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_git();
    init_windows();
    IN_FLIGHT = 4096;
    BlobQueue = class {
      constructor(cwd, maxSize, windowBytes = null) {
        this.maxSize = maxSize;
        this.windowBytes = windowBytes;
        this.git = gitPipe(["cat-file", "--batch", "--buffer"], { cwd });
      }
      maxSize;
      windowBytes;
      git;
      tags = [];
      head = 0;
      requested = 0;
      ended = false;
      /** Names not yet written to git: `pending[pendingHead..]`. */
      pending = [];
      pendingHead = 0;
      /** Objects written to git and objects read back (whole: a windowed object counts at its last window). */
      sent = 0;
      received = 0;
      flushQueued = false;
      request(oid, tag) {
        if (this.ended) throw new Error("BlobQueue: request after end");
        this.tags.push(tag);
        this.requested++;
        this.pending.push(oid);
        if (!this.flushQueued && this.sent - this.received < IN_FLIGHT) {
          this.flushQueued = true;
          queueMicrotask(() => {
            this.flushQueued = false;
            if (!this.ended) this.send();
          });
        }
      }
      /** No more requests: git finishes what was asked (once the last names are written) and exits. */
      end() {
        if (this.ended) return;
        this.ended = true;
        this.send();
      }
      /**
       * Writes pending names while fewer than IN_FLIGHT are in flight (in one write), and ends git's stdin once the last
       * is written after `end`. Refilled from `results` when half are read back: git (--buffer) holds back at most a
       * buffer's worth of output, a few dozen objects, so what is in flight always comes back.
       */
      send() {
        const count = Math.min(this.pending.length - this.pendingHead, IN_FLIGHT - (this.sent - this.received));
        if (count > 0) {
          const names = this.pending.slice(this.pendingHead, this.pendingHead + count);
          this.pendingHead += count;
          this.sent += count;
          if (this.pendingHead === this.pending.length) {
            this.pending = [];
            this.pendingHead = 0;
          } else if (this.pendingHead > 4096 && this.pendingHead * 2 > this.pending.length) {
            this.pending.splice(0, this.pendingHead);
            this.pendingHead = 0;
          }
          this.git.stdin.write(`${names.join("\n")}
`);
        }
        if (this.ended && this.pendingHead === this.pending.length && !this.git.stdin.writableEnded) this.git.stdin.end();
      }
      /** Stops git (a reader that gives up). */
      stop() {
        this.ended = true;
        this.pending = [];
        this.pendingHead = 0;
        this.git.stop();
      }
      /** The objects in request order, each with its tag (`read` as a generator: a chunk of git's output at a time). */
      async *results() {
        let blobs = [];
        let done = false;
        let wake = null;
        let resume = null;
        const signal = () => {
          const wakeUp = wake;
          wake = null;
          wakeUp?.();
        };
        const reading = this.read(
          (blob, tag) => void blobs.push({ ...blob, tag }),
          // The reader waits while what it read is being consumed: memory holds a chunk's objects at a time.
          () => blobs.length === 0 ? void 0 : new Promise((resolve) => (resume = resolve, signal()))
        );
        reading.then(
          () => (done = true, signal()),
          () => (done = true, signal())
        );
        try {
          for (; ; ) {
            if (blobs.length > 0) {
              const batch = blobs;
              blobs = [];
              yield* batch;
              const next = resume;
              resume = null;
              next?.();
              continue;
            }
            if (done) break;
            await new Promise((resolve) => wake = resolve);
          }
        } finally {
          if (!done) this.stop();
        }
        await reading;
      }
      /**
       * Hands each object to `onBlob` in request order (an object in windows: each window, the tag the same), as git's
       * output arrives: a callback per object, no promise or generator step each. `afterChunk`, when given, is awaited
       * after each chunk of git's output (a reader that lets the event loop turn while it scans).
       */
      async read(onBlob, afterChunk) {
        const parser = new BatchParser(this.maxSize, this.windowBytes);
        let complete = false;
        const emit = (blob) => {
          const tag = this.tags[this.head];
          if (tag === void 0) throw failure(["cat-file", "--batch"], 0, "git returned more objects than were asked for");
          if (blob.window !== void 0 && !blob.window.last) {
            onBlob(blob, tag);
            return;
          }
          this.tags[this.head++] = void 0;
          this.received++;
          if (this.sent - this.received <= IN_FLIGHT / 2 && this.pendingHead < this.pending.length) this.send();
          if (this.head > 4096 && this.head * 2 > this.tags.length) {
            this.tags.splice(0, this.head);
            this.requested -= this.head;
            this.head = 0;
          }
          onBlob(blob, tag);
        };
        try {
          for await (const chunk of this.git.stdout) {
            parser.push(chunk, emit);
            if (afterChunk) await afterChunk();
          }
          complete = true;
        } finally {
          if (!complete) this.stop();
        }
        await this.git.finished();
        if (this.head !== this.requested) throw failure(["cat-file", "--batch"], 0, `read ${this.head} of ${this.requested} objects`);
      }
    };
    BatchParser = class {
      constructor(maxSize, windowBytes = null) {
        this.maxSize = maxSize;
        this.windowBytes = windowBytes;
      }
      maxSize;
      windowBytes;
      pending = Buffer.alloc(0);
      current = null;
      push(chunk, emit) {
        let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = Buffer.alloc(0);
        let offset = 0;
        while (offset < data.length) {
          if (this.current === null) {
            const newline = data.indexOf(10, offset);
            if (newline === -1) break;
            const header = data.toString("utf8", offset, newline);
            offset = newline + 1;
            const fields = header.split(" ");
            const oid = fields[0] ?? "";
            if (fields[1] === "missing" || fields.length < 3) {
              emit({ oid, size: -1, content: null });
              continue;
            }
            const size = Number(fields[2]);
            const kept = size <= this.maxSize;
            const windowed = kept && this.windowBytes !== null && size > this.windowBytes;
            this.current = { oid, size, parts: kept && !windowed ? [] : null, windows: windowed ? new ByteWindows(this.windowBytes) : null, remaining: size + 1 };
          }
          const current = this.current;
          const take = Math.min(current.remaining, data.length - offset);
          if (current.parts) current.parts.push(data.subarray(offset, offset + take));
          if (current.windows) {
            const bytes = data.subarray(offset, offset + Math.min(take, current.remaining - 1));
            for (const window2 of current.windows.push(bytes)) emit({ oid: current.oid, size: current.size, content: window2.bytes, window: window2.place });
          }
          current.remaining -= take;
          offset += take;
          if (current.remaining === 0) {
            this.current = null;
            if (current.windows) {
              for (const window2 of current.windows.end()) emit({ oid: current.oid, size: current.size, content: window2.bytes, window: window2.place });
              continue;
            }
            const { parts } = current;
            const content = parts === null ? null : (parts.length === 1 ? parts[0] : Buffer.concat(parts)).subarray(0, current.size);
            emit({ oid: current.oid, size: current.size, content });
          }
        }
        if (offset < data.length) this.pending = Buffer.from(data.subarray(offset));
        data = Buffer.alloc(0);
      }
    };
  }
});

// src/history/release-memory.ts
var release_memory_exports = {};
__export(release_memory_exports, {
  afterStep: () => afterStep,
  released: () => released,
  scanned: () => scanned
});
function released(bytes) {
  if (bytes < LARGE_TEXT) return;
  pending += bytes;
  if (pending < LARGE_TEXT_BUDGET) return;
  pending = 0;
  collector()?.();
}
function scanned(bytes, worker) {
  sinceCheck += bytes;
  if (sinceCheck < CHECK_BYTES) return;
  sinceCheck = 0;
  const used = inUse();
  if (baseline < 0 || used < baseline) {
    baseline = used;
    return;
  }
  if (used < baseline + (worker ? WORKER_BUDGET : MAIN_BUDGET)) return;
  const gc = collector();
  if (gc === null) return;
  gc();
  baseline = inUse();
}
function inUse() {
  const { used_heap_size, external_memory } = (0, import_node_v8.getHeapStatistics)();
  return used_heap_size + (external_memory ?? 0);
}
function afterStep(findings) {
  if (findings >= MANY_FINDINGS) collector()?.();
}
function collector() {
  if (collect === void 0) {
    try {
      (0, import_node_v8.setFlagsFromString)("--expose-gc");
      collect = (0, import_node_vm.runInNewContext)("gc");
      (0, import_node_v8.setFlagsFromString)("--no-expose-gc");
    } catch {
      collect = null;
    }
    if (typeof collect !== "function") collect = null;
  }
  return collect;
}
var import_node_v8, import_node_vm, LARGE_TEXT, LARGE_TEXT_BUDGET, pending, collect, MAIN_BUDGET, WORKER_BUDGET, CHECK_BYTES, sinceCheck, baseline, MANY_FINDINGS;
var init_release_memory = __esm({
  "src/history/release-memory.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_v8 = require("node:v8");
    import_node_vm = require("node:vm");
    LARGE_TEXT = 1 << 20;
    LARGE_TEXT_BUDGET = 16 << 20;
    pending = 0;
    MAIN_BUDGET = 48 << 20;
    WORKER_BUDGET = 16 << 20;
    CHECK_BYTES = 4 << 20;
    sinceCheck = 0;
    baseline = -1;
    MANY_FINDINGS = 2e4;
  }
});

// src/history/blob-scanner.ts
var blob_scanner_exports = {};
__export(blob_scanner_exports, {
  blobScanner: () => blobScanner,
  runBlobWorker: () => runBlobWorker,
  workerCount: () => workerCount
});
function scanBytes(detector, path13, content, window2) {
  const text = window2 === null ? textOf(content) : null;
  if (window2 === null && text === null) return { kind: "binary" };
  try {
    const fragment = window2 === null ? { path: path13, text, bytes: content } : windowFragment(path13, content, window2);
    return { kind: "text", bytes: content.length, findings: detector.detect(fragment) };
  } catch (error2) {
    if (!(error2 instanceof DetectError)) throw error2;
    return { kind: "unfinished", detail: error2.message };
  } finally {
    released(content.length);
    scanned(content.length, onWorker);
  }
}
function workerCount(env) {
  const forced = env.LEAKWARDEN_HISTORY_WORKERS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  const cores = (0, import_node_os3.availableParallelism)();
  return Math.min(Math.max(cores - 1, 0), 3);
}
function blobScanner(cwd, maxFileSize, detector, deliver, pool = null, windowBytes = WINDOW_BYTES) {
  const queue = new BlobQueue(cwd, maxFileSize, windowBytes);
  let paths = [];
  let pathHead = 0;
  let workers = null;
  let inlineBytes = 0;
  const waiting = /* @__PURE__ */ new Map();
  let nextJob = 0;
  const scan2 = (path13, content, window2, done) => {
    if (pool !== null && pool.count > 0 && (workers !== null || inlineBytes >= (pool.inlineBytes ?? INLINE_BYTES))) {
      workers ??= startWorkers(pool, (job, outcome2) => {
        const resolve = waiting.get(job);
        waiting.delete(job);
        resolve(outcome2);
      });
      if (!workers.busy()) {
        const job = nextJob++;
        waiting.set(job, done);
        workers.scan(job, path13, content, window2);
        return;
      }
    }
    inlineBytes += content.length;
    done(scanBytes(detector, path13, content, window2));
  };
  const windows = new WindowedBlobs(deliver);
  const passed = /* @__PURE__ */ new Set();
  let lastTurn = performance.now();
  const onBlob = (blob, id) => {
    const path13 = paths[pathHead];
    const window2 = blob.window ?? null;
    if (window2 === null || window2.last) {
      paths[pathHead++] = "";
      if (pathHead === paths.length) {
        paths = [];
        pathHead = 0;
      } else if (pathHead > 4096 && pathHead * 2 > paths.length) {
        paths.splice(0, pathHead);
        pathHead = 0;
      }
    }
    if (window2 !== null && !window2.first && passed.has(id)) {
      if (window2.last) passed.delete(id);
    } else if (blob.content === null || (window2 === null || window2.first) && isBinary(blob.content)) {
      deliver(id, blob.size < 0 ? { kind: "missing" } : blob.content === null ? { kind: "too-large" } : { kind: "binary" });
      if (window2 !== null && !window2.last) passed.add(id);
    } else {
      scan2(path13, blob.content, window2, window2 === null ? (outcome2) => deliver(id, outcome2) : windows.part(id, blob.size, window2.last));
      released(blob.content.length);
      scanned(blob.content.length, false);
    }
  };
  const afterChunk = () => {
    const now = performance.now();
    if (now - lastTurn <= 1) return void 0;
    return new Promise((resolve) => setImmediate(resolve)).then(() => void (lastTurn = performance.now()));
  };
  const reading = (async () => {
    await queue.read(onBlob, afterChunk);
    await workers?.drain();
  })();
  reading.catch(() => {
  });
  return {
    want(id, oid, path13) {
      paths.push(path13);
      queue.request(oid, id);
    },
    async finish() {
      queue.end();
      try {
        await reading;
      } finally {
        await workers?.terminate();
      }
    }
  };
}
function startWorkers(pool, deliver) {
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  let failure3 = null;
  let inFlight = 0;
  let drained = null;
  const outstanding = [];
  const wake = () => {
    const resume = drained;
    drained = null;
    resume?.();
  };
  const workers = Array.from({ length: pool.count }, (_, i) => {
    const worker = new Worker(pool.script, { argv: [WORKER_ARGV], workerData: pool.data, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    outstanding.push(0);
    worker.on("message", (message2) => {
      for (const [id, outcome2] of message2.items) deliver(id, outcome2);
      outstanding[i] -= message2.bytes;
      inFlight -= message2.bytes;
      wake();
    });
    worker.on("error", (error2) => {
      failure3 ??= error2;
      wake();
    });
    return worker;
  });
  let batch = [];
  let batchBytes = 0;
  const send = () => {
    if (batch.length === 0) return;
    const target2 = outstanding.indexOf(Math.min(...outstanding));
    outstanding[target2] += batchBytes;
    inFlight += batchBytes;
    workers[target2].postMessage({ type: "scan", items: batch, bytes: batchBytes }, batch.map(([, , bytes]) => bytes.buffer));
    batch = [];
    batchBytes = 0;
  };
  const waitBelow = async (limit) => {
    while (inFlight > limit && failure3 === null) await new Promise((resolve) => drained = resolve);
    if (failure3 !== null) throw failure3;
  };
  return {
    /** Each worker has a batch in hand and a few waiting: more would only queue (and leave this thread idle at the end). */
    busy() {
      if (failure3 !== null) throw failure3;
      return inFlight + batchBytes >= QUEUED_BATCHES * BATCH_BYTES * workers.length;
    },
    scan(job, path13, content, window2) {
      batch.push([job, path13, new Uint8Array(content), window2]);
      batchBytes += content.length;
      if (batchBytes >= BATCH_BYTES) send();
    },
    async drain() {
      send();
      await waitBelow(0);
    },
    terminate: () => Promise.all(workers.map((worker) => worker.terminate()))
  };
}
async function runBlobWorker() {
  const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
  const port = parentPort;
  onWorker = true;
  const { specs } = workerData;
  if (specs.some((spec) => spec.engine === "linear")) await (await Promise.resolve().then(() => (init_linear_regex(), linear_regex_exports))).loadLinearEngine();
  const detector = createDetector(specs.map(compileRule));
  port.on("message", (message2) => {
    const items = message2.items.map(([job, path13, bytes, window2]) => {
      const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return [job, scanBytes(detector, path13, content, window2)];
    });
    port.postMessage({ type: "outcomes", items, bytes: message2.bytes });
  });
}
var import_node_os3, onWorker, BATCH_BYTES, QUEUED_BATCHES, INLINE_BYTES, WindowedBlobs;
var init_blob_scanner = __esm({
  "src/history/blob-scanner.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_os3 = require("node:os");
    init_detector();
    init_source();
    init_windows();
    init_cat_file();
    init_detector();
    init_compile();
    init_release_memory();
    init_worker_argv();
    onWorker = false;
    BATCH_BYTES = 256 << 10;
    QUEUED_BATCHES = 4;
    INLINE_BYTES = 64 << 20;
    WindowedBlobs = class {
      constructor(deliver) {
        this.deliver = deliver;
      }
      deliver;
      blobs = /* @__PURE__ */ new Map();
      /** Where the outcome of one window of blob `id` goes (`last`: the blob's last window). */
      part(id, size, last) {
        let blob = this.blobs.get(id);
        if (blob === void 0) this.blobs.set(id, blob = { findings: [], waiting: 0, read: false, detail: null });
        const entry = blob;
        entry.waiting++;
        if (last) entry.read = true;
        return (outcome2) => {
          entry.waiting--;
          if (outcome2.kind === "text") for (const finding2 of outcome2.findings) entry.findings.push(finding2);
          else if (outcome2.kind === "unfinished") entry.detail ??= outcome2.detail;
          if (!entry.read || entry.waiting > 0) return;
          this.blobs.delete(id);
          entry.findings.sort((a, b) => a.line - b.line || a.column - b.column);
          this.deliver(id, entry.detail !== null ? { kind: "unfinished", detail: entry.detail } : { kind: "text", bytes: size, findings: entry.findings });
        };
      }
    };
  }
});

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
var init_utils = __esm({
  "node_modules/@actions/core/lib/utils.js"() {
    init_define_LEAKWARDEN_BUILD();
  }
});

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var os, CMD_STRING, Command;
var init_command = __esm({
  "node_modules/@actions/core/lib/command.js"() {
    init_define_LEAKWARDEN_BUILD();
    os = __toESM(require("os"));
    init_utils();
    CMD_STRING = "::";
    Command = class {
      constructor(command, properties, message2) {
        if (!command) {
          command = "missing.command";
        }
        this.command = command;
        this.properties = properties;
        this.message = message2;
      }
      toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
          cmdStr += " ";
          let first = true;
          for (const key in this.properties) {
            if (this.properties.hasOwnProperty(key)) {
              const val = this.properties[key];
              if (val) {
                if (first) {
                  first = false;
                } else {
                  cmdStr += ",";
                }
                cmdStr += `${key}=${escapeProperty(val)}`;
              }
            }
          }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
      }
    };
  }
});

// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}
var crypto, fs, os2;
var init_file_command = __esm({
  "node_modules/@actions/core/lib/file-command.js"() {
    init_define_LEAKWARDEN_BUILD();
    crypto = __toESM(require("crypto"));
    fs = __toESM(require("fs"));
    os2 = __toESM(require("os"));
    init_utils();
  }
});

// node_modules/@actions/core/lib/platform.js
var import_os, platform, arch;
var init_platform = __esm({
  "node_modules/@actions/core/lib/platform.js"() {
    init_define_LEAKWARDEN_BUILD();
    import_os = __toESM(require("os"));
    platform = import_os.default.platform();
    arch = import_os.default.arch();
  }
});

// node_modules/@actions/core/lib/core.js
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message2) {
  process.exitCode = ExitCode2.Failure;
  error(message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function notice(message2, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}
var os4, ExitCode2;
var init_core = __esm({
  "node_modules/@actions/core/lib/core.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_command();
    init_file_command();
    init_utils();
    os4 = __toESM(require("os"));
    init_platform();
    (function(ExitCode3) {
      ExitCode3[ExitCode3["Success"] = 0] = "Success";
      ExitCode3[ExitCode3["Failure"] = 1] = "Failure";
    })(ExitCode2 || (ExitCode2 = {}));
  }
});

// src/report/finding-text.ts
function findingHeadline(finding2) {
  const extra = describeDetails(finding2);
  const what = finding2.message ?? `${finding2.description} ${finding2.secret}${extra ? `; ${extra}` : ""}`;
  const commit = finding2.commit?.slice(0, 12);
  const headline = commit && !what.includes(commit) ? `${what}, added in commit ${commit}` : what;
  const { verification } = finding2;
  if (!verification) return headline;
  const access = accessText(verification.access);
  return `${headline}; verification: ${verification.status}${access ? ` (${access})` : ""}`;
}
function accessText(access) {
  if (!access) return "";
  const list2 = (names) => `${names.join(", ")}${access.truncated ? ", \u2026" : ""}`;
  return [
    access.organization ? `organization: ${access.organization}` : "",
    access.projects ? `projects: ${access.projects.length > 0 ? list2(access.projects) : "none"}` : "",
    access.vaults ? `vaults: ${access.vaults.length > 0 ? list2(access.vaults) : "none"}` : "",
    access.restricted ? "a restricted key" : ""
  ].filter((part) => part !== "").join("; ");
}
function verificationText(verification) {
  const access = accessText(verification.access);
  return `${verification.reason}${access ? `; ${access}` : ""}${verification.hint ? `. Hint: ${verification.hint}` : ""}`;
}
function verificationCounts(summary2) {
  return VERIFICATION_STATUSES.filter((status) => summary2.secrets[status] > 0).map((status) => `${summary2.secrets[status]} ${status}`).join(", ");
}
function describeDetails(finding2) {
  return Object.entries(finding2.details).filter(([key]) => key !== "fix" && key !== "state" && key !== "ignoredByGitignore").map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(" ") : String(value)}`).join(", ");
}
var STATUS_ORDER, STATUS_ADVICE, VERIFICATION_ADVICE;
var init_finding_text = __esm({
  "src/report/finding-text.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_types();
    STATUS_ORDER = ["in-head", "unmerged-branch", "history-only"];
    STATUS_ADVICE = {
      "in-head": "still in the default branch: rotate it now, then remove it from the code",
      "unmerged-branch": "only on branches not merged into HEAD: rotate it, and drop or rewrite those commits before anything merges them",
      "history-only": "removed, but still in history: rotate it, then consider rewriting history (git filter-repo) and force-pushing"
    };
    VERIFICATION_ADVICE = {
      live: "the provider accepted it: rotate it first",
      unknown: "no answer could be had: treat it as live, and verify again later",
      unverifiable: "no check exists for this kind: treat it as live",
      revoked: "the provider rejected it: remove it from the code (and history) all the same"
    };
  }
});

// src/report/annotation-budget.ts
var ANNOTATION_BUDGET;
var init_annotation_budget = __esm({
  "src/report/annotation-budget.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    ANNOTATION_BUDGET = { perLevel: 10, perJob: 50 };
  }
});

// src/report/skipped.ts
function notScanned(stats) {
  return stats.skipped.filter((s) => s.reason !== "binary");
}
function unreadable(stats) {
  return stats.skipped.filter((s) => s.reason === "unreadable");
}
function skipReason(skipped) {
  switch (skipped.reason) {
    case "binary":
      return "a binary file";
    case "too-large":
      return "larger than --max-file-size";
    case "unreadable":
      return `unreadable${skipped.detail ? `: ${skipped.detail}` : ""}`;
  }
}
function skippedLines(stats) {
  const named = notScanned(stats);
  return { lines: named.slice(0, SKIPPED_LISTED).map((s) => `${s.path} (${skipReason(s)})`), more: Math.max(0, named.length - SKIPPED_LISTED) };
}
var SKIPPED_LISTED;
var init_skipped = __esm({
  "src/report/skipped.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    SKIPPED_LISTED = 20;
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  annotated: () => annotated,
  githubReporter: () => githubReporter,
  message: () => message,
  position: () => position
});
function annotated(findings) {
  const issued = [];
  const perLevel = { high: 0, medium: 0, low: 0 };
  for (const finding2 of findings) {
    if (issued.length >= ANNOTATION_BUDGET.perJob || perLevel[finding2.severity] >= ANNOTATION_BUDGET.perLevel) continue;
    perLevel[finding2.severity]++;
    issued.push(finding2);
  }
  return issued;
}
function message(finding2, rule) {
  const fix = typeof finding2.details.fix === "string" ? `
Fix: ${finding2.details.fix}` : "";
  return `${findingHeadline(finding2)}${fix}${rule ? `
${rule.remediation}` : ""}`;
}
function position(finding2) {
  const { line, column, endColumn } = finding2;
  const endLine = finding2.endLine ?? line;
  const sameLine = line !== null && endLine === line && column !== null;
  return {
    title: `leakwarden: ${finding2.ruleId}`,
    file: finding2.path,
    ...line !== null ? { startLine: line, endLine: endLine ?? line } : {},
    ...sameLine ? { startColumn: column, ...endColumn !== null ? { endColumn } : {} } : {}
  };
}
function captureCommands(issue2) {
  const stdout = process.stdout;
  const own = Object.getOwnPropertyDescriptor(stdout, "write");
  const chunks = [];
  stdout.write = ((chunk) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  try {
    issue2();
  } finally {
    if (own) Object.defineProperty(stdout, "write", own);
    else Reflect.deleteProperty(stdout, "write");
  }
  return chunks.join("");
}
var ANNOTATE, githubReporter;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_core();
    init_finding_text();
    init_annotation_budget();
    init_skipped();
    ANNOTATE = { high: error, medium: warning, low: notice };
    githubReporter = {
      id: "github",
      format(result, context) {
        return captureCommands(() => {
          const issued = annotated(result.findings);
          for (const finding2 of issued) ANNOTATE[finding2.severity](message(finding2, context.rules.get(finding2.ruleId)), position(finding2));
          const named = notScanned(result.stats);
          if (named.length > 0) {
            const { lines, more } = skippedLines(result.stats);
            notice(`${named.length} ${named.length === 1 ? "file was" : "files were"} not scanned:
${lines.join("\n")}${more > 0 ? `
\u2026 and ${more} more (--format json lists every one)` : ""}`, { title: "leakwarden: not scanned" });
          }
          const rest = result.findings.length - issued.length;
          if (rest > 0) {
            notice(`${result.findings.length} findings: GitHub shows at most ${ANNOTATION_BUDGET.perLevel} annotations of each level in a step and ${ANNOTATION_BUDGET.perJob} in a job, so ${rest} ${rest === 1 ? "is" : "are"} not annotated. The job summary, --format sarif (code scanning) or --format json lists every one.`, { title: "leakwarden: more findings than annotations" });
          }
        });
      }
    };
  }
});

// src/report/job-summary.ts
function formatJobSummary(result, context, facts) {
  const { stats, findings } = result;
  const history = stats.history;
  const out = [];
  const live = result.verification?.secrets.live ?? 0;
  out.push(`<h2>${findings.length === 0 ? "leakwarden: no secrets found" : `leakwarden: ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found${live > 0 ? `, ${live} live` : ""}`}</h2>`);
  const scanned2 = history ? `Scanned ${history.commits} ${history.commits === 1 ? "commit" : "commits"}${history.range ? ` (<code>${escape(history.range)}</code>)` : " (every ref)"} and ${history.blobs} distinct blobs (${stats.files} text files, ${stats.bytes} bytes).` : `Scanned ${stats.files} files (${stats.bytes} bytes).`;
  out.push(`<p>${escape(facts.scope)}. ${scanned2}</p>`);
  if (facts.verdict.incomplete) out.push(`<p><b>${escape(facts.verdict.incomplete.line)}</b>: ${escape(facts.verdict.incomplete.hint)}.</p>`);
  if (facts.fetches.length > 0) out.push(`<p>The checkout was shallow; fetched: ${facts.fetches.map((f) => `<code>${escape(f)}</code>`).join(", ")}</p>`);
  const named = notScanned(stats);
  if (named.length > 0) {
    const { lines, more } = skippedLines(stats);
    out.push(`<p>Not scanned: ${named.length}</p>`, list(lines.map((line) => `<code>${escape(line)}</code>`)), more > 0 ? `<p>\u2026 and ${more} more.</p>` : "");
  }
  if (findings.length > 0) {
    const byRule = /* @__PURE__ */ new Map();
    for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push(table2(["Rule", "Findings"], [...byRule].map(([rule, n]) => [escape(rule), String(n)])));
    const verification = result.verification;
    if (verification) {
      const rows2 = VERIFICATION_STATUSES.map((status) => [status, verification.secrets[status]]).filter(([, n]) => n > 0);
      out.push(table2(["Verification", "Distinct secrets", "What to do"], rows2.map(([status, n]) => [status === "live" ? "<b>live</b>" : status, String(n), escape(VERIFICATION_ADVICE[status])])));
    }
    const incidents = result.incidents ?? [];
    if (incidents.length > 0) {
      const rows2 = STATUS_ORDER.map((status) => [status, incidents.filter((i) => i.status === status).length]).filter(([, n]) => n > 0);
      out.push(table2(["Incident status", "Incidents", "What to do"], rows2.map(([status, n]) => [status, String(n), escape(STATUS_ADVICE[status])])));
    }
    const shown = new Set(facts.annotated);
    const link = (f) => {
      const where = `<code>${escape(`${f.path}${f.line === null ? "" : `:${f.line}`}`)}</code>`;
      if (facts.repository === null || !f.commit) return where;
      const url = `${facts.server}/${facts.repository}/blob/${f.commit}/${f.path.split("/").map(encodeURIComponent).join("/")}${f.line === null ? "" : `#L${f.line}`}`;
      return `<a href="${escape(url)}">${where}</a>`;
    };
    const rows = verification ? [...findings].sort((a, b) => verificationRank(a.verification) - verificationRank(b.verification)) : findings;
    const verified = (f) => {
      if (!f.verification) return "";
      const access = accessText(f.verification.access);
      return `${f.verification.status === "live" ? "<b>live</b>" : f.verification.status}${access ? `: ${escape(access)}` : ""}`;
    };
    out.push(table2(["Severity", "Rule", "Where", "Secret", ...verification ? ["Verified"] : [], "Commit", "Annotated"], rows.slice(0, TABLE_ROWS).map((f) => [
      f.severity,
      escape(f.ruleId),
      link(f),
      `<code>${escape(f.secret)}</code>`,
      ...verification ? [verified(f)] : [],
      f.commit ? `<code>${f.commit.slice(0, 12)}</code>${f.author ? ` ${escape(f.author.name)}, ${escape(f.author.date.slice(0, 10))}` : ""}` : "",
      shown.has(f) ? "yes" : "no (over GitHub's annotation limit)"
    ])));
    if (findings.length > TABLE_ROWS) out.push(`<p>\u2026 and ${findings.length - TABLE_ROWS} more: ${everyFinding(facts)}.</p>`);
    const notAnnotated = findings.length - shown.size;
    if (notAnnotated > 0) {
      out.push(`<p>${notAnnotated} ${notAnnotated === 1 ? "finding was" : "findings were"} not annotated: GitHub shows at most ${ANNOTATION_BUDGET.perLevel} annotations of each level per step and ${ANNOTATION_BUDGET.perJob} per job.</p>`);
    }
    out.push(commentsLine(facts.comments));
    out.push("<h3>What to do</h3>");
    const fired = [...byRule.keys()].sort((a, b) => severityRank(context.rules.get(a)?.severity ?? "low") - severityRank(context.rules.get(b)?.severity ?? "low"));
    out.push(list(fired.map((id) => `<b>${escape(id)}</b>: ${escape(context.rules.get(id)?.remediation ?? "")}`)));
    out.push("<p>Rotate first: once pushed, a secret stays readable in history, in forks and in caches, even after the commit that removed it.</p>");
  } else if (facts.comments?.degraded) {
    out.push(commentsLine(facts.comments));
  }
  return `${out.filter((part) => part !== "").join("\n")}
`;
}
function everyFinding(facts) {
  const where = [
    ...facts.reportFile ? [`the JSON report <code>${escape(facts.reportFile)}</code> (output <code>report-file</code>; it lives in RUNNER_TEMP until the job ends: upload it with actions/upload-artifact to keep it)`] : [],
    ...facts.sarifFile ? [`the SARIF file <code>${escape(facts.sarifFile)}</code>`] : []
  ];
  return where.length > 0 ? `every finding is in ${where.join(" and in ")}` : "leakwarden history --format json lists every one";
}
function commentsLine(c) {
  if (!c) return "";
  const done = `${c.created} new, ${c.updated} updated, ${c.resolved} marked resolved`;
  if (c.degraded === null) return `<p>Pull request comments: ${done}; ${c.elsewhere} outside the diff listed in one comment.</p>`;
  const some = c.created + c.updated + c.resolved > 0;
  return `<p>Pull request comments: ${some ? `${done}, then stopped` : "not posted"} (${escape(c.degraded)}). The findings are in this summary and the annotations; the comments never decide the job's outcome.</p>`;
}
function formatJobFailure(message2, hint) {
  return `<h2>leakwarden: the scan could not run</h2>
<p>${escape(message2)}</p>
${hint ? `<p>Hint: ${escape(hint)}</p>
` : ""}`;
}
function table2(header, rows) {
  const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
  return `<table>${row(header, "th")}${rows.map((cells) => row(cells, "td")).join("")}</table>`;
}
function list(items) {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}
function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
var TABLE_ROWS;
var init_job_summary = __esm({
  "src/report/job-summary.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_types();
    init_finding_text();
    init_annotation_budget();
    init_skipped();
    TABLE_ROWS = 200;
  }
});

// src/sources/posix-path.ts
function toPosix(p) {
  return import_node_path5.default.sep === "/" ? p : p.split(import_node_path5.default.sep).join("/");
}
var import_node_path5;
var init_posix_path = __esm({
  "src/sources/posix-path.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_path5 = __toESM(require("node:path"), 1);
  }
});

// src/checks/dotenv.ts
function isDotenvPath(file) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (name !== ".env" && !name.startsWith(".env.") && !(name.endsWith(".env") && name.length > 4)) return false;
  return !name.toLowerCase().split(".").some((segment) => TEMPLATE_SEGMENTS.has(segment));
}
async function checkDotenv(facts, repoRoot, root) {
  if (repoRoot === null || facts.length === 0) return [];
  const toRepo = (p) => toPosix(import_node_path6.default.relative(repoRoot, import_node_path6.default.join(root, p)));
  const repoPaths = facts.map((fact) => toRepo(fact.path));
  const [ignored, tracked] = await Promise.all([
    git(["check-ignore", "--no-index", "-z", "--stdin"], { cwd: repoRoot, input: `${repoPaths.join("\0")}\0`, okExitCodes: [1] }),
    facts.some((f) => f.state === "unknown") ? git(["ls-files", "-z", "--cached", "--", ...repoPaths.map((p) => `:(literal)${p}`)], { cwd: repoRoot }) : Promise.resolve(null)
  ]);
  const ignoredSet = new Set(splitNul(ignored.stdout));
  const trackedSet = new Set(tracked ? splitNul(tracked.stdout) : []);
  const findings = [];
  facts.forEach((fact, i) => {
    const repoPath = repoPaths[i];
    const isIgnored = ignoredSet.has(repoPath);
    const state = fact.state === "unknown" ? trackedSet.has(repoPath) ? "tracked" : "untracked" : fact.state;
    if (state === "untracked" && isIgnored) return;
    findings.push(finding(fact.path, repoPath, state, isIgnored));
  });
  return findings;
}
function finding(file, repoPath, state, ignored) {
  const pattern = ignorePattern(repoPath);
  const message2 = state === "staged" ? `${repoPath} is staged for commit${ignored ? " although .gitignore ignores it (added with --force?)" : " and not ignored"}` : state === "tracked" ? `${repoPath} is tracked by git${ignored ? " although .gitignore ignores it (added with --force, or before the rule)" : " and not in .gitignore"}` : `${repoPath} is not ignored by git: the next \`git add .\` commits it`;
  const fix = state === "staged" ? `git restore --staged -- '${repoPath}'${ignored ? "" : ` and add ${pattern} to .gitignore`}` : state === "tracked" ? `${ignored ? "" : `add ${pattern} to .gitignore, then `}git rm --cached -- '${repoPath}' and commit; rotate what it held` : `add ${pattern} to .gitignore`;
  return fileFinding(file, repoPath, message2, { state, ignoredByGitignore: ignored, fix });
}
function fileFinding(file, identity, message2, details, origin) {
  return {
    ruleId: dotenvRule.id,
    description: dotenvRule.description,
    severity: dotenvRule.severity,
    path: file,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    secret: "",
    identity,
    excerpt: null,
    message: message2,
    commit: origin?.commit ?? null,
    ...origin ? { author: origin.author } : {},
    details
  };
}
function ignorePattern(repoPath) {
  const name = repoPath.slice(repoPath.lastIndexOf("/") + 1);
  if (name === ".env" || name.startsWith(".env.")) return "`.env`, `.env.*` and `!.env.example`";
  return "`*.env`";
}
function committedDotenvFinding(file, commit, author) {
  const pattern = ignorePattern(file);
  return fileFinding(
    file,
    file,
    `${file} was committed in ${commit.slice(0, 12)} (${author.date.slice(0, 10)}): what it held stays in history`,
    {
      state: "committed",
      fix: `rotate every secret ${file} held; add ${pattern} to .gitignore and \`git rm --cached -- '${file}'\` if it is still tracked`
    },
    { commit, author }
  );
}
var import_node_path6, dotenvRule, TEMPLATE_SEGMENTS;
var init_dotenv = __esm({
  "src/checks/dotenv.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_path6 = __toESM(require("node:path"), 1);
    init_git();
    init_posix_path();
    dotenvRule = {
      id: "dotenv-not-gitignored",
      description: ".env file not ignored by git",
      severity: "medium",
      remediation: "Add the file to .gitignore and untrack it with `git rm --cached <file>`; rotate any secret it ever held, since it stays in history (`leakwarden history`). Commit a `.env.example` with placeholders instead.",
      helpUri: "https://git-scm.com/docs/gitignore"
    };
    TEMPLATE_SEGMENTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist", "defaults", "schema", "vault"]);
  }
});

// src/config/glob-match.ts
function globToRegExp(glob) {
  const anchored = glob.replace(/\/+$/, "").includes("/");
  const pattern = glob.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (pattern === "") throw new GlobError("matches nothing");
  let body = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*" && pattern[i + 1] === "*") {
      const before = i === 0 || pattern[i - 1] === "/";
      const after = i + 2 === pattern.length || pattern[i + 2] === "/";
      if (!before || !after) throw new GlobError("`**` must be a whole path segment (a/**/b, **/*.pem)");
      if (pattern[i + 2] === "/") {
        body += "(?:[^/]*/)*";
        i += 2;
      } else {
        body += ".*";
        i += 1;
      }
    } else if (char === "*") body += "[^/]*";
    else if (char === "?") body += "[^/]";
    else if (char === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) throw new GlobError("`[` without its `]`");
      const inside = pattern.slice(i + 1, close);
      body += `[${inside.startsWith("!") ? `^${escapeClass(inside.slice(1))}` : escapeClass(inside)}]`;
      i = close;
    } else if (char === "{") {
      braces++;
      body += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      body += ")";
    } else if (char === "," && braces > 0) body += "|";
    else body += char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  if (braces > 0) throw new GlobError("`{` without its `}`");
  return new RegExp(`${anchored ? "^" : "(?:^|/)"}${body}(?:/.*)?$`);
}
function escapeClass(text) {
  return text.replace(/[\\\]^]/g, "\\$&");
}
var GlobError;
var init_glob_match = __esm({
  "src/config/glob-match.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    GlobError = class extends Error {
      name = "GlobError";
    };
  }
});

// src/config/toml.ts
function parseTomlDocument(text, label2) {
  try {
    return parse(text);
  } catch (error2) {
    const { line, column } = error2;
    throw new ConfigError([`${label2}${line ? `: line ${line}${column ? `, column ${column}` : ""}` : ""}: invalid TOML: ${firstLine(error2).replace(/^Invalid TOML document: /, "")}`]);
  }
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (isTable(value)) return "a table";
  if (typeof value === "string") return "a string";
  if (typeof value === "number" || typeof value === "bigint") return `the number ${String(value)}`;
  return String(value);
}
function firstLine(error2) {
  return (error2.message.split("\n")[0] ?? "parse error").trim();
}
var init_toml = __esm({
  "src/config/toml.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dist();
    init_errors();
    init_spec();
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    init_define_LEAKWARDEN_BUILD();
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors2();
    module2.exports.createColors = createColors2;
  }
});

// src/report/reporter.ts
function reportChunks(reporter, result, context) {
  return reporter.chunks ? reporter.chunks(result, context) : [reporter.format(result, context)];
}
function writePieces(file, pieces) {
  const fd = (0, import_node_fs4.openSync)(file, "w");
  try {
    for (const piece of pieces) (0, import_node_fs4.writeSync)(fd, piece);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function* batched(pieces, size = 32 << 10) {
  let batch = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join("");
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join("");
}
var import_node_fs4;
var init_reporter = __esm({
  "src/report/reporter.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs4 = require("node:fs");
  }
});

// src/report/terminal.ts
var terminal_exports = {};
__export(terminal_exports, {
  clean: () => clean,
  formatBytes: () => formatBytes,
  terminalReporter: () => terminalReporter
});
function* withNewlines(lines) {
  for (const line of lines) yield `${line}
`;
}
function* terminalLines(result, context) {
  const c = (0, import_picocolors.createColors)(context.color);
  const severity = { high: (s) => c.bold(c.red(s)), medium: c.yellow, low: c.cyan };
  const lines = [];
  let emitted = 0;
  function* drain() {
    emitted += lines.length;
    yield* lines.splice(0);
  }
  const live = result.verification?.secrets.live ?? 0;
  if (live > 0 && result.findings.length > 0) lines.push(c.bold(c.red(`${live} live ${live === 1 ? "secret" : "secrets"}: rotate ${live === 1 ? "it" : "these"} first (listed first)`)), "");
  if (result.incidents) {
    for (const line of incidentLines(result, c, severity)) {
      lines.push(line);
      if (lines.length >= 4096) yield* drain();
    }
  }
  let currentPath = null;
  for (const finding2 of result.incidents ? [] : liveFirst(result.findings)) {
    const group = `${finding2.commit ? `${finding2.commit.slice(0, 12)}:` : ""}${finding2.path}`;
    if (group !== currentPath) {
      if (currentPath !== null) lines.push("");
      lines.push(c.underline(clean(group)));
      currentPath = group;
    }
    const where = finding2.line === null ? "file" : `${finding2.line}:${finding2.column}`;
    const headline = `${finding2.message ?? finding2.description}${finding2.encoding ? ` (${finding2.encoding}-encoded)` : ""}`;
    const extra = describeDetails(finding2);
    const status = finding2.verification ? `${statusWord(finding2.verification.status, c)}  ` : "";
    lines.push(`  ${c.dim(where.padEnd(8))} ${severity[finding2.severity](finding2.severity.padEnd(6))}  ${finding2.ruleId}  ${status}${clean(headline)}${extra ? c.dim(`  (${clean(extra)})`) : ""}`);
    if (finding2.snippet !== null) lines.push(`  ${" ".repeat(8)} ${c.dim("\u2502")} ${clean(finding2.snippet.trim())}`);
    if (typeof finding2.details.fix === "string") lines.push(`  ${" ".repeat(8)} ${c.dim("fix:")} ${clean(finding2.details.fix)}`);
    lines.push(`  ${" ".repeat(8)} ${c.dim("not a secret?")} leakwarden ignore ${shellWord(clean(finding2.fingerprint))} --reason "\u2026"`);
    if (finding2.verification) lines.push(verificationLine(finding2.verification, `  ${" ".repeat(8)} `, c));
    if (lines.length >= 4096) yield* drain();
  }
  const firedRules = [...new Set(result.findings.map((f) => f.ruleId))];
  if (firedRules.length > 0) {
    lines.push("", c.bold("What to do"));
    for (const id of firedRules) {
      const rule = context.rules.get(id);
      if (rule) lines.push(`  ${id}: ${rule.remediation}`);
    }
    if (result.redacted) lines.push(c.dim("  Secrets are redacted in this report; --no-redact shows them."));
    if (result.stats.mode === "staged") {
      lines.push("  Remove the secret from the staged files (and rotate it if it was ever shared), then commit again.");
      lines.push(c.dim("  Bypass: `git commit --no-verify` \u2014 only for a false positive: a committed secret is one push away from public history."));
    }
  }
  const listed = notScanned(result.stats);
  if (listed.length > 0) {
    lines.push("", c.bold("Not scanned"));
    for (const s of listed.slice(0, SKIPPED_LISTED)) lines.push(`  ${clean(s.path)}  ${c.dim(clean(skipReason(s)))}`);
    if (listed.length > SKIPPED_LISTED) lines.push(c.dim(`  \u2026 and ${listed.length - SKIPPED_LISTED} more (--format json lists every one)`));
  }
  if (emitted + lines.length > 0) lines.push("");
  lines.push(summary(result, c));
  yield* drain();
}
function statusWord(status, c) {
  const word = status.padEnd(12);
  switch (status) {
    case "live":
      return c.bold(c.red(word));
    case "unknown":
      return c.yellow(word);
    case "unverifiable":
      return c.dim(word);
    case "revoked":
      return c.green(word);
  }
}
function verificationLine(verification, indent, c) {
  return `${indent}${c.dim("verify:")} ${clean(verificationText(verification))}`;
}
function liveFirst(findings) {
  if (!findings.some((f) => f.verification)) return findings;
  const groupOf = (f) => `${f.commit ?? ""}\0${f.path}`;
  const rank = /* @__PURE__ */ new Map();
  for (const f of findings) rank.set(groupOf(f), Math.min(rank.get(groupOf(f)) ?? Infinity, verificationRank(f.verification)));
  return [...findings].sort((a, b) => rank.get(groupOf(a)) - rank.get(groupOf(b)));
}
function* incidentLines(result, c, severity) {
  const status = { "in-head": (s) => c.bold(c.red(s)), "unmerged-branch": c.yellow, "history-only": c.magenta };
  const sightingKey = (commit, path13, line, ruleId) => `${commit ?? ""}\0${path13}\0${line ?? ""}\0${ruleId}`;
  const firstFindings = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const key = sightingKey(f.commit, f.path, f.line, f.ruleId);
    if (!firstFindings.has(key)) firstFindings.set(key, f);
  }
  let first = true;
  for (const incident of result.incidents ?? []) {
    const lines = first ? [] : [""];
    first = false;
    const { firstSeen, lastSeen } = incident;
    const finding2 = firstFindings.get(sightingKey(firstSeen.commit, firstSeen.path, firstSeen.line, incident.ruleId));
    const verified = incident.verification ? `${statusWord(incident.verification.status, c)}  ` : "";
    lines.push(`${status[incident.status](incident.status.padEnd(15))} ${severity[incident.severity](incident.severity.padEnd(6))}  ${incident.ruleId}  ${verified}${clean(incident.ruleId === "dotenv-not-gitignored" ? incident.secret : `${incident.description} ${incident.secret}`)}`);
    if (incident.verification) lines.push(verificationLine(incident.verification, "  ", c));
    lines.push(`  ${c.dim("first seen")}  ${sightingText(firstSeen)}`);
    if (lastSeen.commit !== firstSeen.commit || lastSeen.path !== firstSeen.path) lines.push(`  ${c.dim("last seen ")}  ${sightingText(lastSeen)}`);
    if (finding2?.snippet) lines.push(`  ${" ".repeat(10)}  ${c.dim("\u2502")} ${clean(finding2.snippet.trim())}`);
    const spread = [
      `${incident.occurrences} ${incident.occurrences === 1 ? "occurrence" : "occurrences"} in ${incident.commits} ${incident.commits === 1 ? "commit" : "commits"}`,
      incident.paths.length > 1 ? `paths: ${incident.paths.slice(0, 5).join(", ")}${incident.paths.length > 5 ? ", \u2026" : ""}` : "",
      incident.branches.length > 0 ? `branches: ${incident.branches.slice(0, 5).join(", ")}${incident.branches.length > 5 ? ` and ${incident.branches.length - 5} more` : ""}` : ""
    ].filter((part) => part !== "");
    lines.push(`  ${c.dim(clean(spread.join(" \xB7 ")))}`);
    lines.push(`  ${c.dim("do:")} ${STATUS_ADVICE[incident.status]}`);
    yield* lines;
  }
}
function sightingText(sighting2) {
  const where = `${sighting2.path}${sighting2.line === null ? "" : `:${sighting2.line}`}`;
  return clean(`${sighting2.commit.slice(0, 12)}  ${sighting2.author.date.slice(0, 10)}  ${sighting2.author.name} <${sighting2.author.email}>  ${where}`);
}
function summary(result, c) {
  const { stats, findings } = result;
  const history = stats.history;
  const scanned2 = history ? `scanned ${history.commits} ${history.commits === 1 ? "commit" : "commits"}${history.range ? ` (${history.range})` : ""}, ${history.blobs} ${history.blobs === 1 ? "blob" : "blobs"} (${stats.files} text, ${formatBytes(stats.bytes)})` : `scanned ${stats.files} ${stats.files === 1 ? "file" : "files"} (${formatBytes(stats.bytes)})`;
  const reasons = /* @__PURE__ */ new Map();
  for (const s of stats.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = `${stats.skipped.length === 0 ? "" : ` \xB7 skipped ${stats.skipped.length} (${[...reasons].map(([r, n]) => `${n} ${r}`).join(", ")})`}${suppressedText(result)}${verifiedText(result)}`;
  if (findings.length === 0) return `${c.green("\u2714")} no ${result.verification?.leftOut ? "live " : ""}secrets found \xB7 ${scanned2}${skipped}`;
  const bySeverity = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
  const files = new Set(findings.map((f) => f.path)).size;
  if (result.incidents) {
    const byStatus = STATUS_ORDER.map((s) => [s, result.incidents.filter((i) => i.status === s).length]).filter(([, n2]) => n2 > 0).map(([s, n2]) => `${n2} ${s}`).join(", ");
    const n = result.incidents.length;
    return `${c.red("\u2716")} ${n} ${n === 1 ? "incident" : "incidents"} (${byStatus}) from ${findings.length} ${findings.length === 1 ? "finding" : "findings"} (${bySeverity}) \xB7 ${scanned2}${skipped}`;
  }
  return `${c.red("\u2716")} ${findings.length} ${findings.length === 1 ? "finding" : "findings"} (${bySeverity}) in ${files} ${files === 1 ? "file" : "files"} \xB7 ${scanned2}${skipped}`;
}
function verifiedText(result) {
  const summary2 = result.verification;
  if (!summary2) return "";
  const checked = Object.values(summary2.secrets).reduce((sum, n) => sum + n, 0);
  const counts = verificationCounts(summary2);
  const left = summary2.leftOut;
  const leftOut = left && left.findings > 0 ? ` \xB7 left out ${left.findings} ${left.findings === 1 ? "finding" : "findings"}${left.incidents > 0 ? ` (${left.incidents} ${left.incidents === 1 ? "incident" : "incidents"})` : ""} not live (--only-verified)` : "";
  return ` \xB7 verified ${checked} ${checked === 1 ? "secret" : "secrets"}${counts ? `: ${counts}` : ""}${leftOut}`;
}
function suppressedText(result) {
  const counts = Object.entries(result.suppressed ?? {}).filter(([, n]) => n > 0);
  if (counts.length === 0) return "";
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return ` \xB7 suppressed ${total} (${counts.map(([kind, n]) => `${n} ${SUPPRESSION_NAMES[kind]}`).join(", ")})`;
}
function shellWord(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1e3;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
function clean(text) {
  return text.replace(/\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
var import_picocolors, terminalReporter, SUPPRESSION_NAMES;
var init_terminal = __esm({
  "src/report/terminal.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_picocolors = __toESM(require_picocolors(), 1);
    init_types();
    init_finding_text();
    init_reporter();
    init_skipped();
    terminalReporter = {
      id: "terminal",
      format: (result, context) => `${[...terminalLines(result, context)].join("\n")}
`,
      // A history with hundreds of thousands of incidents prints millions of lines: written as they are made.
      chunks: (result, context) => batched(withNewlines(terminalLines(result, context)))
    };
    SUPPRESSION_NAMES = { inline: "inline", ignoreFile: "ignore file", baseline: "baseline", allowlist: "allowlist" };
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  jsonReporter: () => jsonReporter
});
function* jsonChunks(result, context) {
  const { stats } = result;
  const report = {
    version: 1,
    tool: { name: "leakwarden", version: context.toolVersion },
    scan: {
      mode: stats.mode,
      files: stats.files,
      bytes: stats.bytes,
      skipped: stats.skipped,
      durationMs: stats.durationMs,
      redacted: result.redacted,
      ...stats.history
    },
    findings: FINDINGS,
    ...result.incidents ? { incidents: INCIDENTS } : {},
    suppressed: result.suppressed ?? NOTHING_SUPPRESSED,
    ...result.ignoreEntries ? { ignoreEntries: result.ignoreEntries } : {},
    ...result.verification ? { verification: result.verification } : {}
  };
  const text = `${JSON.stringify(report, null, 2)}
`;
  const findingsAt = text.indexOf(JSON.stringify(FINDINGS));
  const incidentsAt = result.incidents ? text.indexOf(JSON.stringify(INCIDENTS)) : -1;
  yield text.slice(0, findingsAt);
  yield* batched(arrayItems(lazyMap(result.findings, jsonFinding)));
  if (incidentsAt === -1) {
    yield text.slice(findingsAt + JSON.stringify(FINDINGS).length);
    return;
  }
  yield text.slice(findingsAt + JSON.stringify(FINDINGS).length, incidentsAt);
  yield* batched(arrayItems(result.incidents));
  yield text.slice(incidentsAt + JSON.stringify(INCIDENTS).length);
}
function* arrayItems(items) {
  let first = true;
  for (const item of items) {
    yield `${first ? "[\n" : ",\n"}    ${JSON.stringify(item, null, 2).replace(/\n/g, "\n    ")}`;
    first = false;
  }
  yield first ? "[]" : "\n  ]";
}
function* lazyMap(items, map) {
  for (const item of items) yield map(item);
}
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.secret,
    fingerprint: f.fingerprint,
    ...f.encoding !== void 0 ? { encoding: f.encoding } : {},
    commit: f.commit,
    ...f.author !== null ? { author: f.author } : {},
    ...f.message !== null ? { message: f.message } : {},
    details: f.details,
    ...f.verification !== void 0 ? { verification: f.verification } : {}
  };
}
var NOTHING_SUPPRESSED, jsonReporter, FINDINGS, INCIDENTS;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_reporter();
    NOTHING_SUPPRESSED = { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 };
    jsonReporter = {
      id: "json",
      format: (result, context) => [...jsonChunks(result, context)].join(""),
      chunks: jsonChunks
    };
    FINDINGS = "\0findings\0";
    INCIDENTS = "\0incidents\0";
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  SARIF_MAX_RESULTS: () => SARIF_MAX_RESULTS,
  descriptor: () => descriptor,
  sarifReporter: () => sarifReporter,
  toUri: () => toUri
});
function descriptor(rule) {
  const more = rule.helpUri ? `

See ${rule.helpUri}` : "";
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${sentence(rule.description)} ${rule.remediation}` },
    help: {
      text: `${rule.remediation}${more}`,
      markdown: `**${rule.description}**

${rule.remediation}${rule.helpUri ? `

See [${rule.helpUri}](${rule.helpUri}).` : ""}`
    },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["security", "secret"], "security-severity": SECURITY_SEVERITY[rule.severity] }
  };
}
function toResult(finding2, ruleIndex) {
  const fix = typeof finding2.details.fix === "string" ? ` Fix: ${sentence(finding2.details.fix)}` : "";
  const details = Object.entries(finding2.details).filter(([key]) => key !== "fix");
  return {
    ruleId: finding2.ruleId,
    ...ruleIndex !== void 0 ? { ruleIndex } : {},
    level: LEVEL[finding2.severity],
    message: { text: `${sentence(findingHeadline(finding2))}${fix}` },
    locations: [location(finding2)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding2.fingerprint },
    ...finding2.commit || details.length > 0 || finding2.verification ? {
      properties: {
        ...finding2.commit ? { commit: finding2.commit } : {},
        ...finding2.author ? { author: { ...finding2.author } } : {},
        ...details.length > 0 ? { details: Object.fromEntries(details) } : {},
        // --verify: live, revoked, unknown or unverifiable, why, and what the secret opens.
        ...finding2.verification ? { verification: structuredClone(finding2.verification) } : {}
      }
    } : {}
  };
}
function location(finding2) {
  const { line, column, endLine, endColumn } = finding2;
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(finding2.path), uriBaseId: "%SRCROOT%" },
      region: line === null ? { startLine: 1 } : column === null ? { startLine: line, ...endLine !== null ? { endLine } : {} } : { startLine: line, startColumn: column, endLine: endLine ?? line, ...endColumn !== null ? { endColumn } : {} }
    }
  };
}
function cappedNotification(findings) {
  return {
    level: "warning",
    message: { text: `${findings} findings: this run holds the first ${SARIF_MAX_RESULTS} (the most urgent), the most GitHub code scanning accepts in one run. The JSON report (--format json; the Action's report-file output) lists every one.` },
    descriptor: { id: "results-capped" }
  };
}
function notification(skipped) {
  return {
    level: skipped.reason === "unreadable" ? "error" : "note",
    message: { text: `Not scanned: ${skipReason(skipped)}.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(skipped.path), uriBaseId: "%SRCROOT%" } } }],
    properties: { reason: skipped.reason }
  };
}
function toUri(relativePath) {
  return relativePath.split("/").map(encodeURIComponent).join("/");
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
var INFORMATION_URI, FINGERPRINT_KEY, LEVEL, SECURITY_SEVERITY, sarifReporter, SARIF_MAX_RESULTS;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_finding_text();
    init_skipped();
    INFORMATION_URI = "https://www.npmjs.com/package/leakwarden";
    FINGERPRINT_KEY = "leakwarden/v1";
    LEVEL = { high: "error", medium: "warning", low: "note" };
    SECURITY_SEVERITY = { high: "8.0", medium: "5.0", low: "2.0" };
    sarifReporter = {
      id: "sarif",
      format(result, context) {
        const rules = [...context.rules.values()];
        const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
        const incomplete = unreadable(result.stats).length > 0;
        const included = result.findings.slice(0, SARIF_MAX_RESULTS);
        const left = result.findings.length - included.length;
        const notifications = [...result.stats.skipped.map(notification), ...left > 0 ? [cappedNotification(result.findings.length)] : []];
        const log = {
          $schema: "https://json.schemastore.org/sarif-2.1.0.json",
          version: "2.1.0",
          runs: [
            {
              tool: {
                driver: {
                  name: "leakwarden",
                  version: context.toolVersion,
                  semanticVersion: context.toolVersion,
                  informationUri: INFORMATION_URI,
                  rules: rules.map(descriptor)
                }
              },
              invocations: [
                {
                  // A file that could not be read leaves the scan incomplete (the CLI exits 2 for it when nothing is found).
                  executionSuccessful: !incomplete,
                  ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
                }
              ],
              results: included.map((finding2) => toResult(finding2, ruleIndex.get(finding2.ruleId))),
              columnKind: "utf16CodeUnits",
              properties: {
                mode: result.stats.mode,
                redacted: result.redacted,
                ...left > 0 ? { resultsCapped: { findings: result.findings.length, results: included.length } } : {},
                ...result.stats.history ? { history: { ...result.stats.history } } : {},
                ...result.verification ? { verification: structuredClone(result.verification) } : {}
              }
            }
          ]
        };
        return `${JSON.stringify(log, null, 2)}
`;
      }
    };
    SARIF_MAX_RESULTS = 25e3;
  }
});

// src/report/index.ts
var reporters, REPORTER_IDS;
var init_report = __esm({
  "src/report/index.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    reporters = {
      terminal: () => Promise.resolve().then(() => (init_terminal(), terminal_exports)).then((m) => m.terminalReporter),
      json: () => Promise.resolve().then(() => (init_json(), json_exports)).then((m) => m.jsonReporter),
      sarif: () => Promise.resolve().then(() => (init_sarif(), sarif_exports)).then((m) => m.sarifReporter),
      github: () => Promise.resolve().then(() => (init_github(), github_exports)).then((m) => m.githubReporter)
    };
    REPORTER_IDS = Object.keys(reporters);
  }
});

// src/report/audit-formats.ts
var AUDIT_REPORTER_IDS;
var init_audit_formats = __esm({
  "src/report/audit-formats.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    AUDIT_REPORTER_IDS = ["terminal", "json", "sarif", "html"];
  }
});

// src/config/options.ts
function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : void 0;
  if (!match || unit === void 0) throw new UsageError(`invalid --max-file-size "${text}"`, "give bytes or a size with a unit: 512KB, 10MB, 1GB");
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw new UsageError(`--max-file-size must be positive, got "${text}"`, "e.g. --max-file-size 10MB");
  return bytes;
}
var COMMANDS, COMMAND_NAMES, SCANS, OPTIONS, UNITS;
var init_options = __esm({
  "src/config/options.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_errors();
    init_report();
    init_audit_formats();
    COMMANDS = {
      dir: { usage: "dir [paths..]", description: "Scan files on disk (in git: tracked files and untracked files that are not ignored)" },
      staged: { usage: "staged", description: "Scan what `git commit` would record: the pre-commit hook" },
      stdin: { usage: "stdin", description: "Scan standard input" },
      history: {
        usage: "history [range]",
        description: "Audit git history: every blob of every ref (or only what the commits of RANGE, BASE..HEAD, added), grouped into incidents"
      },
      rules: { usage: "rules", description: "List the rules" },
      install: { usage: "install", description: "Install the pre-commit hook (and with --pre-push, the pre-push hook) where git runs hooks" },
      uninstall: { usage: "uninstall", description: "Remove the hooks `leakwarden install` wrote (and nothing else)" },
      "pre-push": { usage: "pre-push [remote] [url]", description: "The pre-push hook: scan the commits being pushed (git passes them on stdin)" },
      ignore: { usage: "ignore <fingerprint>", description: "Add an entry to .leakwardenignore (with --reason, and optionally --expires) so that the finding is no longer reported" },
      baseline: { usage: "baseline [mode]", description: "Print the fingerprints of the current findings (mode: dir or history; default dir), for --baseline FILE" },
      audit: {
        usage: "audit",
        description: "Audit many repositories (--repos, --repos-file, --org, --user): clone each as a bare mirror, scan its whole history, write one report (--format html for people)"
      }
    };
    COMMAND_NAMES = Object.keys(COMMANDS);
    SCANS = ["dir", "staged", "stdin", "history"];
    OPTIONS = [
      {
        key: "format",
        flag: "format",
        alias: "f",
        type: "string",
        choices: REPORTER_IDS,
        default: "terminal",
        placeholder: "FORMAT",
        description: "Report format",
        commands: [...SCANS, "rules"]
      },
      {
        key: "output",
        flag: "output",
        alias: "o",
        type: "string",
        placeholder: "FILE",
        description: "Write the report to FILE instead of standard output",
        commands: [...SCANS, "rules", "baseline", "audit"]
      },
      {
        key: "redact",
        flag: "redact",
        type: "boolean",
        default: true,
        description: "Redact secrets in every output (--no-redact shows them in full)",
        commands: [...SCANS, "pre-push", "audit"],
        action: true
      },
      {
        key: "color",
        flag: "color",
        type: "boolean",
        description: "Colour the terminal report (default: when standard output is a terminal; NO_COLOR and FORCE_COLOR are honoured)",
        commands: [...SCANS, "rules", "pre-push", "audit"]
      },
      {
        key: "maxFileSize",
        flag: "max-file-size",
        type: "string",
        default: "10MB",
        placeholder: "SIZE",
        description: "Skip (and list) files larger than SIZE, in bytes or with a unit: 512KB, 10MB, 1GB",
        commands: [...SCANS, "pre-push", "baseline", "audit"],
        action: true,
        config: true
      },
      {
        key: "gitignore",
        flag: "gitignore",
        type: "boolean",
        default: true,
        description: "In a git repository, scan only files git does not ignore (--no-gitignore scans every file on disk)",
        commands: ["dir", "baseline"],
        action: true,
        config: true
      },
      {
        key: "path",
        flag: "path",
        type: "string",
        default: "stdin",
        placeholder: "NAME",
        description: "File name that findings from standard input carry (path-based rules use it too)",
        commands: ["stdin"]
      },
      {
        key: "branch",
        flag: "branch",
        type: "string",
        placeholder: "REF",
        description: "Audit only the history of REF (a branch, tag or commit) instead of every ref; incident status is measured against REF",
        commands: ["history"]
      },
      {
        key: "sinceCommit",
        flag: "since-commit",
        type: "string",
        placeholder: "BASE",
        description: "Scan only what the commits after BASE added (the same as the range BASE..HEAD, or BASE..REF with --branch)",
        commands: ["history"]
      },
      {
        key: "prePush",
        flag: "pre-push",
        type: "boolean",
        default: false,
        description: "Also the pre-push hook (it blocks a push whose commits add a secret, even one a later commit removed)",
        commands: ["install", "uninstall"]
      },
      {
        key: "husky",
        flag: "husky",
        type: "boolean",
        default: false,
        description: "Write into husky's hook files (.husky/pre-commit, .husky/pre-push) instead of git's hooks directory",
        commands: ["install", "uninstall"]
      },
      {
        key: "force",
        flag: "force",
        type: "boolean",
        default: false,
        description: "Replace a hook leakwarden did not write (it is kept as <hook>.leakwarden-backup)",
        commands: ["install"]
      },
      {
        key: "config",
        flag: "config",
        alias: "c",
        type: "string",
        placeholder: "FILE",
        description: "Read the configuration from FILE (default: .leakwarden.toml at the repository root, or in the scanned directory outside git)",
        commands: [...SCANS, "baseline", "pre-push", "audit"],
        action: true
      },
      {
        key: "baseline",
        flag: "baseline",
        type: "string",
        placeholder: "FILE",
        description: "Report only findings whose fingerprints are not in FILE (written by `leakwarden baseline`)",
        commands: [...SCANS, "pre-push", "audit"],
        action: true
      },
      {
        key: "strictIgnores",
        flag: "strict-ignores",
        type: "boolean",
        default: false,
        description: "Exit 1 when an entry of .leakwardenignore matched nothing (checked by scans of everything: dir of the whole repository, history of every ref)",
        commands: ["dir", "history"],
        config: true
      },
      // Verification sends secrets over the network: never a config key (a scanned repository must not turn it on, nor
      // choose where a token goes), and off unless asked.
      {
        key: "verify",
        flag: "verify",
        type: "boolean",
        default: false,
        description: "Ask each secret's provider whether it still works, and what it opens (OpenAI, 1Password): one request per distinct secret; see the README for what is sent where",
        commands: [...SCANS, "audit"],
        action: true
      },
      {
        key: "verifyTimeout",
        flag: "verify-timeout",
        type: "string",
        default: "10",
        placeholder: "SECONDS",
        description: "With --verify: give up on a request after SECONDS (the secret is then reported as unknown)",
        commands: [...SCANS, "audit"]
      },
      {
        key: "onlyVerified",
        flag: "only-verified",
        type: "boolean",
        default: false,
        description: "Report only secrets the provider accepted (live): exit 1 if there is one, else 0. Implies --verify",
        commands: [...SCANS, "audit"]
      },
      {
        key: "connectHost",
        flag: "connect-host",
        type: "string",
        placeholder: "URL",
        description: "With --verify: the 1Password Connect server to check Connect tokens against (default: OP_CONNECT_HOST; without either, they are not checked)",
        commands: [...SCANS, "audit"]
      },
      {
        key: "reason",
        flag: "reason",
        type: "string",
        placeholder: "TEXT",
        description: "Why the finding is not a leak (required; kept in .leakwardenignore for reviewers)",
        commands: ["ignore"]
      },
      {
        key: "expires",
        flag: "expires",
        type: "string",
        placeholder: "DATE",
        description: "The entry stops suppressing on DATE (YYYY-MM-DD), and the finding is reported again",
        commands: ["ignore"]
      },
      // `leakwarden audit`. Its --format is its own row: the audit's formats are not the scans' (report/audit-index.ts).
      {
        key: "repos",
        flag: "repos",
        type: "string",
        multiple: true,
        placeholder: "URL_OR_PATH",
        description: "Repositories to audit: git URLs, file:// URLs or local paths (several after one --repos, or --repos repeated)",
        commands: ["audit"]
      },
      {
        key: "reposFile",
        flag: "repos-file",
        type: "string",
        placeholder: "FILE",
        description: "Repositories to audit, one a line (# starts a comment line), or the JSON that --list writes",
        commands: ["audit"]
      },
      {
        key: "org",
        flag: "org",
        type: "string",
        placeholder: "NAME",
        description: "Audit every repository of a GitHub organisation (GITHUB_API_URL, default https://api.github.com; token from GITHUB_TOKEN or GH_TOKEN)",
        commands: ["audit"]
      },
      {
        key: "user",
        flag: "user",
        type: "string",
        placeholder: "NAME",
        description: "Audit every repository of a GitHub user (with the user's own token, the private ones too)",
        commands: ["audit"]
      },
      {
        key: "includeArchived",
        flag: "include-archived",
        type: "boolean",
        default: false,
        description: "With --org or --user: also audit archived repositories",
        commands: ["audit"]
      },
      {
        key: "includeForks",
        flag: "include-forks",
        type: "boolean",
        default: false,
        description: "With --org or --user: also audit forks",
        commands: ["audit"]
      },
      {
        key: "workDir",
        flag: "work-dir",
        type: "string",
        placeholder: "DIR",
        description: "Keep the bare mirrors and per-repository results in DIR (default: the cache directory's audit/)",
        commands: ["audit"]
      },
      {
        key: "concurrency",
        flag: "concurrency",
        type: "string",
        placeholder: "N",
        description: "Clone and scan at most N repositories at a time (default: the number of cores)",
        commands: ["audit"]
      },
      {
        key: "resume",
        flag: "resume",
        type: "boolean",
        default: false,
        description: "Fetch into the mirrors of an earlier run in the same --work-dir, and reuse the result of every repository whose refs did not change",
        commands: ["audit"]
      },
      {
        key: "merge",
        flag: "merge",
        type: "string",
        multiple: true,
        placeholder: "FILE",
        description: "Merge the JSON reports of several audits into one report (no cloning); with --repos-file, --org or --user, a repository no report names is an error",
        commands: ["audit"]
      },
      {
        key: "list",
        flag: "list",
        type: "boolean",
        default: false,
        description: "Print the repositories the sources name (--format json: the list --repos-file reads), and clone nothing",
        commands: ["audit"]
      },
      {
        key: "auditFormat",
        flag: "format",
        alias: "f",
        type: "string",
        choices: AUDIT_REPORTER_IDS,
        default: "terminal",
        placeholder: "FORMAT",
        description: "Report format: terminal, json (the machine contract; --merge reads it), sarif (a run per repository) or html (one self-contained page for people)",
        commands: ["audit"]
      }
    ];
    UNITS = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
  }
});

// src/rules/examples.ts
var examples_exports = {};
__export(examples_exports, {
  checkExamples: () => checkExamples,
  exampleCases: () => exampleCases,
  expandExample: () => expandExample
});
function expandExample(template, seed) {
  const random = mulberry32(fnv1a(seed));
  const secrets = [];
  const text = expand(template, random, secrets, 0);
  return { text, secrets };
}
function expand(template, random, secrets, base) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("\xAB", i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingClose(template, open);
    const body = template.slice(open + 1, close);
    const colon = body.indexOf(":");
    const name = colon === -1 ? body : body.slice(0, colon);
    const argument = colon === -1 ? "" : body.slice(colon + 1);
    const start2 = base + out.length;
    switch (name) {
      case "rand": {
        const [count, alphabetName = "alnum"] = argument.split(":");
        const alphabet = ALPHABETS[alphabetName];
        const n = Number(count);
        if (!alphabet || !Number.isInteger(n) || n < 0) throw new Error(`bad generator \xAB${body}\xBB`);
        for (let k = 0; k < n; k++) out += alphabet[Math.floor(random() * alphabet.length)];
        break;
      }
      case "b64":
      case "b64url": {
        const inner = expand(argument, random, [], 0);
        out += name === "b64" ? Buffer.from(inner).toString("base64") : Buffer.from(inner).toString("base64url");
        break;
      }
      case "secret": {
        out += expand(argument, random, secrets, start2);
        secrets.push({ start: start2, end: base + out.length });
        break;
      }
      default:
        throw new Error(`unknown generator \xAB${name}\xBB (known: rand, b64, b64url, secret)`);
    }
    i = close + 1;
  }
  return out;
}
function matchingClose(template, open) {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === "\xAB") depth++;
    else if (template[i] === "\xBB" && --depth === 0) return i;
  }
  throw new Error(`unclosed generator at ${open}: ${template.slice(open, open + 40)}`);
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function exampleCases(spec) {
  const cases2 = [];
  for (const kind of ["positive", "negative"]) {
    (spec.examples?.[kind] ?? []).forEach((example, index) => {
      const template = typeof example === "string" ? example : example.text;
      const path13 = typeof example === "string" ? "example.txt" : example.path ?? "example.txt";
      cases2.push({ ruleId: spec.id, kind, index, template, path: path13, expanded: expandExample(template, `${spec.id}:${kind}:${index}`) });
    });
  }
  return cases2;
}
function checkExamples(spec, detector) {
  const problems = [];
  const cases2 = exampleCases(spec);
  const where = (c) => `${spec.id}: ${c.kind}[${c.index}]`;
  if (!cases2.some((c) => c.kind === "positive")) problems.push(`${spec.id}: has no positive example`);
  if (!cases2.some((c) => c.kind === "negative")) problems.push(`${spec.id}: has no negative example`);
  const seen = /* @__PURE__ */ new Set();
  for (const c of cases2) {
    if (seen.has(c.template)) problems.push(`${where(c)}: duplicate example`);
    seen.add(c.template);
    const unexpanded = detector.detect({ path: c.path, text: c.template });
    if (unexpanded.length > 0) problems.push(`${where(c)}: the example as written is reported (${describe2(unexpanded)}); use generators`);
    const findings = detector.detect({ path: c.path, text: c.expanded.text });
    const own = findings.filter((f) => f.ruleId === spec.id);
    if (c.kind === "negative") {
      if (own.length > 0) problems.push(`${where(c)}: reported but should not be (${describe2(own)})`);
      continue;
    }
    const lower = c.expanded.text.toLowerCase();
    const encoded = own.length === 1 && own[0].encoding !== void 0;
    if (!encoded && !spec.keywords.some((k) => lower.includes(k.toLowerCase()))) problems.push(`${where(c)}: contains none of the keywords ${spec.keywords.join(", ")}`);
    if (findings.length !== 1 || own.length !== 1) {
      problems.push(`${where(c)}: expected exactly one ${spec.id} finding, got ${findings.length === 0 ? "none" : describe2(findings)}`);
      continue;
    }
    const marked = c.expanded.secrets[0];
    if (marked) {
      const text = c.expanded.text.slice(marked.start, marked.end);
      const expected = encoded ? [decodeText(text), decodeText(decodeText(text))] : [text];
      if (!expected.includes(own[0].secret)) problems.push(`${where(c)}: reported ${JSON.stringify(preview(own[0].secret))}, expected ${JSON.stringify(preview(expected[0]))}`);
      const span = `${own[0].line}:${own[0].column}`;
      const markedAt = position2(c.expanded.text, marked.start);
      if (encoded && span !== markedAt) problems.push(`${where(c)}: reported at ${span}, expected at ${markedAt} (the encoded text)`);
    }
  }
  return problems;
}
function decodeText(base64) {
  return Buffer.from(base64, "base64").toString("utf8");
}
function position2(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
function describe2(findings) {
  return findings.map((f) => `${f.ruleId} at ${f.line}:${f.column}`).join(", ");
}
function preview(secret) {
  return secret.length <= 24 ? secret : `${secret.slice(0, 12)}\u2026${secret.slice(-8)}`;
}
var ALPHABETS;
var init_examples = __esm({
  "src/rules/examples.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    ALPHABETS = {
      alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
      b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
      b64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
      hex: "0123456789abcdef",
      upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
      /** 1Password's lower-case base32 ids (vault, item, device uuids). */
      b32: "abcdefghijklmnopqrstuvwxyz234567",
      B32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
      /** 1Password Secret Key characters. */
      sk: "23456789ABCDEFGHJKLMNPQRSTVWXYZ",
      /** Printable, for passwords. */
      pw: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*_+-.~",
      /** Django's get_random_secret_key(). */
      django: "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)",
      /** 1Password's password generator with symbols. */
      op: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*.-_",
      lower: "abcdefghijklmnopqrstuvwxyz",
      letters: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    };
  }
});

// src/config/config-file.ts
var config_file_exports = {};
__export(config_file_exports, {
  parseConfig: () => parseConfig
});
async function parseConfig(text, label2, builtins) {
  const document = parseTomlDocument(text, label2);
  await loadLinearEngine();
  const problems = [];
  const add = (key, what) => problems.push(`${label2}: ${key}: ${what}`);
  for (const key of Object.keys(document)) {
    if (!SECTIONS.includes(key) && !CONFIG_OPTIONS.some((option) => option.key === key)) {
      add(key, `unknown key (known: ${[...CONFIG_OPTIONS.map((o) => o.key), ...SECTIONS.map((s) => `[${s}]`)].join(", ")})`);
    }
  }
  const options = checkOptions(document, add);
  const extend = document.extend ?? {};
  let useDefault = true;
  let disabled = [];
  if (!isTable(extend)) add("extend", "must be a table ([extend])");
  else {
    for (const key of Object.keys(extend)) if (!EXTEND_KEYS.includes(key)) add(`extend.${key}`, `unknown key (known: ${EXTEND_KEYS.join(", ")})`);
    if (extend.useDefault !== void 0) {
      if (typeof extend.useDefault === "boolean") useDefault = extend.useDefault;
      else add("extend.useDefault", `must be true or false, got ${describe(extend.useDefault)}`);
    }
    if (extend.disabledRules !== void 0) disabled = stringList(extend.disabledRules, "extend.disabledRules", add) ?? [];
  }
  const custom = [];
  const at = /* @__PURE__ */ new Map();
  const tables = document.rules;
  if (tables !== void 0) {
    if (!Array.isArray(tables)) add("rules", "must be an array of tables ([[rules]])");
    else tables.forEach((table3, i) => {
      const found = checkRuleSpec(table3, `${label2}: rules[${i}]`, "linear");
      problems.push(...found);
      if (found.length === 0) {
        const spec = { ...table3, engine: "linear" };
        custom.push(spec);
        at.set(spec, i);
      }
    });
  }
  const allowlist = document.allowlist === void 0 ? null : checkAllowlist2(document.allowlist, add);
  const known = /* @__PURE__ */ new Set([...builtins.map((spec) => spec.id), dotenvRule.id]);
  disabled.forEach((id, i) => {
    if (!known.has(id)) add(`extend.disabledRules[${i}]`, `no built-in rule "${id}" (\`leakwarden rules\` lists them)`);
  });
  const off = new Set(disabled);
  const kept = useDefault ? builtins.filter((spec) => !off.has(spec.id)) : [];
  const ids = new Set(kept.map((spec) => spec.id));
  custom.forEach((spec, i) => {
    const where = `rules[${at.get(spec)}].id`;
    if (useDefault && spec.id === dotenvRule.id && !off.has(spec.id)) {
      add(where, `"${spec.id}" is a built-in check; choose another id, or add it to [extend] disabledRules to replace it`);
    } else if (ids.has(spec.id)) {
      add(where, custom.findIndex((other) => other.id === spec.id) < i ? `"${spec.id}" is defined more than once` : `"${spec.id}" is a built-in rule; choose another id, or add it to [extend] disabledRules to replace it`);
    }
    ids.add(spec.id);
  });
  const specs = [...kept, ...custom];
  const dotenv = useDefault && !off.has(dotenvRule.id) && !custom.some((spec) => spec.id === dotenvRule.id);
  if (problems.length === 0 && specs.length === 0 && !dotenv) {
    add("rules", "no rule is left to run (useDefault = false, or every rule disabled, and no [[rules]] of its own)");
  }
  if (problems.length === 0) problems.push(...await checkCustomExamples(custom, specs, at, label2));
  if (problems.length > 0) throw new ConfigError(problems);
  return { specs, dotenv, allowlist, options };
}
function checkOptions(document, add) {
  const options = {};
  for (const def of CONFIG_OPTIONS) {
    const value = document[def.key];
    if (value === void 0) continue;
    if (def.type === "boolean") {
      if (typeof value === "boolean") options[def.key] = value;
      else add(def.key, `must be true or false, got ${describe(value)}`);
    } else if (def.key === "maxFileSize") {
      try {
        if (typeof value !== "string" && typeof value !== "number") throw new UsageError("not a size");
        options[def.key] = parseSize(String(value));
      } catch (error2) {
        if (!(error2 instanceof UsageError)) throw error2;
        add(def.key, `must be a positive size ("512KB", "10MB") or a number of bytes, got ${describe(value)}`);
      }
    } else if (typeof value === "string" && value !== "") options[def.key] = value;
    else add(def.key, `must be a non-empty string, got ${describe(value)}`);
  }
  return options;
}
function checkAllowlist2(raw, add) {
  if (!isTable(raw)) {
    add("allowlist", "must be a table ([allowlist])");
    return null;
  }
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS2.includes(key)) add(`allowlist.${key}`, `unknown key (known: ${ALLOWLIST_KEYS2.join(", ")})`);
  if (raw.description !== void 0 && typeof raw.description !== "string") add("allowlist.description", `must be a string, got ${describe(raw.description)}`);
  const compile2 = (key, make) => {
    const list2 = raw[key] === void 0 ? [] : stringList(raw[key], `allowlist.${key}`, add) ?? [];
    return list2.flatMap((text, i) => {
      try {
        return [make(text)];
      } catch (error2) {
        if (error2 instanceof GlobError) add(`allowlist.${key}[${i}]`, `invalid glob: ${error2.message}`);
        else add(`allowlist.${key}[${i}]`, `invalid regex: ${linearSyntax(error2)}`);
        return [];
      }
    });
  };
  const allowlist = {
    paths: compile2("paths", globToRegExp),
    regexes: compile2("regexes", (text) => new LinearRegExp(text, "i")),
    stopwords: compile2("stopwords", (text) => text.toLowerCase())
  };
  if (raw.paths === void 0 && raw.regexes === void 0 && raw.stopwords === void 0) add("allowlist", "needs paths, regexes or stopwords");
  return allowlist;
}
async function checkCustomExamples(custom, specs, at, label2) {
  const withExamples = custom.filter((spec) => spec.examples !== void 0 && specs.includes(spec));
  if (withExamples.length === 0) return [];
  const { checkExamples: checkExamples2 } = await Promise.resolve().then(() => (init_examples(), examples_exports));
  const detector = createDetector(specs.map(compileRule));
  return withExamples.flatMap((spec) => {
    const where = `${label2}: rules[${at.get(spec)}].examples`;
    return checkExamples2(spec, detector).map((problem) => {
      const what = problem.slice(spec.id.length + 2);
      return /^(positive|negative)\[/.test(what) ? `${where}.${what}` : `${where}: ${what}`;
    });
  });
}
function stringList(value, key, add) {
  if (!Array.isArray(value)) {
    add(key, `must be a list of strings, got ${describe(value)}`);
    return null;
  }
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item !== "string" || item === "") {
      add(`${key}[${i}]`, `must be a non-empty string, got ${describe(item)}`);
      ok = false;
    }
  });
  return ok ? value : null;
}
var CONFIG_OPTIONS, SECTIONS, EXTEND_KEYS, ALLOWLIST_KEYS2;
var init_config_file = __esm({
  "src/config/config-file.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dotenv();
    init_detector();
    init_errors();
    init_compile();
    init_spec();
    init_linear_regex();
    init_glob_match();
    init_toml();
    init_options();
    CONFIG_OPTIONS = OPTIONS.filter((option) => option.config);
    SECTIONS = ["extend", "rules", "allowlist"];
    EXTEND_KEYS = ["useDefault", "disabledRules"];
    ALLOWLIST_KEYS2 = ["description", "paths", "regexes", "stopwords"];
  }
});

// src/fingerprint.ts
function secretHash(finding2) {
  const { createHash } = process.getBuiltinModule("node:crypto");
  return createHash("sha256").update(finding2.identity ?? finding2.secret).digest("hex").slice(0, 16);
}
function findingFingerprint(finding2) {
  return `${finding2.ruleId}:${finding2.path}:${secretHash(finding2)}`;
}
function incidentFingerprint(finding2) {
  return `${finding2.ruleId}:${finding2.ruleId === dotenvRule.id ? finding2.path : secretHash(finding2)}`;
}
function fingerprintsOf(finding2) {
  const hash = secretHash(finding2);
  const keys = [`${finding2.ruleId}:${finding2.path}:${hash}`, `${finding2.ruleId}:${hash}`];
  if (finding2.ruleId === dotenvRule.id) keys.push(`${finding2.ruleId}:${finding2.path}`);
  return keys;
}
function fingerprintProblem(text) {
  if (!RULE_ID.test(text)) return "not a fingerprint: a fingerprint starts with a rule id and a colon (ruleId:path:hash or ruleId:hash)";
  const rest = text.slice(text.indexOf(":") + 1);
  if (HASH.test(rest) || text.startsWith(`${dotenvRule.id}:`) && rest !== "") return null;
  return "not a fingerprint: a fingerprint ends with the 16 hex digits of the secret's hash (ruleId:path:hash or ruleId:hash)";
}
var RULE_ID, HASH;
var init_fingerprint = __esm({
  "src/fingerprint.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dotenv();
    RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:/;
    HASH = /(?:^|:)[0-9a-f]{16}$/;
  }
});

// src/config/ignore-file.ts
var ignore_file_exports = {};
__export(ignore_file_exports, {
  appendIgnoreEntry: () => appendIgnoreEntry,
  parseIgnoreFile: () => parseIgnoreFile
});
function parseIgnoreFile(text, label2) {
  const document = parseTomlDocument(text, label2);
  const problems = [];
  const add = (key, what) => problems.push(`${label2}: ${key}: ${what}`);
  for (const key of Object.keys(document)) if (key !== "ignore") add(key, "unknown key (entries are [[ignore]] tables)");
  const tables = document.ignore ?? [];
  if (!Array.isArray(tables)) {
    add("ignore", "must be an array of tables ([[ignore]])");
    throw new ConfigError(problems);
  }
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  tables.forEach((table3, i) => {
    const where = `ignore[${i}]`;
    if (!isTable(table3)) {
      add(where, "must be a table");
      return;
    }
    const before = problems.length;
    for (const key of Object.keys(table3)) if (!ENTRY_KEYS.includes(key)) add(`${where}.${key}`, `unknown key (known: ${ENTRY_KEYS.join(", ")})`);
    const { fingerprint, reason, expires } = table3;
    if (typeof fingerprint !== "string") add(`${where}.fingerprint`, fingerprint === void 0 ? "is required" : `must be a string, got ${describe(fingerprint)}`);
    else {
      const problem = fingerprintProblem(fingerprint);
      if (problem !== null) add(`${where}.fingerprint`, problem);
      const first = seen.get(fingerprint);
      if (first !== void 0) add(`${where}.fingerprint`, `the same as ignore[${first}]'s`);
      else seen.set(fingerprint, i);
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      add(`${where}.reason`, reason === void 0 ? "is required: say why this is not a leak" : `must be a non-empty string, got ${describe(reason)}`);
    }
    const date = expiryDate(expires);
    if (date === void 0) add(`${where}.expires`, `must be a date (2026-12-31), got ${describe(expires)}`);
    if (problems.length === before) entries.push({ fingerprint, reason, expires: date ?? null, where: `${label2}: ${where}` });
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return entries;
}
function expiryDate(value) {
  if (value === void 0) return null;
  const text = value instanceof Date && "isDate" in value && value.isDate() ? value.toISOString().slice(0, 10) : value;
  return typeof text === "string" && isDate(text) ? text : void 0;
}
function appendIgnoreEntry(file, label2, entry) {
  let existing = "";
  try {
    existing = (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch (error2) {
    if (error2.code !== "ENOENT") throw new InputError(`cannot read ${label2}: ${error2.code}`, "check the file's permissions");
  }
  const entries = parseIgnoreFile(existing, label2);
  const twin = entries.find((other) => other.fingerprint === entry.fingerprint);
  if (twin) throw new InputError(`${twin.where} already ignores ${entry.fingerprint}`, `edit that entry in ${label2} (its reason or expires) instead of adding another`);
  const table3 = stringify({ fingerprint: entry.fingerprint, reason: entry.reason });
  const block = `[[ignore]]
${table3.endsWith("\n") ? table3 : `${table3}
`}${entry.expires ? `expires = ${entry.expires}
` : ""}`;
  const separator = existing === "" ? HEADER : existing.endsWith("\n") ? "\n" : "\n\n";
  const updated = `${existing}${separator}${block}`;
  let after = [];
  try {
    after = parseIgnoreFile(updated, label2);
  } catch {
  }
  const last = after[after.length - 1];
  if (after.length !== entries.length + 1 || last?.fingerprint !== entry.fingerprint || last.reason !== entry.reason) {
    throw new InputError(`cannot append to ${label2}: the entry would not read back as written`, `add it by hand as an [[ignore]] table (fingerprint, reason, expires)`);
  }
  const temporary = import_node_path7.default.join(import_node_path7.default.dirname(file), `.${import_node_path7.default.basename(file)}.${process.pid}.tmp`);
  try {
    (0, import_node_fs5.writeFileSync)(temporary, updated, { mode: existing === "" ? 420 : (0, import_node_fs5.statSync)(file).mode & 511 });
    (0, import_node_fs5.renameSync)(temporary, file);
  } catch (error2) {
    (0, import_node_fs5.rmSync)(temporary, { force: true });
    throw new InputError(`cannot write ${label2}: ${error2.code ?? error2.message}`, "check that the directory is writable");
  }
}
var import_node_fs5, import_node_path7, ENTRY_KEYS, HEADER;
var init_ignore_file = __esm({
  "src/config/ignore-file.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs5 = require("node:fs");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_spec();
    init_toml();
    init_fingerprint();
    init_options();
    ENTRY_KEYS = ["fingerprint", "reason", "expires"];
    HEADER = [
      '# leakwarden: findings that are not leaks (`leakwarden ignore FINGERPRINT --reason "..." [--expires DATE]` adds one).',
      "# fingerprint: ruleId:path:hash (that finding) or ruleId:hash (the secret wherever it is); reason: required;",
      "# expires: optional date, from which the entry no longer suppresses and the finding is reported again.",
      "",
      ""
    ].join("\n");
  }
});

// src/config/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  formatBaseline: () => formatBaseline,
  parseBaseline: () => parseBaseline
});
function formatBaseline(fingerprints) {
  const sorted = [...new Set(fingerprints)].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return `${[HEADER2, ...sorted].join("\n")}
`;
}
function parseBaseline(text, label2) {
  if (text.trimStart().startsWith("{")) return fromJsonReport(text, label2);
  const fingerprints = /* @__PURE__ */ new Set();
  const problems = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const problem = fingerprintProblem(line);
    if (problem === null) fingerprints.add(line);
    else problems.push(`${label2}: line ${i + 1}: ${problem}`);
  });
  if (problems.length > 0) throw new ConfigError(problems, "write the baseline with `leakwarden baseline [dir|history] > FILE`");
  return fingerprints;
}
function fromJsonReport(text, label2) {
  let report;
  try {
    report = JSON.parse(text);
  } catch (error2) {
    const at = /position (\d+)/.exec(error2.message)?.[1];
    throw new ConfigError([`${label2}: not a baseline: neither fingerprints, one a line, nor a JSON report${at ? ` (invalid JSON at offset ${at})` : ""}`]);
  }
  const list2 = (items) => (Array.isArray(items) ? items : []).map((item) => item?.fingerprint);
  const fingerprints = [...list2(report.findings), ...list2(report.incidents)];
  if (!Array.isArray(report.findings) || !fingerprints.every((f) => typeof f === "string" && fingerprintProblem(f) === null)) {
    throw new ConfigError([`${label2}: findings: not a leakwarden JSON report (each finding carries a fingerprint)`]);
  }
  return new Set(fingerprints);
}
var HEADER2;
var init_baseline = __esm({
  "src/config/baseline.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_errors();
    init_fingerprint();
    HEADER2 = "# leakwarden baseline: fingerprints of accepted findings (ruleId:path:hash); `leakwarden <scan> --baseline FILE` reports only new ones";
  }
});

// src/config/settings.ts
async function loadSettings(request2, root, builtins) {
  const configFile = request2.config ? import_node_path8.default.resolve(request2.cwd, request2.config) : import_node_path8.default.join(root, CONFIG_FILE);
  const configText = readSetting(configFile, request2.cwd, request2.config ? "required" : "optional");
  const ignoreFile = import_node_path8.default.join(root, IGNORE_FILE);
  const ignoreText = readSetting(ignoreFile, request2.cwd, "optional");
  const baselineText = request2.baseline ? readSetting(import_node_path8.default.resolve(request2.cwd, request2.baseline), request2.cwd, "required", SIZE_CAP.baseline) : null;
  const settings = { root, specs: builtins, dotenv: true, allowlist: null, options: {}, ignores: [], baseline: null };
  if (configText === null && ignoreText === null && baselineText === null) return settings;
  const [config, ignores, baseline2] = await Promise.allSettled([
    configText === null ? null : Promise.resolve().then(() => (init_config_file(), config_file_exports)).then(({ parseConfig: parseConfig2 }) => parseConfig2(configText, label(configFile, request2.cwd), builtins)),
    ignoreText === null ? [] : Promise.resolve().then(() => (init_ignore_file(), ignore_file_exports)).then(({ parseIgnoreFile: parseIgnoreFile2 }) => parseIgnoreFile2(ignoreText, label(ignoreFile, request2.cwd))),
    baselineText === null ? null : Promise.resolve().then(() => (init_baseline(), baseline_exports)).then(({ parseBaseline: parseBaseline2 }) => parseBaseline2(baselineText, label(import_node_path8.default.resolve(request2.cwd, request2.baseline), request2.cwd)))
  ]);
  const failures = [config, ignores, baseline2].flatMap((outcome2) => outcome2.status === "rejected" ? [outcome2.reason] : []);
  if (failures.length > 0) {
    if (failures.length === 1 || !failures.every((failure3) => failure3 instanceof ConfigError)) throw failures[0];
    throw new ConfigError(failures.flatMap((failure3) => failure3.problems));
  }
  const value = (outcome2) => outcome2.value;
  return { ...settings, ...value(config) ?? {}, ignores: value(ignores), baseline: value(baseline2) };
}
async function repositoryRootOf(cwd) {
  if ((0, import_node_fs6.statSync)(import_node_path8.default.join(cwd, ".git"), { throwIfNoEntry: false }) !== void 0) return cwd;
  return await findWorkTreeRoot(cwd).catch(() => null) ?? cwd;
}
function label(file, cwd) {
  const relative = import_node_path8.default.relative(cwd, file);
  return relative === "" || import_node_path8.default.isAbsolute(relative) ? file : toPosix(relative);
}
function readSetting(file, cwd, need, cap = SIZE_CAP.config) {
  let fd;
  try {
    fd = (0, import_node_fs6.openSync)(file, import_node_fs6.constants.O_RDONLY | (import_node_fs6.constants.O_NONBLOCK ?? 0));
  } catch (error2) {
    const code = error2.code;
    if (code === "ENOENT" && need === "optional") return null;
    throw new InputError(
      `cannot read ${label(file, cwd)}: ${code === "ENOENT" ? "no such file" : code ?? error2.message}`,
      code === "ENOENT" ? "check the path (it is relative to the current directory)" : "check the file's permissions"
    );
  }
  try {
    const stat = (0, import_node_fs6.fstatSync)(fd);
    if (!stat.isFile()) {
      throw new InputError(`${label(file, cwd)} is not a regular file (a device, FIFO or directory, or a link to one): it was not read`, "make it a plain file, or remove it");
    }
    if (stat.size > cap) {
      throw new InputError(`${label(file, cwd)} is ${stat.size} bytes, over the ${cap >> 20} MiB a settings file may have: it was not read`, "check that it is the file you meant");
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = (0, import_node_fs6.readSync)(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString("utf8");
  } catch (error2) {
    if (error2 instanceof InputError) throw error2;
    throw new InputError(`cannot read ${label(file, cwd)}: ${error2.code ?? error2.message}`, "check the file's permissions");
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
var import_node_fs6, import_node_path8, CONFIG_FILE, IGNORE_FILE, SIZE_CAP;
var init_settings = __esm({
  "src/config/settings.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs6 = require("node:fs");
    import_node_path8 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    init_posix_path();
    CONFIG_FILE = ".leakwarden.toml";
    IGNORE_FILE = ".leakwardenignore";
    SIZE_CAP = { config: 1 << 20, baseline: 64 << 20 };
  }
});

// src/filter/suppress.ts
function suppress(raw, rules) {
  const suppressed = { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 };
  const byFingerprint = new Map(rules.ignores.map((entry) => [entry.fingerprint, entry]));
  const used = /* @__PURE__ */ new Set();
  const expired = /* @__PURE__ */ new Set();
  const kept = [];
  for (const finding2 of raw) {
    const keys = byFingerprint.size > 0 || rules.baseline !== null ? fingerprintsOf(finding2) : [];
    let ignored = false;
    for (const key of keys) {
      const entry = byFingerprint.get(key);
      if (entry === void 0) continue;
      used.add(entry);
      if (entry.expires !== null && entry.expires <= rules.today) expired.add(entry);
      else ignored = true;
    }
    const kind = allowlisted(finding2, rules.allowlist) ? "allowlist" : finding2.allowedInline ? "inline" : ignored ? "ignoreFile" : rules.baseline !== null && keys.some((key) => rules.baseline.has(key)) ? "baseline" : null;
    if (kind === null) kept.push(finding2);
    else suppressed[kind]++;
  }
  const reported = new Set(kept.flatMap((finding2) => expired.size > 0 ? fingerprintsOf(finding2) : []));
  return { kept, suppressed, used, expired: [...expired].filter((entry) => reported.has(entry.fingerprint)) };
}
function allowlisted(finding2, allowlist) {
  if (allowlist === null) return false;
  if (allowlist.paths.some((glob) => glob.test(finding2.path))) return true;
  if (finding2.secret === "") return false;
  const lower = finding2.secret.toLowerCase();
  return allowlist.stopwords.some((word) => lower.includes(word)) || allowlist.regexes.some((regex2) => regex2.test(finding2.secret));
}
function localDate(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
var init_suppress = __esm({
  "src/filter/suppress.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_fingerprint();
  }
});

// src/report/redact.ts
function finalizeFindings(raw, options) {
  const sorted = unique(raw).sort(compareFindings);
  const context = options.masked && options.masked.length > 0 ? unique([...sorted, ...options.masked]).sort(compareFindings) : sorted;
  const onLine = /* @__PURE__ */ new Map();
  const position3 = /* @__PURE__ */ new Map();
  const lineKey = (f, line = f.line) => `${f.commit ?? ""}\0${f.path}\0${line}`;
  const continuing = /* @__PURE__ */ new Map();
  for (const finding2 of context) {
    if (finding2.line === null) continue;
    let list2 = onLine.get(lineKey(finding2));
    if (!list2) onLine.set(lineKey(finding2), list2 = []);
    position3.set(finding2, list2.length);
    list2.push(finding2);
    for (let line = finding2.line + 1; finding2.endLine !== null && line <= finding2.endLine; line++) {
      const key = lineKey(finding2, line);
      const spanning = continuing.get(key);
      if (spanning) spanning.push(finding2);
      else continuing.set(key, [finding2]);
    }
  }
  return sorted.map((finding2) => ({
    ruleId: finding2.ruleId,
    description: finding2.description,
    severity: finding2.severity,
    path: finding2.path,
    line: finding2.line,
    column: finding2.column,
    endLine: finding2.endLine,
    endColumn: finding2.endColumn,
    secret: options.redact ? redactSecret(finding2.secret) : finding2.secret,
    fingerprint: findingFingerprint(finding2),
    ...finding2.encoding !== void 0 ? { encoding: finding2.encoding } : {},
    message: finding2.message ?? null,
    commit: finding2.commit,
    author: finding2.author ?? null,
    details: finding2.details,
    snippet: snippet(finding2, onLine.get(lineKey(finding2)) ?? [finding2], position3.get(finding2) ?? 0, continuing.get(lineKey(finding2)) ?? [], options.redact),
    ...finding2.verification !== void 0 ? { verification: finding2.verification } : {}
  }));
}
function unique(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    const key = [finding2.ruleId, finding2.path, finding2.line, finding2.column, finding2.commit, finding2.identity ?? finding2.secret].join("\0");
    if (!seen.has(key)) seen.set(key, finding2);
  }
  return [...seen.values()];
}
function redactSecret(secret) {
  return secret === "" ? "" : `${mask(secret)} (redacted)`;
}
function mask(secret) {
  const flat = secret.replace(/\s+/g, " ");
  const head2 = Math.min(6, Math.floor(flat.length / 4));
  const tail = flat.length >= 20 ? 2 : 0;
  return `${flat.slice(0, head2)}\u2026${flat.slice(flat.length - tail)}`;
}
function snippet(finding2, sameLine, at, continuing, redact) {
  const excerpt = finding2.excerpt;
  if (excerpt === null || finding2.column === null) return null;
  if (!redact) return excerpt.text;
  const origin = finding2.column - excerpt.secretStart;
  const windowEnd2 = origin + excerpt.text.length;
  const ranges = [];
  const add = (other) => {
    const from = other.column - origin;
    const to = other.endLine === other.line ? other.endColumn - origin : excerpt.text.length;
    const range = { from: Math.max(0, from), to: Math.min(excerpt.text.length, to), secret: other.secret };
    if (range.from < range.to) ranges.push(range);
  };
  for (let i = at; i >= 0; i--) {
    const other = sameLine[i];
    if (other.column < origin - MAX_SECRET_REACH) break;
    add(other);
  }
  for (let i = at + 1; i < sameLine.length && sameLine[i].column < windowEnd2; i++) add(sameLine[i]);
  for (const other of continuing) {
    const to = other.endLine === finding2.line ? other.endColumn - origin : excerpt.text.length;
    if (to > 0) ranges.push({ from: 0, to: Math.min(excerpt.text.length, to), secret: other.secret });
  }
  ranges.sort((a, b) => a.from - b.from);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from < last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  let text = excerpt.text;
  for (const range of merged.reverse()) text = `${text.slice(0, range.from)}${mask(range.secret)}${text.slice(range.to)}`;
  return text;
}
function compareFindings(a, b) {
  return compare(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.ruleId, b.ruleId) || compare(a.commit ?? "", b.commit ?? "");
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var MAX_SECRET_REACH;
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_fingerprint();
    MAX_SECRET_REACH = 4096;
  }
});

// src/sources/diff-parse.ts
function parseRawZ(output) {
  const fields = splitBuffer(output, 0);
  const entries = [];
  for (let i = 0; i < fields.length; ) {
    const header = fields[i].toString("latin1");
    if (!header.startsWith(":")) break;
    const [srcMode = "", dstMode = "", srcOid = "", dstOid = "", statusField = ""] = header.slice(1).split(" ");
    const status = statusField.charAt(0);
    const score = statusField.length > 1 ? Number(statusField.slice(1)) : null;
    const twoPaths = status === "R" || status === "C";
    const first = fields[i + 1];
    const second = twoPaths ? fields[i + 2] : first;
    if (first === void 0 || second === void 0) throw new Error(`truncated raw diff record: ${header}`);
    entries.push({ srcMode, dstMode, srcOid, dstOid, status, score, srcPath: first, path: second });
    i += twoPaths ? 3 : 2;
  }
  return entries;
}
function parsePatchLines(patch) {
  const added = /* @__PURE__ */ new Map();
  const binary = /* @__PURE__ */ new Set();
  let oid = null;
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      oid = null;
      continue;
    }
    if (oid === null) {
      const index = INDEX_LINE.exec(line);
      if (index) {
        oid = index[1];
        if (!added.has(oid)) added.set(oid, []);
      }
      continue;
    }
    if (line.startsWith("@@")) {
      const hunk = HUNK_HEADER.exec(line);
      if (!hunk) continue;
      const start2 = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0) added.get(oid).push([start2, start2 + count - 1]);
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      binary.add(oid);
    }
  }
  for (const ranges of added.values()) normalise(ranges);
  return { added, binary };
}
function normalise(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = 0;
  for (const range of ranges) {
    const last = ranges[out - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else ranges[out++] = range;
  }
  ranges.length = out;
}
function splitBuffer(buffer, separator) {
  const parts = [];
  let start2 = 0;
  for (let end = buffer.indexOf(separator, start2); end !== -1; end = buffer.indexOf(separator, start2)) {
    parts.push(buffer.subarray(start2, end));
    start2 = end + 1;
  }
  if (start2 < buffer.length) parts.push(buffer.subarray(start2));
  return parts;
}
var INDEX_LINE, HUNK_HEADER;
var init_diff_parse = __esm({
  "src/sources/diff-parse.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    INDEX_LINE = /^index [0-9a-f]+\.\.([0-9a-f]+)/;
    HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  }
});

// src/sources/staged-diff.ts
async function* parseFullContextDiff(output, maxSize, work = { chars: 0 }) {
  let raw = Buffer.alloc(0);
  let rawDone = false;
  const decoder = new import_node_string_decoder2.StringDecoder("utf8");
  const unclaimed = /* @__PURE__ */ new Map();
  const take = (srcOid, dstOid) => {
    const queue = unclaimed.get(dstOid);
    if (!queue || queue.length === 0) return void 0;
    return queue.splice(Math.max(0, queue.findIndex((e) => e.srcOid === srcOid)), 1)[0];
  };
  const claim = (patch) => {
    work.chars += patch.length;
    const parsed = parseFilePatch(patch, maxSize);
    const entry = parsed && take(parsed.srcOid, parsed.dstOid);
    return parsed && entry ? { entry, content: parsed.content, size: parsed.size, added: parsed.added, binary: parsed.binary } : null;
  };
  const limit = 2 * maxSize + 65536;
  let held = [];
  let heldLength = 0;
  let text = "";
  let searchFrom = 1;
  let oversized = null;
  for await (const chunk of output) {
    let data = chunk;
    if (!rawDone) {
      raw = raw.length > 0 ? Buffer.concat([raw, chunk]) : chunk;
      const end = raw.indexOf(RAW_END);
      if (end === -1) continue;
      rawDone = true;
      for (const entry of parseRawZ(raw.subarray(0, end + 1))) {
        const queue = unclaimed.get(entry.dstOid);
        if (queue) queue.push(entry);
        else unclaimed.set(entry.dstOid, [entry]);
      }
      data = raw.subarray(end + 2);
    }
    text += decoder.write(data);
    for (; ; ) {
      const next = text.indexOf(FILE_HEADER, searchFrom);
      work.chars += (next === -1 ? text.length : next + FILE_HEADER.length) - searchFrom;
      if (next === -1) {
        const keep = Math.max(searchFrom, text.length - FILE_HEADER.length + 1);
        if (oversized === null && keep > 0) {
          held.push(text.slice(0, keep));
          heldLength += keep;
          if (heldLength > limit) {
            oversized = oids(head(held));
            held = [];
            heldLength = 0;
          }
        }
        text = text.slice(keep);
        searchFrom = 0;
        break;
      }
      const file = oversized ? claimTooLarge(oversized) : claim(held.join("") + text.slice(0, next + 1));
      held = [];
      heldLength = 0;
      oversized = null;
      text = text.slice(next + 1);
      searchFrom = 1;
      if (file) yield file;
    }
  }
  text += decoder.end();
  const last = oversized ? claimTooLarge(oversized) : heldLength + text.length > 0 ? claim(held.join("") + text) : null;
  if (last) yield last;
  for (const queue of unclaimed.values()) {
    for (const entry of queue) yield { entry, content: null, size: 0, added: [], binary: false };
  }
  function claimTooLarge(blobs) {
    const entry = take(blobs.srcOid, blobs.dstOid);
    return entry ? { entry, content: null, size: maxSize + 1, added: [], binary: false } : null;
  }
}
function head(pieces) {
  let text = "";
  for (const piece of pieces) {
    text += piece.slice(0, 4096);
    if (text.length >= 4096) break;
  }
  return text;
}
function oids(patch) {
  const index = INDEX.exec(patch.slice(0, 4096));
  return { srcOid: index?.[1] ?? "", dstOid: index?.[2] ?? "" };
}
function parseFilePatch(patch, maxSize) {
  const hunk = HUNK.exec(patch);
  const header = hunk ? patch.slice(0, hunk.index) : patch;
  const index = INDEX.exec(header);
  if (!index) return null;
  const [, srcOid = "", dstOid = ""] = index;
  const binary = /^Binary files /m.test(header);
  if (!hunk || binary) return { srcOid, dstOid, content: null, size: 0, added: [], binary };
  const body = patch.slice(hunk.index + hunk[0].length);
  if (body.startsWith("@@ ") || body.includes("\n@@ ")) return { srcOid, dstOid, content: null, size: 0, added: [], binary: false };
  let content = body.replace(TO_NEW_SIDE, "");
  if (newSideUnterminated(body) && content.endsWith("\n")) content = content.slice(0, -1);
  const size = Buffer.byteLength(content, "utf8");
  const start2 = Number(hunk[1]) || 1;
  const added = srcOid.replace(/0/g, "") === "" ? allLines(content, start2) : addedLines(body, start2);
  return { srcOid, dstOid, content: size <= maxSize ? content : null, size, added, binary: false };
}
function newSideUnterminated(body) {
  const marker = body.startsWith("\\") ? 0 : body.indexOf("\n\\");
  if (marker === -1) return false;
  const line = body.lastIndexOf("\n", marker - 1) + 1;
  return NEW_SIDE_UNTERMINATED.test(body.slice(line));
}
function allLines(content, start2) {
  if (content === "") return [];
  let lines = 1;
  for (let at = content.indexOf("\n"); at !== -1 && at < content.length - 1; at = content.indexOf("\n", at + 1)) lines++;
  return [[start2, start2 + lines - 1]];
}
function addedLines(body, start2) {
  const kinds = body.replace(LINE_KIND, "$1$2");
  const ranges = [];
  ADDED_RUN.lastIndex = 0;
  for (let run = ADDED_RUN.exec(kinds); run !== null; run = ADDED_RUN.exec(kinds)) {
    ranges.push([start2 + run.index, start2 + run.index + run[0].length - 1]);
  }
  return ranges;
}
var import_node_string_decoder2, RAW_END, FILE_HEADER, INDEX, HUNK, TO_NEW_SIDE, NEW_SIDE_UNTERMINATED, LINE_KIND, ADDED_RUN;
var init_staged_diff = __esm({
  "src/sources/staged-diff.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_string_decoder2 = require("node:string_decoder");
    init_diff_parse();
    RAW_END = Buffer.from([0, 0]);
    FILE_HEADER = "\ndiff --git ";
    INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/m;
    HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@[^\n]*(?:\n|$)/m;
    TO_NEW_SIDE = /^[-\\][^\n]*(?:\n|$)|^[+ ]/gm;
    NEW_SIDE_UNTERMINATED = /^[+ ][^\n]*\n\\/m;
    LINE_KIND = /^(?:[-\\][^\n]*(?:\n|$)|([^\n\\-])[^\n]*\n?|(\n))/gm;
    ADDED_RUN = /\++/g;
  }
});

// src/sources/staged-launch.ts
function stagedDiffArgs() {
  return ["-c", `core.bigFileThreshold=${WINDOW_BYTES}`, ...STAGED_DIFF, "--raw", "-z", "--no-abbrev", "-p", "--full-index", FULL_CONTEXT];
}
var STAGED_DIFF, FULL_CONTEXT;
var init_staged_launch = __esm({
  "src/sources/staged-launch.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_git_spawn();
    init_windows();
    STAGED_DIFF = ["diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv", "-M", "--diff-filter=ACMRT", "--src-prefix=a/", "--dst-prefix=b/"];
    FULL_CONTEXT = `-U${2 ** 31 - 1}`;
  }
});

// src/sources/staged-prefetch.ts
function stagedDiff(cwd) {
  return streamGit(stagedDiffArgs(), { cwd });
}
function adoptStagedDiff(cwd) {
  if (prefetched?.cwd !== cwd) return void 0;
  const { diff } = prefetched;
  prefetched = void 0;
  return diff;
}
var prefetched;
var init_staged_prefetch = __esm({
  "src/sources/staged-prefetch.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_git();
    init_staged_launch();
  }
});

// src/sources/staged.ts
async function createStagedSource(options) {
  const counters = new SourceCounters();
  const facts = [];
  const diff = adoptStagedDiff(options.cwd) ?? stagedDiff(options.cwd);
  const source = {
    mode: "staged",
    root: options.cwd,
    repoRoot: null,
    counters,
    facts,
    fragments: () => stagedFragments(diff, options, counters, facts, source)
  };
  return source;
}
async function* stagedFragments(diff, options, counters, facts, source) {
  const binary = [];
  let complete = false;
  try {
    for await (const file of parseFullContextDiff(diff.stdout, options.maxFileSize)) {
      const { entry } = file;
      if (entry.dstMode === GITLINK || entry.dstMode === SYMLINK) continue;
      const path13 = entry.path.toString("utf8");
      if (isDotenvPath(path13)) facts.push({ path: path13, state: "staged" });
      if (file.binary) {
        binary.push(entry);
        continue;
      }
      if (file.size > options.maxFileSize) {
        counters.tooLarge(path13);
        continue;
      }
      if (file.content === null || file.added.length === 0) continue;
      const text = counters.admitText(path13, file.content, file.size);
      if (text === null) continue;
      yield entry.status === "A" ? { path: path13, text } : { path: path13, text, addedLines: file.added };
      if (!diff.stdout.ended) await new Promise((resolve) => setImmediate(resolve));
    }
    complete = true;
  } finally {
    if (!complete) diff.stop();
  }
  try {
    await diff.finished();
  } catch (error2) {
    if (await findWorkTreeRoot(options.cwd).catch(() => options.cwd) === null) throw notARepository();
    throw error2;
  }
  if (facts.length > 0) {
    const root = await findWorkTreeRoot(options.cwd);
    if (root === null) throw notARepository();
    source.root = root;
    source.repoRoot = root;
  }
  if (binary.length > 0) yield* attributeHidden(binary, options, counters);
}
async function* attributeHidden(entries, options, counters) {
  const byOid = /* @__PURE__ */ new Map();
  for (const entry of entries) byOid.set(entry.dstOid, [...byOid.get(entry.dstOid) ?? [], entry]);
  const sizes = await objectSizes([...byOid.keys()], options.cwd);
  const wanted = [];
  for (const [oid, list2] of byOid) {
    const size = sizes.get(oid) ?? -1;
    if (size < 0) throw new GitError(`the index names an object git cannot read: ${oid}`, ["cat-file"], null, "");
    if (size > options.maxFileSize) for (const entry of list2) counters.tooLarge(entry.path.toString("utf8"));
    else wanted.push(oid);
  }
  const changed = /* @__PURE__ */ new Map();
  const scannedNow = (oid) => byOid.get(oid).some((entry) => entry.status === "A");
  for await (const { oid, fragment, size } of texts(wanted, options, scannedNow)) {
    const list2 = byOid.get(oid);
    if (size !== null) {
      for (const entry of list2) {
        if (fragment === null) counters.binary(entry.path.toString("utf8"));
        else counters.text(size);
      }
      const edits = list2.filter((entry) => entry.status !== "A");
      if (fragment !== null && edits.length > 0) changed.set(oid, edits);
    }
    if (fragment === null) continue;
    for (const entry of list2) if (entry.status === "A") yield fragment(entry.path.toString("utf8"));
  }
  if (changed.size === 0) return;
  const { added } = await addedLines2([...changed.values()].flat(), options.cwd);
  const needed = [...changed.keys()].filter((oid) => (added.get(oid) ?? []).length > 0);
  for await (const { oid, fragment } of texts(needed, options)) {
    if (fragment === null) continue;
    for (const entry of changed.get(oid)) yield { ...fragment(entry.path.toString("utf8")), addedLines: added.get(oid) };
  }
}
async function* texts(oids2, options, rest = () => true) {
  let passed = null;
  for await (const blob of readBlobs(oids2, { cwd: options.cwd, maxSize: options.maxFileSize, windowBytes: WINDOW_BYTES })) {
    const { oid, content, window: window2 } = blob;
    if (content === null) throw new GitError(`the index names an object git cannot read: ${oid}`, ["cat-file"], null, "");
    if (window2 === void 0) {
      const text = textOf(content);
      yield { oid, size: blob.size, fragment: text === null ? null : (path13) => ({ path: path13, text, bytes: content }) };
      continue;
    }
    if (!window2.first && passed === oid) continue;
    const binary = window2.first && isBinary(content);
    passed = binary || window2.first && !rest(oid) ? oid : null;
    yield { oid, size: window2.first ? blob.size : null, fragment: binary ? null : (path13) => windowFragment(path13, content, window2) };
  }
}
async function addedLines2(entries, cwd) {
  const args = [...STAGED_DIFF, "-p", "-U0", "--full-index", "--text", "--"];
  for (const e of entries) args.push(`:(top,literal)${e.srcPath.toString("utf8")}`, `:(top,literal)${e.path.toString("utf8")}`);
  const { stdout } = await git(args, { cwd });
  return parsePatchLines(stdout.toString("utf8"));
}
function notARepository() {
  return new InputError("not a git repository", "`leakwarden staged` scans what `git commit` would record: run it inside a repository");
}
var GITLINK, SYMLINK;
var init_staged = __esm({
  "src/sources/staged.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dotenv();
    init_errors();
    init_cat_file();
    init_diff_parse();
    init_git();
    init_source();
    init_staged_diff();
    init_staged_launch();
    init_staged_prefetch();
    init_windows();
    GITLINK = "160000";
    SYMLINK = "120000";
  }
});

// src/sources/stdin.ts
function createStdinSource(options) {
  const counters = new SourceCounters();
  return {
    mode: "stdin",
    root: options.cwd,
    repoRoot: null,
    counters,
    facts: [],
    async *fragments() {
      const chunks = [];
      let size = 0;
      for await (const chunk of options.input) {
        const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size <= options.maxFileSize) chunks.push(buffer);
      }
      if (size > options.maxFileSize) {
        counters.tooLarge(options.path);
        return;
      }
      if (size <= WINDOW_BYTES) {
        const content = Buffer.concat(chunks);
        const text = counters.admit(options.path, content);
        if (text !== null) yield { path: options.path, text, bytes: content };
        return;
      }
      yield* windowedFragments(options.path, released2(chunks), size, counters);
    }
  };
}
function* released2(chunks) {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    chunks[i] = EMPTY2;
    yield chunk;
  }
}
var EMPTY2;
var init_stdin = __esm({
  "src/sources/stdin.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_source();
    init_windows();
    EMPTY2 = Buffer.alloc(0);
  }
});

// src/sources/file-name.ts
function addName(into, bytes) {
  if ((0, import_node_buffer4.isUtf8)(bytes)) {
    const name = bytes.toString("utf8");
    into.names.push(name);
    return name;
  }
  const shown = escapeName(bytes);
  into.names.push(shown);
  into.raw.set(shown, Buffer.from(bytes));
  return shown;
}
function escapeName(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    const sequence2 = length > 0 && i + length <= bytes.length ? bytes.subarray(i, i + length) : null;
    if (sequence2 !== null && (0, import_node_buffer4.isUtf8)(sequence2)) {
      out += sequence2.toString("utf8");
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
function splitNulBytes(output) {
  const parts = [];
  let start2 = 0;
  for (let end = output.indexOf(0, start2); end !== -1; end = output.indexOf(0, start2)) {
    parts.push(output.subarray(start2, end));
    start2 = end + 1;
  }
  if (start2 < output.length) parts.push(output.subarray(start2));
  return parts;
}
var import_node_buffer4;
var init_file_name = __esm({
  "src/sources/file-name.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_buffer4 = require("node:buffer");
  }
});

// src/map-limit.ts
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
var init_map_limit = __esm({
  "src/map-limit.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
  }
});

// src/sources/glob.ts
var glob_exports = {};
__export(glob_exports, {
  walkFiles: () => walkFiles
});
function walkFiles(targets, root, counters, into) {
  const rootBytes = Buffer.from(root);
  const seen = /* @__PURE__ */ new Set();
  const add = (relative) => {
    const key = relative.toString("latin1");
    if (!seen.has(key)) {
      seen.add(key);
      addName(into, relative);
    }
  };
  const walk = (relative) => {
    let entries;
    try {
      entries = (0, import_node_fs7.readdirSync)(join(rootBytes, relative), { encoding: "buffer", withFileTypes: true });
    } catch (error2) {
      const code = error2.code;
      if (code !== "ENOENT") counters.unreadable(`${relative.length > 0 ? escapeName(relative) : "."}/`, code ?? error2.message);
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const child = relative.length > 0 ? Buffer.concat([relative, SLASH, name]) : Buffer.from(name);
      if (entry.isDirectory()) {
        if (!name.equals(GIT)) walk(child);
      } else if (entry.isFile()) add(child);
    }
  };
  for (const target2 of targets) {
    const relative = Buffer.from(toPosix(import_node_path9.default.relative(root, target2.absolute)));
    if (target2.isDirectory) walk(relative);
    else add(relative);
  }
}
function join(root, relative) {
  return relative.length === 0 ? root : Buffer.concat([root, Buffer.from(import_node_path9.default.sep), import_node_path9.default.sep === "/" ? relative : Buffer.from(relative.toString("utf8").split("/").join(import_node_path9.default.sep))]);
}
var import_node_fs7, import_node_path9, SLASH, GIT;
var init_glob = __esm({
  "src/sources/glob.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs7 = require("node:fs");
    import_node_path9 = __toESM(require("node:path"), 1);
    init_file_name();
    init_posix_path();
    SLASH = Buffer.from("/");
    GIT = Buffer.from(".git");
  }
});

// src/sources/worktree.ts
async function createWorktreeSource(options, place2) {
  const { targets, repoRoot, root } = place2 ?? await locateWorktree(options);
  const facts = [];
  const counters = new SourceCounters();
  const files = { names: [], raw: /* @__PURE__ */ new Map() };
  const named = /* @__PURE__ */ new Set();
  if (repoRoot !== null && options.gitignore) {
    const directories = targets.filter((t) => t.isDirectory);
    const pathspecs = directories.map((t) => `:(literal)${toPosix(import_node_path10.default.relative(repoRoot, t.absolute)) || "."}`);
    const listing = directories.length === 0 ? { tracked: [], untracked: [], stderr: "" } : await (place2?.listing ?? listFiles(repoRoot, pathspecs));
    const seen = /* @__PURE__ */ new Set();
    for (const [names, state] of [[listing.tracked, "tracked"], [listing.untracked, "untracked"]]) {
      for (const bytes of names) {
        const key = bytes.toString("latin1");
        if (seen.has(key)) continue;
        seen.add(key);
        const file = addName(files, bytes);
        if (isDotenvPath(file)) facts.push({ path: file, state });
      }
    }
    reportListingProblems(listing.stderr, counters, options.warn);
    const listed = new Set(files.names);
    const ignoredDirectories = [];
    for (const target2 of targets) {
      const file = toPosix(import_node_path10.default.relative(repoRoot, target2.absolute));
      if (target2.isDirectory) {
        const prefix = file === "" ? "" : `${file}/`;
        if (options.paths.length > 0 && file !== "" && !files.names.some((name) => name.startsWith(prefix))) ignoredDirectories.push(target2);
        continue;
      }
      named.add(file);
      if (listed.has(file)) continue;
      files.names.push(file);
      if (isDotenvPath(file)) facts.push({ path: file, state: "unknown" });
    }
    const walked = ignoredDirectories.length > 0 ? await ignoredByGit(repoRoot, ignoredDirectories) : [];
    if (walked.length > 0) {
      const { walkFiles: walkFiles2 } = await Promise.resolve().then(() => (init_glob(), glob_exports));
      const before = files.names.length;
      walkFiles2(walked, root, counters, files);
      for (const name of files.names.slice(before)) if (isDotenvPath(name)) facts.push({ path: name, state: "unknown" });
    }
  } else {
    const { walkFiles: walkFiles2 } = await Promise.resolve().then(() => (init_glob(), glob_exports));
    walkFiles2(targets, root, counters, files);
    if (repoRoot !== null) {
      for (const name of files.names) if (isDotenvPath(name)) facts.push({ path: name, state: "unknown" });
    }
    for (const target2 of targets) if (!target2.isDirectory) named.add(toPosix(import_node_path10.default.relative(root, target2.absolute)));
  }
  files.names.sort();
  const unique2 = files.names.filter((name, i) => i === 0 || name !== files.names[i - 1]);
  files.names.splice(0, files.names.length, ...unique2);
  return {
    mode: "dir",
    root,
    repoRoot,
    counters,
    facts,
    fragments: () => readFiles(files, root, options.maxFileSize, counters, named)
  };
}
async function listFiles(repoRoot, pathspecs) {
  const others = ["ls-files", "-z", "--others", "--exclude-standard"];
  if ((0, import_node_fs8.existsSync)(import_node_path10.default.join(repoRoot, ".gitmodules"))) {
    const [tracked2, untracked2] = await Promise.all([
      git(["ls-files", "-z", "--cached", "--recurse-submodules", "--", ...pathspecs], { cwd: repoRoot }),
      git([...others, "--", ...pathspecs], { cwd: repoRoot, env: { LC_ALL: "C" } })
    ]);
    return { tracked: splitNulBytes(tracked2.stdout), untracked: splitNulBytes(untracked2.stdout), stderr: untracked2.stderr };
  }
  const both = await git([...others, "--cached", "-t", "--", ...pathspecs], { cwd: repoRoot, env: { LC_ALL: "C" } });
  const tracked = [];
  const untracked = [];
  for (const entry of splitNulBytes(both.stdout)) (entry[0] === 63 ? untracked : tracked).push(entry.subarray(2));
  return { tracked, untracked, stderr: both.stderr };
}
async function ignoredByGit(repoRoot, directories) {
  const names = directories.map((t) => `${toPosix(import_node_path10.default.relative(repoRoot, t.absolute))}/`);
  const out = await git(["check-ignore", "-z", "--stdin"], { cwd: repoRoot, input: `${names.join("\0")}\0`, okExitCodes: [1] });
  const ignored = new Set(out.stdout.toString("utf8").split("\0"));
  return directories.filter((_, i) => ignored.has(names[i]));
}
async function locateWorktree(options) {
  const targets = resolveTargets(options.paths.length > 0 ? options.paths : ["."], options.cwd);
  const only = targets.length === 1 ? targets[0] : null;
  const early = options.gitignore === true && only !== null ? earlyListing(only) : null;
  early?.catch(() => {
  });
  const repoRoot = await repositoryOf(targets, options.warn);
  const root = repoRoot ?? (only !== null && only.isDirectory ? only.absolute : options.cwd);
  const place2 = { targets, repoRoot, root, whole: only !== null && only.isDirectory && sameDirectory(only.absolute, root) };
  return early !== null && repoRoot === only.absolute ? { ...place2, listing: early } : place2;
}
function earlyListing(target2) {
  if (!target2.isDirectory || !(0, import_node_fs8.existsSync)(import_node_path10.default.join(target2.absolute, ".git")) || (0, import_node_fs8.existsSync)(import_node_path10.default.join(target2.absolute, ".gitmodules"))) return null;
  return listFiles(target2.absolute, [":(literal)."]);
}
function sameDirectory(a, b) {
  try {
    return (0, import_node_fs8.realpathSync)(a) === (0, import_node_fs8.realpathSync)(b);
  } catch {
    return false;
  }
}
function reportListingProblems(stderr, counters, warn) {
  for (const line of stderr.split("\n")) {
    const unopened = /^warning: could not open directory '(.*)': (.*)$/.exec(line);
    if (unopened) counters.unreadable(unopened[1], unopened[2]);
    else if (line.trim() !== "") warn(`git: ${line.trim()}`);
  }
}
function resolveTargets(paths, cwd) {
  return paths.map((given) => {
    const resolved = import_node_path10.default.resolve(cwd, given);
    try {
      const isDirectory = (0, import_node_fs8.statSync)(resolved).isDirectory();
      const absolute = isDirectory ? (0, import_node_fs8.realpathSync)(resolved) : import_node_path10.default.join((0, import_node_fs8.realpathSync)(import_node_path10.default.dirname(resolved)), import_node_path10.default.basename(resolved));
      return { absolute, isDirectory };
    } catch (error2) {
      const code = error2.code;
      throw new InputError(
        code === "ENOENT" ? `no such file or directory: ${given}` : `cannot read ${given}: ${code ?? error2.message}`,
        code === "ENOENT" ? "check the path; `leakwarden dir` with no path scans the current directory" : "check the permissions on that path"
      );
    }
  });
}
async function repositoryOf(targets, warn) {
  let roots;
  try {
    const directories = [...new Set(targets.map((t) => t.isDirectory ? t.absolute : import_node_path10.default.dirname(t.absolute)))];
    const byDirectory = new Map(directories.map((dir, i) => [dir, i]));
    const found = await mapLimit(directories, 8, (dir) => findWorkTreeRoot(dir));
    roots = targets.map((t) => found[byDirectory.get(t.isDirectory ? t.absolute : import_node_path10.default.dirname(t.absolute))]);
  } catch (error2) {
    if (error2 instanceof GitError && error2.exitCode === null && /not installed/.test(error2.message)) {
      warn("git is not installed: scanning every file on disk (.gitignore is not applied, the .env check is skipped)");
      return null;
    }
    throw error2;
  }
  const distinct = new Set(roots);
  if (distinct.size > 1) {
    throw new InputError("the paths belong to different repositories (or some to none)", "scan each repository with its own `leakwarden dir` run");
  }
  return roots[0] ?? null;
}
function* readFiles(files, root, maxFileSize, counters, named) {
  const viaSymlink = symlinkedDirectories(root);
  const prefix = root + import_node_path10.default.sep;
  const rawPrefix = Buffer.from(prefix);
  for (const file of files.names) {
    const raw = files.raw.get(file);
    let fd;
    try {
      if (viaSymlink(import_node_path10.default.posix.dirname(raw === void 0 ? file : raw.toString("latin1")), raw !== void 0)) continue;
      fd = (0, import_node_fs8.openSync)(raw === void 0 ? prefix + file : Buffer.concat([rawPrefix, raw]), READ_FLAGS);
      const info2 = (0, import_node_fs8.fstatSync)(fd);
      if (!info2.isFile()) {
        if (named.has(file)) counters.unreadable(file, "not a regular file (a FIFO, device or socket): not read");
        continue;
      }
      if (info2.size > maxFileSize) {
        counters.tooLarge(file);
        continue;
      }
      if (info2.size > WINDOW_BYTES) {
        yield* windowedFragments(file, readPieces(fd, info2.size), info2.size, counters);
        continue;
      }
      const content = readWhole(fd, info2.size);
      const text = counters.admit(file, content);
      if (text !== null) yield { path: file, text, bytes: content };
    } catch (error2) {
      const code = error2.code;
      if (named.has(file) && code === "ELOOP") counters.unreadable(file, "a symbolic link: not followed (name the file it points to)");
      else if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "ELOOP" && code !== "EISDIR") {
        counters.unreadable(file, code ?? error2.message);
      }
    } finally {
      if (fd !== void 0) (0, import_node_fs8.closeSync)(fd);
    }
  }
}
function symlinkedDirectories(root) {
  const known = /* @__PURE__ */ new Map([[".", false], ["", false]]);
  const check = (dir, bytes) => {
    const key = bytes ? `\0${dir}` : dir;
    const cached = known.get(key);
    if (cached !== void 0) return cached;
    let linked;
    try {
      const where = bytes ? Buffer.concat([Buffer.from(root + import_node_path10.default.sep), Buffer.from(dir, "latin1")]) : import_node_path10.default.join(root, dir);
      linked = check(import_node_path10.default.posix.dirname(dir), bytes) || (0, import_node_fs8.lstatSync)(where).isSymbolicLink();
    } catch {
      linked = false;
    }
    known.set(key, linked);
    return linked;
  };
  return check;
}
function* readPieces(fd, size) {
  for (let offset = 0; offset < size; ) {
    const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, size - offset));
    const read = (0, import_node_fs8.readSync)(fd, piece, 0, piece.length, offset);
    if (read === 0) return;
    offset += read;
    yield read === piece.length ? piece : piece.subarray(0, read);
  }
}
function readWhole(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = (0, import_node_fs8.readSync)(fd, buffer, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}
var import_node_fs8, import_node_path10, READ_FLAGS, PIECE_BYTES;
var init_worktree = __esm({
  "src/sources/worktree.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs8 = require("node:fs");
    import_node_path10 = __toESM(require("node:path"), 1);
    init_dotenv();
    init_errors();
    init_file_name();
    init_git();
    init_map_limit();
    init_posix_path();
    init_source();
    init_windows();
    READ_FLAGS = import_node_fs8.constants.O_RDONLY | (import_node_fs8.constants.O_NOFOLLOW ?? 0) | (import_node_fs8.constants.O_NONBLOCK ?? 0);
    PIECE_BYTES = 1 << 20;
  }
});

// src/scan-options.ts
function isWholeHistory(select) {
  return select.kind === "refs" && select.range === null && select.sinceCommit === null && select.branch === null;
}
function scanOptions(target2, cwd, values) {
  const { maxFileSize, gitignore, strictIgnores, redact, config, baseline: baseline2, given, verify: verify2 } = values;
  return { target: target2, cwd, maxFileSize, gitignore, strictIgnores, redact, config, baseline: baseline2, given, verify: verify2 };
}
function withConfig(options, config) {
  const pick = (key, own) => options.given.has(key) ? own : config[key] ?? own;
  return {
    ...options,
    maxFileSize: pick("maxFileSize", options.maxFileSize),
    gitignore: pick("gitignore", options.gitignore),
    strictIgnores: pick("strictIgnores", options.strictIgnores)
  };
}
var init_scan_options = __esm({
  "src/scan-options.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
  }
});

// src/version.ts
function toolVersion() {
  return buildInfo?.version ?? JSON.parse((0, import_node_fs9.readFileSync)(new URL("../package.json", __leakwardenMeta.url), "utf8")).version;
}
var import_node_fs9;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs9 = require("node:fs");
    init_build_info();
  }
});

// src/verify/settings.ts
function verifySettings(flags, env) {
  if (!flags.verify && !flags.onlyVerified) return null;
  const connect = flags.connectHost ?? (env.OP_CONNECT_HOST?.trim() || null);
  const connectFrom = flags.connectHost !== null ? "--connect-host" : "OP_CONNECT_HOST";
  const openai = env.LEAKWARDEN_OPENAI_BASE_URL?.trim() || OPENAI_BASE_URL;
  return {
    timeoutMs: flags.timeoutMs,
    onlyVerified: flags.onlyVerified,
    connectHost: connect === null ? null : checkedBase(connect, connectFrom, "e.g. --connect-host https://connect.example.com:8443").href.replace(/\/+$/, ""),
    openaiBaseUrl: checkedBase(openai, "LEAKWARDEN_OPENAI_BASE_URL", `unset it to use ${OPENAI_BASE_URL}`).href.replace(/\/+$/, ""),
    onePasswordSdk: env.LEAKWARDEN_1PASSWORD_SDK?.trim() || ONEPASSWORD_SDK,
    proxyIgnored: !!(env.HTTPS_PROXY || env.https_proxy) && !env.NODE_USE_ENV_PROXY && !process.execArgv.includes("--use-env-proxy")
  };
}
function checkedBase(text, from, example) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${from} is not a URL`, example);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new UsageError(`${from} must be a plain base URL (no user name, password, query or fragment)`, example);
  }
  if (url.protocol === "https:" || url.protocol === "http:" && isLoopback(url.hostname)) return url;
  throw new UsageError(`${from} must be an https:// URL (plain http only to this machine: localhost, 127.0.0.0/8, ::1), got ${url.protocol}//${url.host}`, example);
}
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}
var OPENAI_BASE_URL, ONEPASSWORD_SDK;
var init_settings2 = __esm({
  "src/verify/settings.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_errors();
    OPENAI_BASE_URL = "https://api.openai.com/v1";
    ONEPASSWORD_SDK = "@1password/sdk";
  }
});

// src/verify/http.ts
async function getWithBearer(url, secret, options) {
  if (!(url.protocol === "https:" || url.protocol === "http:" && isLoopback(url.hostname))) {
    return { kind: "none", reason: `not sent: ${url.protocol}//${url.host} is neither https nor loopback`, sent: false };
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: "GET",
      redirect: "manual",
      signal,
      headers: { authorization: `Bearer ${secret}`, accept: "application/json", "user-agent": `leakwarden/${toolVersion()} (secret verification)` }
    });
    const body = options.readBody && !(response.status >= 300 && response.status < 400) ? await readJson(response) : await discard(response);
    return { kind: "answer", status: response.status, headers: response.headers, body };
  } catch (error2) {
    return { kind: "none", reason: failure2(error2, signal, options.timeoutMs), sent: true };
  }
}
async function readJson(response) {
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_BODY || response.body === null) return discard(response);
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}
async function discard(response) {
  await response.body?.cancel().catch(() => void 0);
  return null;
}
function failure2(error2, signal, timeoutMs) {
  if (signal.aborted) return `no answer within ${formatSeconds(timeoutMs)}`;
  const cause = error2?.cause;
  const code = typeof cause?.code === "string" && /^[A-Z0-9_]{1,40}$/.test(cause.code) ? cause.code : null;
  return `network error${code ? ` (${code})` : ""}`;
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(1))} s`;
}
function sentTo(url) {
  return `${url.origin}${url.pathname}`;
}
function cleanName(value) {
  if (typeof value !== "string") return null;
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ").trim();
  return text === "" ? null : text.slice(0, 200);
}
var MAX_BODY, MAX_NAMES;
var init_http = __esm({
  "src/verify/http.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_version();
    init_settings2();
    MAX_BODY = 2 * 1024 * 1024;
    MAX_NAMES = 100;
  }
});

// src/verify/provider.ts
function inconclusive(outcome2, provider, where) {
  if (outcome2.kind === "none") return { status: "unknown", provider, reason: outcome2.reason, ...outcome2.sent ? { sentTo: where } : {} };
  const { status } = outcome2;
  const reason = status >= 300 && status < 400 ? `redirected (HTTP ${status}); not followed, so the secret went nowhere else` : status === 429 ? "rate limited (HTTP 429): try again later" : status >= 500 ? `server error (HTTP ${status}): try again later` : `unexpected answer (HTTP ${status})`;
  return { status: "unknown", provider, reason, sentTo: where };
}
var init_provider = __esm({
  "src/verify/provider.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
  }
});

// src/verify/connect.ts
function seenHost(finding2) {
  const value = finding2.details.connectHost;
  return typeof value === "string" ? value : null;
}
function vaults(body) {
  if (!Array.isArray(body)) return {};
  const names = body.map((vault) => cleanName(vault?.name) ?? cleanName(vault?.id)).filter((name) => name !== null);
  return { vaults: names.slice(0, MAX_NAMES), ...names.length > MAX_NAMES ? { truncated: true } : {} };
}
var checkConnect;
var init_connect = __esm({
  "src/verify/connect.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_http();
    init_provider();
    checkConnect = async (secret, finding2, context) => {
      const host = context.options.connectHost;
      const seen = seenHost(finding2);
      if (host === null) {
        return {
          status: "unverifiable",
          provider: "1password-connect",
          reason: "no Connect server to ask: pass --connect-host URL or set OP_CONNECT_HOST",
          ...seen ? { hint: `the scanned file names ${seen} as its Connect server; it was not contacted (anyone can write a host into a file): pass --connect-host ${seen} if it is yours` } : {}
        };
      }
      const url = new URL(`${host}/v1/vaults`);
      const where = sentTo(url);
      const outcome2 = await getWithBearer(url, secret, { timeoutMs: context.options.timeoutMs, readBody: true, ...context.fetch ? { fetch: context.fetch } : {} });
      const elsewhere = seen && seen !== new URL(host).origin ? { hint: `the scanned file names another Connect server, ${seen} (not contacted)` } : {};
      if (outcome2.kind === "answer" && outcome2.status === 200) {
        return { status: "live", provider: "1password-connect", reason: `the Connect server at ${url.origin} accepted the token (HTTP 200)`, sentTo: where, access: vaults(outcome2.body), ...elsewhere };
      }
      if (outcome2.kind === "answer" && outcome2.status === 401) {
        return { status: "revoked", provider: "1password-connect", reason: `the Connect server at ${url.origin} rejected the token (HTTP 401): revoked, or issued for another Connect server`, sentTo: where, ...elsewhere };
      }
      return { ...inconclusive(outcome2, "1password-connect", where), ...elsewhere };
    };
  }
});

// src/verify/openai.ts
function projects(body) {
  const data = body?.data;
  if (!Array.isArray(data)) return {};
  const names = data.map((project) => cleanName(project?.name) ?? cleanName(project?.id)).filter((name) => name !== null);
  const more = body.has_more === true || names.length > MAX_NAMES;
  return { projects: names.slice(0, MAX_NAMES), ...more ? { truncated: true } : {} };
}
function errorCode(outcome2) {
  const code = outcome2.body?.error?.code;
  return typeof code === "string" && /^[a-z0-9_]{1,60}$/.test(code) ? `: ${code}` : "";
}
function missingScopes(outcome2) {
  const message2 = outcome2.body?.error?.message;
  return typeof message2 === "string" && /missing scopes|insufficient permissions/i.test(message2);
}
var checkOpenAI;
var init_openai = __esm({
  "src/verify/openai.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_http();
    init_provider();
    checkOpenAI = async (secret, _finding, context) => {
      const admin = secret.startsWith("sk-admin-");
      const url = new URL(`${context.options.openaiBaseUrl}/${admin ? `organization/projects?limit=${MAX_NAMES}` : "models"}`);
      const where = sentTo(url);
      const outcome2 = await getWithBearer(url, secret, { timeoutMs: context.options.timeoutMs, readBody: true, ...context.fetch ? { fetch: context.fetch } : {} });
      if (outcome2.kind === "none") return inconclusive(outcome2, "openai", where);
      const organization = cleanName(outcome2.headers.get("openai-organization"));
      const base = organization ? { organization } : {};
      switch (outcome2.status) {
        case 200:
          return {
            status: "live",
            provider: "openai",
            reason: `OpenAI accepted the key (HTTP 200 from ${admin ? "the projects endpoint: an admin key" : "/models"})`,
            sentTo: where,
            access: admin ? { ...base, ...projects(outcome2.body) } : base
          };
        case 401:
          return { status: "revoked", provider: "openai", reason: `OpenAI rejected the key (HTTP 401${errorCode(outcome2)})`, sentTo: where };
        case 403:
          if (missingScopes(outcome2)) {
            return { status: "live", provider: "openai", reason: "OpenAI accepted the key, but it is restricted: it may not list models (HTTP 403, missing scopes)", sentTo: where, access: { ...base, restricted: true } };
          }
          return inconclusive(outcome2, "openai", where);
        default:
          return inconclusive(outcome2, "openai", where);
      }
    };
  }
});

// src/verify/onepassword-sdk.ts
function classify(error2, timeoutMs) {
  if (error2 instanceof TimedOut) return { status: "unknown", reason: `no answer within ${formatSeconds(timeoutMs)}` };
  const kind = error2?.constructor?.name;
  const message2 = String(error2?.message ?? "");
  if (kind === "AuthExpiredError" || /you are not authenticated|bad service account token|please rotate it/i.test(message2)) {
    return { status: "revoked", reason: "1Password rejected the token (not authenticated): revoked, expired, or its service account deleted" };
  }
  if (kind === "RateLimitExceededError" || /rate limit exceeded/i.test(message2)) return { status: "unknown", reason: "rate limited by 1Password: try again later" };
  if (/invalid service account token|had invalid format|decoding failed|deserialization failed/i.test(message2)) {
    return { status: "unknown", reason: "the SDK could not read the token (altered or cut short?), so it was not checked" };
  }
  if (/request timeout/i.test(message2)) return { status: "unknown", reason: "1Password did not answer in time" };
  return { status: "unknown", reason: "the 1Password SDK could not sign in (a network or server problem): try again later" };
}
function withTimeout(work, ms) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
    timer.unref();
  });
  work.catch(() => void 0);
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
function hostOf(address) {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`);
    return url.hostname === "" ? null : url.hostname.toLowerCase();
  } catch {
    return null;
  }
}
var import_node_module, import_node_path11, SdkUnavailable, loadOnePasswordSdk, SDK_HINT, ONEPASSWORD_DOMAINS, checkServiceAccount, TimedOut;
var init_onepassword_sdk = __esm({
  "src/verify/onepassword-sdk.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_module = require("node:module");
    import_node_path11 = __toESM(require("node:path"), 1);
    init_version();
    init_http();
    init_http();
    SdkUnavailable = class extends Error {
      constructor(missing, reason) {
        super(reason);
        this.missing = missing;
      }
      missing;
      name = "SdkUnavailable";
    };
    loadOnePasswordSdk = async (specifier) => {
      const target2 = specifier.startsWith(".") ? import_node_path11.default.resolve(specifier) : specifier;
      let loaded2;
      try {
        loaded2 = (0, import_node_module.createRequire)(__leakwardenMeta.url)(target2);
      } catch (error2) {
        const code = error2.code;
        if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") throw new SdkUnavailable(true, `${specifier} is not installed`);
        throw new SdkUnavailable(false, `${specifier} could not be loaded${typeof code === "string" ? ` (${code})` : ""}`);
      }
      const sdk = loaded2;
      if (typeof sdk?.createClient !== "function") throw new SdkUnavailable(false, `${specifier} is not the 1Password SDK (it has no createClient)`);
      return sdk;
    };
    SDK_HINT = "install it beside leakwarden to check service-account tokens (npm install @1password/sdk; -g for a global leakwarden), or point LEAKWARDEN_1PASSWORD_SDK at an installed copy";
    ONEPASSWORD_DOMAINS = ["1password.com", "1password.ca", "1password.eu"];
    checkServiceAccount = async (secret, finding2, context) => {
      const address = typeof finding2.details.signInAddress === "string" ? finding2.details.signInAddress : null;
      const host = address === null ? null : hostOf(address);
      if (host === null) {
        return { status: "unverifiable", provider: "1password", reason: "the token's sign-in address could not be read, so it was not sent anywhere" };
      }
      if (!ONEPASSWORD_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
        return { status: "unverifiable", provider: "1password", reason: `the token names ${host} as its sign-in address, which is not 1Password's: it was not sent there` };
      }
      const where = `https://${host}`;
      let sdk;
      try {
        sdk = await context.onePasswordSdk();
      } catch (error2) {
        const reason2 = error2 instanceof SdkUnavailable ? error2.message : "the 1Password SDK could not be loaded";
        return { status: "unknown", provider: "1password", reason: reason2, hint: error2 instanceof SdkUnavailable && !error2.missing ? "reinstall @1password/sdk" : SDK_HINT };
      }
      const { timeoutMs } = context.options;
      let client;
      try {
        client = await withTimeout(sdk.createClient({ auth: secret, integrationName: "leakwarden", integrationVersion: toolVersion() }), timeoutMs);
      } catch (error2) {
        return { ...classify(error2, timeoutMs), provider: "1password", sentTo: where };
      }
      const reason = `1Password accepted the token (signed in at ${host})`;
      try {
        const listed = await withTimeout(client.vaults.list(), timeoutMs);
        const names = listed.map((vault) => cleanName(vault?.title) ?? cleanName(vault?.id)).filter((name) => name !== null);
        return { status: "live", provider: "1password", reason, sentTo: where, access: { vaults: names.slice(0, MAX_NAMES), ...names.length > MAX_NAMES ? { truncated: true } : {} } };
      } catch {
        return { status: "live", provider: "1password", reason: `${reason}; its vaults could not be listed`, sentTo: where };
      }
    };
    TimedOut = class extends Error {
    };
  }
});

// src/verify/runner.ts
var runner_exports = {};
__export(runner_exports, {
  CONCURRENCY: () => CONCURRENCY,
  keepLive: () => keepLive,
  verifyFindings: () => verifyFindings
});
async function verifyFindings(findings, options, hooks, seams = {}) {
  const said = /* @__PURE__ */ new Set();
  const warnOnce = (message2) => {
    if (said.has(message2)) return;
    said.add(message2);
    hooks.warn(message2);
  };
  let sdk = null;
  const context = {
    options,
    ...seams.fetch ? { fetch: seams.fetch } : {},
    warnOnce,
    onePasswordSdk: () => sdk ??= (seams.loadOnePasswordSdk ?? loadOnePasswordSdk)(options.onePasswordSdk)
  };
  const checks = /* @__PURE__ */ new Map();
  const limit = limiter(CONCURRENCY);
  const pending2 = findings.map((finding2) => {
    const key = incidentFingerprint(finding2);
    let result = checks.get(key);
    if (!result) checks.set(key, result = verifyOne(finding2, context, limit));
    return result;
  });
  if (options.proxyIgnored && findings.some((finding2) => CHECKS[finding2.ruleId])) {
    warnOnce("HTTPS_PROXY is set, but node's fetch ignores it unless NODE_USE_ENV_PROXY=1 (on a node version that has it): the checks go direct");
  }
  const results = await Promise.all(pending2);
  const secrets = { live: 0, revoked: 0, unknown: 0, unverifiable: 0 };
  for (const verification of await Promise.all(checks.values())) secrets[verification.status]++;
  return { findings: findings.map((finding2, i) => ({ ...finding2, verification: results[i] })), summary: { secrets, leftOut: null } };
}
async function verifyOne(finding2, context, limit) {
  const known = CHECKS[finding2.ruleId];
  if (!known || finding2.secret === "") {
    return { status: "unverifiable", provider: null, reason: NO_CHECK[finding2.ruleId] ?? "no check exists for this kind of secret" };
  }
  try {
    const verification = await limit(() => known.check(finding2.secret, finding2, context));
    if (verification.hint && verification.provider === "1password" && verification.status === "unknown") {
      context.warnOnce(`${verification.reason}: 1Password service-account tokens are reported as unknown; ${verification.hint}`);
    }
    return verification;
  } catch {
    return { status: "unknown", provider: known.provider, reason: "the check failed unexpectedly" };
  }
}
function keepLive(result) {
  const findings = result.findings.filter((finding2) => finding2.verification?.status === "live");
  const incidents = result.incidents?.filter((incident) => incident.verification?.status === "live");
  const summary2 = result.verification ?? { secrets: { live: 0, revoked: 0, unknown: 0, unverifiable: 0 }, leftOut: null };
  return {
    ...result,
    findings,
    ...incidents ? { incidents } : {},
    verification: { ...summary2, leftOut: { findings: result.findings.length - findings.length, incidents: (result.incidents?.length ?? 0) - (incidents?.length ?? 0) } }
  };
}
function limiter(size) {
  let running = 0;
  const waiting = [];
  return async (work) => {
    if (running >= size) await new Promise((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
var CHECKS, NO_CHECK, CONCURRENCY;
var init_runner = __esm({
  "src/verify/runner.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_fingerprint();
    init_connect();
    init_openai();
    init_onepassword_sdk();
    CHECKS = {
      "openai-api-key": { provider: "openai", check: checkOpenAI },
      "1password-connect-token": { provider: "1password-connect", check: checkConnect },
      "1password-service-account-token": { provider: "1password", check: checkServiceAccount }
    };
    NO_CHECK = {
      "1password-secret-key": "no check exists: a Secret Key opens nothing without the account password",
      "1password-recovery-code": "no check exists: trying a recovery code would use it up",
      "1password-connect-credentials": "no check exists for a Connect server's credentials file",
      "generic-secret": "no check exists: a generic secret could belong to any service",
      "dotenv-not-gitignored": "a file-level check: no secret to ask about"
    };
    CONCURRENCY = 4;
  }
});

// src/history/log.ts
var log_exports = {};
__export(log_exports, {
  AUDIT_REVISIONS: () => AUDIT_REVISIONS,
  LogParser: () => LogParser,
  gitLog: () => gitLog
});
function gitLog(cwd, revisions) {
  return streamGit(
    [
      "log",
      "--raw",
      "-z",
      "-c",
      "--no-abbrev",
      "--root",
      "--no-renames",
      "--no-ext-diff",
      "--no-textconv",
      "--no-show-signature",
      "--no-color",
      FORMAT,
      ...revisions
    ],
    { cwd }
  );
}
function parseRawHeader(data, from, end) {
  let parents = 0;
  while (data[from + parents] === COLON) parents++;
  const fields = [];
  for (let at = from + parents; at <= end && fields.length < 2 * parents + 2; ) {
    let space = data.indexOf(SPACE, at);
    if (space === -1 || space > end) space = end;
    fields.push(data.toString("latin1", at, space));
    at = space + 1;
  }
  const modes = fields.slice(0, parents + 1);
  const oids2 = fields.slice(parents + 1, 2 * parents + 2);
  if (oids2.length !== parents + 1) throw new Error(`unexpected raw diff record: ${data.toString("utf8", from, Math.min(end, from + 120))}`);
  const before = [];
  for (let i = 0; i < parents; i++) {
    const oid = oids2[i];
    if (isRegularFile(modes[i]) && !ZERO_OID.test(oid) && !before.includes(oid)) before.push(oid);
  }
  const after = oids2[parents];
  return { blob: isRegularFile(modes[parents]) && !ZERO_OID.test(after) ? after : null, before };
}
function isRegularFile(mode) {
  return mode.startsWith("100");
}
var AUDIT_REVISIONS, RECORD, COLON, SPACE, FORMAT, HEADER_FIELDS, ZERO_OID, LogParser;
var init_log = __esm({
  "src/history/log.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_git();
    AUDIT_REVISIONS = ["--all"];
    RECORD = 1;
    COLON = 58;
    SPACE = 32;
    FORMAT = "--format=%x01%H%x00%aI%x00%an%x00%ae";
    HEADER_FIELDS = 4;
    ZERO_OID = /^0+$/;
    LogParser = class {
      carry = null;
      header = null;
      changes = [];
      /** The raw entry whose path is the next field. */
      pending = null;
      push(chunk, onCommit) {
        const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
        let start2 = 0;
        for (let end = data.indexOf(0, start2); end !== -1; end = data.indexOf(0, start2)) {
          const at = start2;
          start2 = end + 1;
          if (this.pending !== null) {
            this.changes.push({ path: data.toString("utf8", at, end), blob: this.pending.blob, before: this.pending.before });
            this.pending = null;
            continue;
          }
          if (this.header !== null && this.header.length < HEADER_FIELDS) {
            this.header.push(data.toString("utf8", at, end));
            continue;
          }
          const from = data[at] === 10 ? at + 1 : at;
          if (data[from] === RECORD) {
            this.finish(onCommit);
            this.header = [data.toString("latin1", from + 1, end)];
          } else if (data[from] === COLON) {
            this.pending = parseRawHeader(data, from, end);
          } else if (from < end) {
            throw new Error(`unexpected git log output: ${JSON.stringify(data.toString("utf8", from, Math.min(end, from + 80)))}`);
          }
        }
        this.carry = start2 < data.length ? Buffer.from(data.subarray(start2)) : null;
      }
      /** The output has ended: the last commit, or an error if it ended inside a record. */
      end(onCommit) {
        const { carry } = this;
        if (this.pending !== null || carry !== null && carry.length > 0 && carry.toString("utf8").trim() !== "") {
          throw new Error("git log output ended in the middle of a record");
        }
        this.finish(onCommit);
      }
      finish(onCommit) {
        const { header } = this;
        if (header === null) return;
        const [sha2 = "", date = "", author = "", email = ""] = header;
        const commit = { sha: sha2, date, author, email, changes: this.changes };
        this.header = null;
        this.changes = [];
        onCommit(commit);
      }
    };
  }
});

// src/history/scope.ts
var scope_exports = {};
__export(scope_exports, {
  PARTIAL_CLONE_HINT: () => PARTIAL_CLONE_HINT,
  resolveScope: () => resolveScope
});
async function resolveScope(cwd, request2) {
  if (request2.kind === "refs" && request2.range !== null && request2.sinceCommit !== null) {
    throw new UsageError("give either a range or --since-commit, not both", "e.g. leakwarden history main..HEAD, or leakwarden history --since-commit main");
  }
  if (request2.kind === "refs" && request2.range !== null && request2.branch !== null) {
    throw new UsageError("--branch does not combine with a range", "the range names its tip: leakwarden history BASE..BRANCH");
  }
  const auditHead = isWholeHistory(request2) ? optionalCommit(cwd, "HEAD") : null;
  auditHead?.catch(() => {
  });
  const [info2, promisors] = await Promise.all([
    git(["rev-parse", "--is-shallow-repository", "--path-format=absolute", "--git-path", "shallow"], { cwd }),
    git(["config", "--get-regexp", "^(remote\\..*\\.promisor|extensions\\.partialclone)$"], { cwd, okExitCodes: [1] })
  ]);
  const [shallowFlag = "", shallowFile = ""] = info2.stdout.toString("utf8").split("\n");
  const shallow = shallowFlag.trim() === "true";
  const partialClone = promisors.stdout.toString("utf8").split("\n").some((line) => line !== "" && !/ false$/i.test(line));
  if (request2.kind === "pushed") {
    const { exclude, label: label3 } = request2;
    const tips = await Promise.all(request2.tips.map((name) => resolveCommit(cwd, name, shallow)));
    const revisions = exclude.length > 0 ? [...tips, "--not", ...exclude] : tips;
    await checkCommits(cwd, revisions, label3, shallow, shallowFile);
    return { revisions, range: label3, refs: label3, head: tips[0] ?? null, allRefs: false, partialClone };
  }
  const bounds = request2.sinceCommit !== null ? { base: request2.sinceCommit, tip: request2.branch ?? "HEAD" } : request2.range !== null ? parseRange(request2.range) : null;
  if (bounds === null) {
    if (shallow) {
      throw new InputError("this is a shallow clone: the history before its cut is missing, so an audit would be incomplete", UNSHALLOW_HINT);
    }
    if (request2.branch !== null) {
      const tip2 = await resolveCommit(cwd, request2.branch, shallow);
      return { revisions: [tip2], range: null, refs: request2.branch, head: tip2, allRefs: false, partialClone };
    }
    const head2 = await (auditHead ?? optionalCommit(cwd, "HEAD"));
    return { revisions: AUDIT_REVISIONS, range: null, refs: "--all", head: head2, allRefs: true, partialClone };
  }
  const [base, tip] = await Promise.all([resolveCommit(cwd, bounds.base, shallow), resolveCommit(cwd, bounds.tip, shallow)]);
  const label2 = `${bounds.base}..${bounds.tip}`;
  await checkCommits(cwd, [tip, "--not", base], label2, shallow, shallowFile, `${bounds.tip} is already part of ${bounds.base}`);
  return { revisions: [tip, "--not", base], range: label2, refs: label2, head: tip, allRefs: false, partialClone };
}
async function checkCommits(cwd, revisions, label2, shallow, shallowFile, why = "nothing to scan") {
  const listed = await git(["rev-list", ...revisions], { cwd });
  const commits = listed.stdout.toString("utf8").split("\n").filter((line) => line !== "");
  if (commits.length === 0) {
    throw new InputError(`the range ${label2} has no commits: ${why}`, "check the order (BASE..HEAD) and that both names are what you meant");
  }
  if (!shallow) return;
  const cut = new Set((await (0, import_promises2.readFile)(shallowFile, "utf8").catch(() => "")).split("\n").filter((line) => line !== ""));
  const cutInRange = commits.find((sha2) => cut.has(sha2));
  if (cutInRange !== void 0) {
    throw new InputError(`the shallow clone cuts the range ${label2} at ${cutInRange.slice(0, 12)}: the commits below it are missing`, UNSHALLOW_HINT);
  }
}
function parseRange(range) {
  const at = range.indexOf("..");
  if (at <= 0 || range.startsWith("...", at)) {
    throw new UsageError(`invalid range "${range}"`, "give BASE..HEAD (two dots), e.g. origin/main..HEAD, or --since-commit BASE");
  }
  const tip = range.slice(at + 2);
  return { base: range.slice(0, at), tip: tip === "" ? "HEAD" : tip };
}
async function resolveCommit(cwd, name, shallow) {
  if (name.startsWith("-")) throw new UsageError(`"${name}" is not a revision`, "name a commit, branch or tag");
  const sha2 = await optionalCommit(cwd, name);
  if (sha2 !== null) return sha2;
  throw new InputError(
    `unknown revision "${name}"${shallow ? " (this is a shallow clone, which may not have it)" : ""}`,
    shallow ? UNSHALLOW_HINT : `check the name, or fetch it first: git fetch origin ${name}`
  );
}
async function optionalCommit(cwd, name) {
  try {
    const out = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${name}^{commit}`], { cwd, okExitCodes: [1] });
    const sha2 = out.stdout.toString("utf8").trim();
    return out.exitCode === 0 && sha2 !== "" ? sha2 : null;
  } catch (error2) {
    if (error2 instanceof GitError && error2.exitCode === 128 && !/not a git repository|dubious ownership/i.test(error2.stderr)) return null;
    throw error2;
  }
}
var import_promises2, UNSHALLOW_HINT, PARTIAL_CLONE_HINT;
var init_scope = __esm({
  "src/history/scope.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_promises2 = require("node:fs/promises");
    init_errors();
    init_scan_options();
    init_git();
    init_log();
    UNSHALLOW_HINT = "fetch the missing history: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)";
    PARTIAL_CLONE_HINT = "fetch every blob first: git config --unset remote.origin.partialclonefilter && git fetch --refetch origin (or clone without --filter)";
  }
});

// src/history/branches.ts
function startBranchWalk(cwd) {
  let stopped = false;
  let walk = null;
  const started = (async () => {
    const refs = await git(["for-each-ref", "--format=%(objectname)%00%(refname:short)%00%(symref)", "refs/heads", "refs/remotes"], { cwd });
    const tips = /* @__PURE__ */ new Map();
    for (const line of refs.stdout.toString("utf8").split("\n")) {
      const [oid, name, symref] = line.split("\0");
      if (!oid || !name || symref !== "") continue;
      const names = tips.get(oid);
      if (names) names.push(name);
      else tips.set(oid, [name]);
    }
    if (tips.size > 0 && !stopped) walk = streamGit(["rev-list", "--topo-order", "--parents", "--stdin"], { cwd, input: `${[...tips.keys()].join("\n")}
` });
    return { tips, walk };
  })();
  started.catch(() => {
  });
  return {
    async containing(commits) {
      const found = /* @__PURE__ */ new Map();
      const { tips, walk: walk2 } = await started;
      if (walk2 === null) return found;
      if (commits.size === 0) {
        walk2.stop();
        return found;
      }
      const sets = new BranchSets([...new Set([...tips.values()].flat())].sort());
      const tipSets = new Map([...tips].map(([oid, names]) => [oid, sets.of(names)]));
      const frontier = /* @__PURE__ */ new Map();
      let carry = "";
      const visit = (line) => {
        if (line === "") return;
        const [commit = "", ...parents] = line.split(" ");
        let set = frontier.get(commit) ?? sets.empty;
        frontier.delete(commit);
        const tip = tipSets.get(commit);
        if (tip !== void 0) set = sets.union(set, tip);
        if (commits.has(commit)) found.set(commit, sets.names(set));
        for (const parent of parents) frontier.set(parent, sets.union(frontier.get(parent) ?? sets.empty, set));
      };
      for await (const chunk of walk2.stdout) {
        const lines = (carry + chunk.toString("latin1")).split("\n");
        carry = lines.pop();
        for (const line of lines) visit(line);
      }
      visit(carry);
      await walk2.finished();
      return found;
    },
    stop() {
      stopped = true;
      walk?.stop();
    }
  };
}
var BranchSets;
var init_branches = __esm({
  "src/history/branches.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_git();
    BranchSets = class {
      constructor(branches) {
        this.branches = branches;
      }
      branches;
      members = [[]];
      ids = /* @__PURE__ */ new Map([["", 0]]);
      unions = /* @__PURE__ */ new Map();
      empty = 0;
      of(names) {
        return this.intern(names.map((name) => this.branches.indexOf(name)));
      }
      names(id) {
        return this.members[id].map((i) => this.branches[i]);
      }
      union(a, b) {
        if (a === b || b === 0) return a;
        if (a === 0) return b;
        const key = a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
        let id = this.unions.get(key);
        if (id === void 0) {
          id = this.intern([...this.members[a], ...this.members[b]]);
          this.unions.set(key, id);
        }
        return id;
      }
      intern(indices) {
        const sorted = [...new Set(indices)].sort((x, y) => x - y);
        const key = sorted.join(",");
        let id = this.ids.get(key);
        if (id === void 0) {
          id = this.members.push(sorted) - 1;
          this.ids.set(key, id);
        }
        return id;
      }
    };
  }
});

// src/history/scan-history.ts
var scan_history_exports = {};
__export(scan_history_exports, {
  secretKey: () => secretKey2,
  walkHistory: () => walkHistory
});
function secretKey2(finding2) {
  return `${finding2.ruleId}\0${finding2.identity ?? finding2.secret}`;
}
async function walkHistory(cwd, scope, detector, options) {
  const counters = new SourceCounters();
  const oids2 = new Interned();
  const paths = new Interned();
  const people = [];
  const personIds = /* @__PURE__ */ new Map();
  const pathSignature = new IntColumn();
  const signatureIds = /* @__PURE__ */ new Map();
  const commitShas = [];
  const commitDates = [];
  const commitPeople = new IntColumn();
  const changeCommit = new IntColumn();
  const changePath = new IntColumn();
  const changeBlob = new IntColumn();
  const beforeEnd = new IntColumn();
  const befores = new IntColumn();
  const readings = [];
  const readingPath = new IntColumn();
  const readingOf = [];
  const dotenv = [];
  let blobsTotal = 0;
  let distinctBlobs = 0;
  let blobsDone = 0;
  let listed = false;
  const signatureId = (path13) => {
    const signature = detector.pathSignature(path13);
    let id = signatureIds.get(signature);
    if (id === void 0) {
      signatureIds.set(signature, id = signatureIds.size);
      readingOf.push(new IntColumn());
    }
    return id;
  };
  const pathId = (path13) => {
    const known = paths.size;
    const id = paths.id(path13);
    if (id === known) pathSignature.push(signatureId(path13));
    return id;
  };
  const personId = (name, email) => {
    const key = `${name}\0${email}`;
    let id = personIds.get(key);
    if (id === void 0) personIds.set(key, id = people.push({ name, email }) - 1);
    return id;
  };
  const authors = /* @__PURE__ */ new Map();
  const authorOf = (commit) => {
    let author = authors.get(commit);
    if (author === void 0) {
      const { name, email } = people[commitPeople.get(commit)];
      authors.set(commit, author = { name, email, date: commitDates[commit] });
    }
    return author;
  };
  const reading = (oid, signature) => {
    const n = readingOf[signature].get(oid);
    return n === 0 ? void 0 : readings[n - 1];
  };
  const anyReading = (oid) => {
    for (let id = 0; id < readingOf.length; id++) {
      const result = reading(oid, id);
      if (result !== void 0) return result;
    }
    return void 0;
  };
  const resultOf = (oid, path13) => {
    const result = reading(oid, pathSignature.get(path13));
    return hasFindings(result) ? result : NONE2;
  };
  let foundAny = false;
  const found = () => {
    if (foundAny) return;
    foundAny = true;
    options.onFinding?.();
  };
  const report = () => options.progress?.({ blobsDone, blobsTotal, bytes: counters.bytes, commits: commitShas.length, listed });
  const deliver = (id, outcome2) => {
    readings[id] = record2(paths.value(readingPath.get(id)), outcome2);
    blobsDone++;
    if ((blobsDone & 255) === 0) report();
  };
  const record2 = (path13, outcome2) => {
    switch (outcome2.kind) {
      case "text":
        counters.text(outcome2.bytes);
        if (outcome2.findings.length === 0) return NONE2;
        found();
        return outcome2.findings;
      case "binary":
        counters.binary(path13);
        return null;
      case "too-large":
        counters.tooLarge(path13);
        return null;
      case "missing":
        counters.unreadable(path13, "object missing from the repository");
        return null;
      case "unfinished":
        counters.unreadable(path13, outcome2.detail);
        return null;
    }
  };
  const readBlobs2 = async (started, produce) => {
    const scanner = await started;
    const want = (oid, path13) => {
      const signature = pathSignature.get(path13);
      if (reading(oid, signature) !== void 0) return;
      if (anyReading(oid) === void 0) distinctBlobs++;
      const id = readings.push(PENDING) - 1;
      readingPath.push(path13);
      readingOf[signature].set(oid, id + 1);
      blobsTotal++;
      scanner.want(id, oids2.value(oid), paths.value(path13));
    };
    let failure3 = null;
    await produce(want).catch((error2) => failure3 = { error: error2 });
    await scanner.finish().catch((error2) => failure3 ??= { error: error2 });
    if (failure3) throw failure3.error;
  };
  let second = null;
  const startSecond = () => second ??= options.scanner(deliver);
  const first = readBlobs2(options.scanner(deliver), async (want) => {
    const log = options.log ?? gitLog(cwd, scope.revisions);
    const onCommit = (commit) => {
      const index = commitShas.push(commit.sha) - 1;
      commitDates.push(commit.date);
      commitPeople.push(personId(commit.author, commit.email));
      for (const change of commit.changes) {
        const path13 = pathId(change.path);
        const blob = change.blob === null ? -1 : oids2.id(change.blob);
        changeCommit.push(index);
        changePath.push(path13);
        changeBlob.push(blob);
        for (const oid of change.before) befores.push(oids2.id(oid));
        beforeEnd.push(befores.length);
        if (blob !== -1) {
          want(blob, path13);
          if (change.before.length === 0 && isDotenvPath(change.path)) {
            dotenv.push({ path: paths.value(path13), commit: commit.sha, author: authorOf(index) });
            found();
          }
        }
      }
    };
    try {
      const parser = new LogParser();
      for await (const chunk of log.stdout) parser.push(chunk, onCommit);
      parser.end(onCommit);
    } catch (error2) {
      log.stop();
      throw error2;
    }
    await log.finished();
    listed = true;
    report();
    startSecond();
  });
  await first.catch(async (error2) => {
    if (second !== null) await Promise.resolve(second).then((scanner) => scanner.finish()).catch(() => {
    });
    throw error2;
  });
  const groups2 = [];
  const changes = changeCommit.length;
  for (let i = 0; i < changes; ) {
    let end = i;
    let hit = false;
    while (end < changes && changeCommit.get(end) === changeCommit.get(i)) {
      const blob = changeBlob.get(end);
      if (blob !== -1 && resultOf(blob, changePath.get(end)).length > 0) hit = true;
      end++;
    }
    if (hit) groups2.push(i, end);
    i = end;
  }
  const beforeStart = (change) => change === 0 ? 0 : beforeEnd.get(change - 1);
  await readBlobs2(startSecond(), async (want) => {
    for (let g = 0; g < groups2.length; g += 2) {
      for (let change = groups2[g]; change < groups2[g + 1]; change++) {
        for (let b = beforeStart(change); b < beforeEnd.get(change); b++) want(befores.get(b), changePath.get(change));
      }
    }
  });
  report();
  const findings = [];
  for (let g = 0; g < groups2.length; g += 2) {
    const [start2, end] = [groups2[g], groups2[g + 1]];
    const before = /* @__PURE__ */ new Set();
    for (let change = start2; change < end; change++) {
      for (let b = beforeStart(change); b < beforeEnd.get(change); b++) for (const finding2 of resultOf(befores.get(b), changePath.get(change))) before.add(secretKey2(finding2));
    }
    const commit = changeCommit.get(start2);
    const sha2 = commitShas[commit];
    const author = authorOf(commit);
    for (let change = start2; change < end; change++) {
      const blob = changeBlob.get(change);
      if (blob === -1) continue;
      for (const finding2 of resultOf(blob, changePath.get(change))) {
        if (before.has(secretKey2(finding2))) continue;
        findings.push(place(finding2, paths.value(changePath.get(change)), sha2, author));
      }
    }
  }
  return {
    findings,
    dotenv,
    counters,
    commits: commitShas.length,
    blobs: distinctBlobs,
    secretsIn(tree) {
      const keys = /* @__PURE__ */ new Set();
      for (const [path13, oid] of tree) {
        const id = oids2.find(oid);
        if (id === void 0) continue;
        const known = paths.find(path13);
        const result = reading(id, known === void 0 ? signatureId(path13) : pathSignature.get(known)) ?? anyReading(id);
        if (hasFindings(result)) for (const finding2 of result) keys.add(secretKey2(finding2));
      }
      return keys;
    }
  };
}
function place(finding2, path13, commit, author) {
  if (finding2.commit !== null) return Object.assign({}, finding2, { path: path13, commit, author });
  const placed = finding2;
  placed.path = path13;
  placed.commit = commit;
  placed.author = author;
  return placed;
}
function hasFindings(result) {
  return result !== void 0 && result !== null && result !== PENDING && result.length > 0;
}
var PENDING, Interned, IntColumn, NONE2;
var init_scan_history = __esm({
  "src/history/scan-history.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dotenv();
    init_source();
    init_log();
    PENDING = /* @__PURE__ */ Symbol("pending");
    Interned = class {
      ids = /* @__PURE__ */ new Map();
      values = [];
      get size() {
        return this.values.length;
      }
      id(value) {
        let id = this.ids.get(value);
        if (id === void 0) this.ids.set(value, id = this.values.push(value) - 1);
        return id;
      }
      find(value) {
        return this.ids.get(value);
      }
      value(id) {
        return this.values[id];
      }
    };
    IntColumn = class {
      data = new Int32Array(256);
      length = 0;
      push(value) {
        this.set(this.length, value);
      }
      get(index) {
        return index < this.data.length ? this.data[index] : 0;
      }
      set(index, value) {
        if (index >= this.data.length) {
          let size = this.data.length * 2;
          while (size <= index) size *= 2;
          const grown = new Int32Array(size);
          grown.set(this.data);
          this.data = grown;
        }
        this.data[index] = value;
        if (index >= this.length) this.length = index + 1;
      }
    };
    NONE2 = [];
  }
});

// src/history/incidents.ts
var incidents_exports = {};
__export(incidents_exports, {
  buildIncidents: () => buildIncidents,
  startIncidentFacts: () => startIncidentFacts
});
async function buildIncidents(cwd, scope, walk, findings, options, started = null) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    const key = finding2.ruleId === dotenvRule.id ? `${finding2.ruleId}\0${finding2.path}` : secretKey2(finding2);
    const group = groups2.get(key);
    if (group) group.push(finding2);
    else groups2.set(key, [finding2]);
  }
  if (groups2.size === 0) {
    started?.stop();
    return [];
  }
  const facts = started ?? startIncidentFacts(cwd, scope);
  const [tree, unmerged] = await Promise.all([facts.tree, facts.unmerged]);
  const inHead = walk.secretsIn(tree);
  const reach = await facts.branches.containing(new Set(findings.map((f) => f.commit)));
  const shared = /* @__PURE__ */ new Map();
  const list2 = (items) => {
    const sorted = [...new Set(items)].sort();
    const key = sorted.join("\0");
    let known = shared.get(key);
    if (known === void 0) shared.set(key, known = sorted);
    return known;
  };
  const times = /* @__PURE__ */ new Map();
  const time = (finding2) => {
    const date = finding2.author?.date ?? "";
    let parsed = times.get(date);
    if (parsed === void 0) times.set(date, parsed = Date.parse(date) || 0);
    return parsed;
  };
  const incidents = [...groups2.values()].map((group) => {
    const sorted = group.length === 1 ? group : [...group].sort((a, b) => time(a) - time(b));
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const firstSeen = sighting(first);
    const isDotenv = first.ruleId === dotenvRule.id;
    const present = isDotenv ? group.some((f) => tree.has(f.path)) : inHead.has(secretKey2(first));
    const status = present ? "in-head" : group.every((f) => unmerged.has(f.commit)) ? "unmerged-branch" : "history-only";
    return {
      fingerprint: incidentFingerprint(first),
      ruleId: first.ruleId,
      description: first.description,
      severity: first.severity,
      secret: isDotenv ? first.path : options.redact ? redactSecret(first.secret) : first.secret,
      status,
      firstSeen,
      lastSeen: last === first ? firstSeen : sighting(last),
      occurrences: group.length,
      commits: group.length === 1 ? 1 : new Set(group.map((f) => f.commit)).size,
      paths: list2(group.map((f) => f.path)),
      branches: list2(group.flatMap((f) => reach.get(f.commit) ?? [])),
      // One secret, one check (src/verify/): every finding of the group carries the same.
      ...first.verification !== void 0 ? { verification: first.verification } : {}
    };
  });
  return incidents.sort(
    (a, b) => (
      // --verify: a live secret comes first, whatever its status in git ("rotate these first").
      verificationRank(a.verification) - verificationRank(b.verification) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || severityRank(a.severity) - severityRank(b.severity) || lastSeenTime(b) - lastSeenTime(a)
    )
  );
  function lastSeenTime(incident) {
    let parsed = times.get(incident.lastSeen.author.date);
    if (parsed === void 0) times.set(incident.lastSeen.author.date, parsed = Date.parse(incident.lastSeen.author.date));
    return parsed;
  }
}
function sighting(finding2) {
  return { commit: finding2.commit ?? "", author: finding2.author ?? { name: "", email: "", date: "" }, path: finding2.path, line: finding2.line };
}
function startIncidentFacts(cwd, scope) {
  const tree = headTree(cwd, scope.head);
  const unmerged = unmergedCommits(cwd, scope);
  tree.catch(() => {
  });
  unmerged.catch(() => {
  });
  const branches = startBranchWalk(cwd);
  return { tree, unmerged, branches, stop: () => branches.stop() };
}
async function headTree(cwd, head2) {
  const tree = /* @__PURE__ */ new Map();
  if (head2 === null) return tree;
  const out = await git(["ls-tree", "-r", "-z", "--full-tree", head2], { cwd });
  for (const entry of splitNul(out.stdout)) {
    const tab = entry.indexOf("	");
    const [mode = "", type = "", oid = ""] = entry.slice(0, tab).split(" ");
    if (type === "blob" && mode.startsWith("100")) tree.set(entry.slice(tab + 1), oid);
  }
  return tree;
}
async function unmergedCommits(cwd, scope) {
  if (!scope.allRefs) return /* @__PURE__ */ new Set();
  const out = await git(scope.head === null ? ["rev-list", "--all"] : ["rev-list", "--all", "--not", scope.head], { cwd });
  return new Set(out.stdout.toString("utf8").split("\n").filter((line) => line !== ""));
}
var init_incidents = __esm({
  "src/history/incidents.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_dotenv();
    init_finding_text();
    init_fingerprint();
    init_redact();
    init_git();
    init_types();
    init_branches();
    init_scan_history();
  }
});

// src/scan.ts
async function scan(asked, hooks) {
  const started = process.hrtime.bigint();
  const { target: target2 } = asked;
  const locating = target2.mode === "dir" ? settled(locateWorktree({ paths: target2.paths, cwd: asked.cwd, warn: hooks.warn, gitignore: asked.gitignore })) : null;
  const rooting = target2.mode === "dir" ? null : settled(repositoryRootOf(asked.cwd));
  const builtins = await settled(loadBuiltinRules());
  const place2 = locating === null ? null : outcomeOf(await locating);
  const root = place2 ? place2.repoRoot ?? place2.root : outcomeOf(await rooting);
  const settings = await loadSettings(asked, root, outcomeOf(builtins));
  const options = withConfig(asked, settings.options);
  if (target2.mode === "history") return scanHistory(options, target2.select, hooks, settings, started);
  const source = await createSource(options, hooks, place2);
  const rules = settings.specs.map(compileRule);
  const detector = createDetector(rules);
  const dotenv = settings.dotenv && source.mode === "dir" ? settled(checkDotenv(source.facts, source.repoRoot, source.root)) : null;
  const raw = [];
  for await (const fragment of source.fragments()) {
    try {
      for (const finding2 of detector.detect(fragment)) raw.push(finding2);
    } catch (error2) {
      if (!(error2 instanceof DetectError)) throw error2;
      source.counters.unreadable(fragment.path, error2.message);
    }
  }
  if (settings.dotenv) for (const finding2 of dotenv ? outcomeOf(await dotenv) : await checkDotenv(source.facts, source.repoRoot, source.root)) raw.push(finding2);
  announceSecrets(raw, hooks);
  const filtered = filterFindings(raw, settings, hooks, place2?.whole === true);
  const verified = await verify(filtered.kept, options, hooks);
  const { counters } = source;
  return outcome(await onlyVerified({
    stats: {
      mode: source.mode,
      files: counters.files,
      bytes: counters.bytes,
      skipped: counters.skipped,
      durationMs: elapsed(started)
    },
    findings: finalizeFindings(verified.findings, { redact: options.redact, masked: raw }),
    redacted: options.redact,
    ...filtered.report,
    ...verified.summary ? { verification: verified.summary } : {}
  }, options), rules, settings, options);
}
async function verify(kept, options, hooks) {
  if (options.verify === null) return { findings: kept, summary: null };
  const { verifyFindings: verifyFindings2 } = await Promise.resolve().then(() => (init_runner(), runner_exports));
  return verifyFindings2(kept, options.verify, hooks);
}
async function onlyVerified(result, options) {
  if (!options.verify?.onlyVerified) return result;
  const { keepLive: keepLive2 } = await Promise.resolve().then(() => (init_runner(), runner_exports));
  return keepLive2(result);
}
async function scanHistory(request2, select, hooks, settings, started) {
  const { resolveScope: resolveScope2 } = await Promise.resolve().then(() => (init_scope(), scope_exports));
  const { startIncidentFacts: startIncidentFacts2 } = await Promise.resolve().then(() => (init_incidents(), incidents_exports));
  const { AUDIT_REVISIONS: AUDIT_REVISIONS2, gitLog: gitLog2 } = await Promise.resolve().then(() => (init_log(), log_exports));
  let log = isWholeHistory(select) ? gitLog2(request2.cwd, AUDIT_REVISIONS2) : null;
  let facts = null;
  try {
    const scope = await resolveScope2(request2.cwd, select);
    if (log !== null && scope.revisions.join("\0") !== AUDIT_REVISIONS2.join("\0")) {
      log.stop();
      log = null;
    }
    const startFacts = () => void (facts ??= startIncidentFacts2(request2.cwd, scope));
    return await walkAndReport(request2, select, hooks, settings, started, scope, startFacts, () => facts, log);
  } finally {
    log?.stop();
    facts?.stop();
  }
}
async function walkAndReport(request2, select, hooks, settings, started, scope, startFacts, facts, log) {
  const { PARTIAL_CLONE_HINT: PARTIAL_CLONE_HINT2 } = await Promise.resolve().then(() => (init_scope(), scope_exports));
  const { walkHistory: walkHistory2 } = await Promise.resolve().then(() => (init_scan_history(), scan_history_exports));
  const { buildIncidents: buildIncidents2 } = await Promise.resolve().then(() => (init_incidents(), incidents_exports));
  const { specs } = settings;
  const rules = specs.map(compileRule);
  const detector = createDetector(rules);
  const { blobScanner: blobScanner2, workerCount: workerCount2 } = await Promise.resolve().then(() => (init_blob_scanner(), blob_scanner_exports));
  const bundle = buildInfo !== void 0 && typeof __filename === "string" ? __filename : null;
  const workers = bundle === null ? 0 : workerCount2(process.env);
  const inline = process.env.LEAKWARDEN_HISTORY_INLINE_BYTES;
  const walk = await walkHistory2(request2.cwd, scope, detector, {
    scanner: (deliver) => blobScanner2(request2.cwd, request2.maxFileSize, detector, deliver, workers > 0 ? { script: bundle, data: { specs }, count: workers, ...inline && /^\d+$/.test(inline) ? { inlineBytes: Number(inline) } : {} } : null),
    progress: hooks.progress,
    log,
    onFinding: startFacts
  }).catch((error2) => {
    if (scope.partialClone && error2 instanceof GitError) {
      throw new InputError(`this is a partial clone and git could not read every blob (${error2.message}); a scan never fetches`, PARTIAL_CLONE_HINT2);
    }
    throw error2;
  });
  const { afterStep: afterStep2 } = await Promise.resolve().then(() => (init_release_memory(), release_memory_exports));
  afterStep2(walk.findings.length);
  const raw = [...walk.findings, ...settings.dotenv ? walk.dotenv.map((event) => committedDotenvFinding(event.path, event.commit, event.author)) : []];
  announceSecrets(raw, hooks);
  const filtered = filterFindings(raw, settings, hooks, isWholeHistory(select));
  const verified = await verify(filtered.kept, request2, hooks);
  const incidents = await buildIncidents2(request2.cwd, scope, walk, verified.findings, { redact: request2.redact }, facts());
  afterStep2(raw.length);
  const { counters } = walk;
  return outcome(await onlyVerified({
    stats: {
      mode: "history",
      files: counters.files,
      bytes: counters.bytes,
      // Workers finish in their own order: sorted, the report is the same run to run.
      skipped: [...counters.skipped].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason.localeCompare(b.reason)),
      durationMs: elapsed(started),
      history: { commits: walk.commits, blobs: walk.blobs, range: scope.range, refs: scope.refs, head: scope.head }
    },
    findings: finalizeFindings(verified.findings, { redact: request2.redact, masked: raw }),
    incidents,
    redacted: request2.redact,
    ...filtered.report,
    ...verified.summary ? { verification: verified.summary } : {}
  }, request2), rules, settings, request2);
}
function outcome(result, rules, settings, options) {
  return { result, rules: ruleTable(rules, settings), strictIgnores: options.strictIgnores, complete: unreadable(result.stats).length === 0 };
}
function settled(promise) {
  return promise.then((value) => ({ value }), (error2) => ({ error: error2 }));
}
function outcomeOf(result) {
  if ("error" in result) throw result.error;
  return result.value;
}
function elapsed(started) {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}
function filterFindings(raw, settings, hooks, whole) {
  const today = settings.ignores.some((entry) => entry.expires !== null) ? localDate() : "";
  const filtered = suppress(raw, { ...settings, today });
  const note = (entry) => ({ fingerprint: entry.fingerprint, reason: entry.reason, expires: entry.expires });
  const unused = whole ? settings.ignores.filter((entry) => !filtered.used.has(entry)) : [];
  for (const entry of filtered.expired) {
    hooks.warn(`${entry.where} expired on ${entry.expires}: ${entry.fingerprint} is reported again (its reason was: ${entry.reason})`);
  }
  for (const entry of unused) hooks.warn(`${entry.where} matched nothing in this scan: ${entry.fingerprint} (remove the entry, or renew it if the secret moved)`);
  return {
    kept: filtered.kept,
    report: {
      suppressed: filtered.suppressed,
      ...unused.length > 0 || filtered.expired.length > 0 ? { ignoreEntries: { unused: unused.map(note), expired: filtered.expired.map(note) } } : {}
    }
  };
}
function announceSecrets(raw, hooks) {
  if (!hooks.onSecret) return;
  for (const secret of new Set(raw.map((finding2) => finding2.secret))) if (secret !== "") hooks.onSecret(secret);
}
function ruleTable(rules, settings) {
  return new Map([...rules, ...settings.dotenv ? [dotenvRule] : []].map((rule) => [rule.id, ruleInfo(rule)]));
}
function createSource(options, hooks, place2) {
  const { target: target2, cwd, maxFileSize } = options;
  switch (target2.mode) {
    case "dir":
      return createWorktreeSource({ paths: target2.paths, cwd, maxFileSize, gitignore: options.gitignore, warn: hooks.warn }, place2 ?? void 0);
    case "staged":
      return createStagedSource({ cwd, maxFileSize });
    case "stdin":
      return createStdinSource({ input: target2.input, path: target2.path, maxFileSize, cwd });
    case "history":
      throw new Error("history scans have their own pipeline");
  }
}
function ruleInfo(rule) {
  return {
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    remediation: rule.remediation,
    ...rule.helpUri ? { helpUri: rule.helpUri } : {}
  };
}
var init_scan = __esm({
  "src/scan.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_build_info();
    init_errors();
    init_dotenv();
    init_settings();
    init_detector();
    init_suppress();
    init_redact();
    init_builtin();
    init_compile();
    init_staged();
    init_stdin();
    init_worktree();
    init_skipped();
    init_scan_options();
  }
});

// src/verdict.ts
function verdict(outcome2, policy) {
  const { result } = outcome2;
  const missed = unreadable(result.stats);
  if (!outcome2.complete || missed.length > 0) {
    const first = missed[0];
    const line = `the scan is incomplete: ${missed.length} ${missed.length === 1 ? "file" : "files"} could not be read${first ? ` (${first.path}${missed.length > 1 ? ", \u2026" : ""})` : ""}`;
    return { exitCode: ExitCode.Error, conclusion: "failure", reason: line, incomplete: { line, hint: 'the report names each file under "Not scanned": fix what it says (permissions, a missing object: git fsck) and scan again' } };
  }
  const found = result.findings.length;
  if (found > 0) {
    const what = `${found} ${found === 1 ? "secret" : "secrets"} found${result.incidents ? ` (${result.incidents.length} ${result.incidents.length === 1 ? "incident" : "incidents"})` : ""}`;
    return policy.failOnFindings ? { exitCode: ExitCode.Findings, conclusion: "failure", reason: what, incomplete: null } : { exitCode: ExitCode.Clean, conclusion: "success", reason: `${what}; findings do not fail this run`, incomplete: null };
  }
  const stale = result.ignoreEntries?.unused.length ?? 0;
  if (outcome2.strictIgnores && stale > 0) {
    return { exitCode: ExitCode.Findings, conclusion: "failure", reason: `${stale} ${stale === 1 ? "entry" : "entries"} of the ignore file matched nothing (strict ignores)`, incomplete: null };
  }
  return { exitCode: ExitCode.Clean, conclusion: "success", reason: "no secrets found", incomplete: null };
}
var init_verdict = __esm({
  "src/verdict.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_skipped();
    init_types();
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports2, module2) {
    init_define_LEAKWARDEN_BUILD();
    (function(global2, factory) {
      typeof exports2 === "object" && typeof module2 !== "undefined" ? module2.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports2, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list2) {
            return list2.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list2;
          for (j = 0, len = arr.length; j < len; j++) {
            list2 = arr[j];
            if (list2.length > 0) {
              return list2;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message: message2 = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message2));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message2) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message2.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter2;
              limiter2 = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter2, key);
              return limiter2;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start2;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start2 = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start2, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message2) {
            return this._store.__publish__(message2);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message2) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message: message2 });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError;
var init_dist_src = __esm({
  "node_modules/@octokit/request-error/dist-src/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    RequestError = class extends Error {
      name;
      /**
       * http status code
       */
      status;
      /**
       * Request options that lead to the error.
       */
      request;
      /**
       * Response object if a response was received
       */
      response;
      constructor(message2, statusCode, options) {
        super(message2, { cause: options.cause });
        this.name = "HttpError";
        this.status = Number.parseInt(statusCode);
        if (Number.isNaN(this.status)) {
          this.status = 0;
        }
        if ("response" in options) {
          this.response = options.response;
        }
        const requestCopy = Object.assign({}, options.request);
        if (options.request.headers.authorization) {
          requestCopy.headers = Object.assign({}, options.request.headers, {
            authorization: options.request.headers.authorization.replace(
              /(?<! ) .*$/,
              " [REDACTED]"
            )
          });
        }
        requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
        this.request = requestCopy;
      }
    };
  }
});

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter2 = new import_light.default();
  limiter2.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter2.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
var import_light, VERSION;
var init_dist_bundle = __esm({
  "node_modules/@octokit/plugin-retry/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    import_light = __toESM(require_light(), 1);
    init_dist_src();
    VERSION = "0.0.0-development";
    retry.VERSION = VERSION;
  }
});

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
function routeMatcher(paths) {
  const regexes = paths.map(
    (path13) => path13.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
var import_light2, VERSION2, noop, triggers_notification_paths_default, regex, triggersNotification, groups, createGroups;
var init_dist_bundle2 = __esm({
  "node_modules/@octokit/plugin-throttling/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    import_light2 = __toESM(require_light(), 1);
    VERSION2 = "0.0.0-development";
    noop = () => Promise.resolve();
    triggers_notification_paths_default = [
      "/orgs/{org}/invitations",
      "/orgs/{org}/invitations/{invitation_id}",
      "/orgs/{org}/teams/{team_slug}/discussions",
      "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
      "/repos/{owner}/{repo}/collaborators/{username}",
      "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
      "/repos/{owner}/{repo}/issues",
      "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
      "/repos/{owner}/{repo}/pulls",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
      "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
      "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      "/repos/{owner}/{repo}/releases",
      "/teams/{team_id}/discussions",
      "/teams/{team_id}/discussions/{discussion_number}/comments"
    ];
    regex = routeMatcher(triggers_notification_paths_default);
    triggersNotification = regex.test.bind(regex);
    groups = {};
    createGroups = function(Bottleneck2, common) {
      groups.global = new Bottleneck2.Group({
        id: "octokit-global",
        maxConcurrent: 10,
        ...common
      });
      groups.auth = new Bottleneck2.Group({
        id: "octokit-auth",
        maxConcurrent: 1,
        ...common
      });
      groups.search = new Bottleneck2.Group({
        id: "octokit-search",
        maxConcurrent: 1,
        minTime: 2e3,
        ...common
      });
      groups.write = new Bottleneck2.Group({
        id: "octokit-write",
        maxConcurrent: 1,
        minTime: 1e3,
        ...common
      });
      groups.notifications = new Bottleneck2.Group({
        id: "octokit-notifications",
        maxConcurrent: 1,
        minTime: 3e3,
        ...common
      });
    };
    throttling.VERSION = VERSION2;
    throttling.triggersNotification = triggersNotification;
  }
});

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}
var init_universal_user_agent = __esm({
  "node_modules/universal-user-agent/index.js"() {
    init_define_LEAKWARDEN_BUILD();
  }
});

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}
var init_register = __esm({
  "node_modules/before-after-hook/lib/register.js"() {
    init_define_LEAKWARDEN_BUILD();
  }
});

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}
var init_add = __esm({
  "node_modules/before-after-hook/lib/add.js"() {
    init_define_LEAKWARDEN_BUILD();
  }
});

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}
var init_remove = __esm({
  "node_modules/before-after-hook/lib/remove.js"() {
    init_define_LEAKWARDEN_BUILD();
  }
});

// node_modules/before-after-hook/index.js
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var bind, bindable, before_after_hook_default;
var init_before_after_hook = __esm({
  "node_modules/before-after-hook/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_register();
    init_add();
    init_remove();
    bind = Function.bind;
    bindable = bind.bind(bind);
    before_after_hook_default = { Singular, Collection };
  }
});

// node_modules/@octokit/endpoint/dist-bundle/index.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview2) => !mergedOptions.mediaType.previews.includes(preview2)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview2) => preview2.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand2.bind(null, template)
  };
}
function expand2(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview2) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview2}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse2(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var VERSION3, userAgent, DEFAULTS, urlVariableRegex, endpoint;
var init_dist_bundle3 = __esm({
  "node_modules/@octokit/endpoint/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_universal_user_agent();
    VERSION3 = "0.0.0-development";
    userAgent = `octokit-endpoint.js/${VERSION3} ${getUserAgent()}`;
    DEFAULTS = {
      method: "GET",
      baseUrl: "https://api.github.com",
      headers: {
        accept: "application/vnd.github.v3+json",
        "user-agent": userAgent
      },
      mediaType: {
        format: ""
      }
    };
    urlVariableRegex = /\{[^{}}]+\}/g;
    endpoint = withDefaults(null, DEFAULTS);
  }
});

// node_modules/content-type/dist/index.js
function parse3(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code18 = header.charCodeAt(index);
            if (code18 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code19 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code19];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code18 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code18 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code18];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start2, end) {
  let result = "";
  for (let index = start2; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start2, index);
      start2 = ++index;
    }
  }
  return result + str.slice(start2, end);
}
var SP, HTAB, SEMI, EQ, DQUOTE, BSLASH, COMMA, LOWER_CASE, OWS, SEMI_FLAG, COMMA_FLAG, TOKEN_FLAG, NON_ASCII, CASE_FLAGS, CHAR_MAP, NullObject;
var init_dist2 = __esm({
  "node_modules/content-type/dist/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    SP = 32;
    HTAB = 9;
    SEMI = 59;
    EQ = 61;
    DQUOTE = 34;
    BSLASH = 92;
    COMMA = 44;
    LOWER_CASE = 1;
    OWS = 2;
    SEMI_FLAG = 4;
    COMMA_FLAG = 8;
    TOKEN_FLAG = 16;
    NON_ASCII = 65280;
    CASE_FLAGS = LOWER_CASE | NON_ASCII;
    CHAR_MAP = new Uint8Array(256);
    CHAR_MAP[HTAB] |= OWS;
    CHAR_MAP[SP] |= OWS;
    CHAR_MAP[SEMI] |= SEMI_FLAG;
    CHAR_MAP[COMMA] |= COMMA_FLAG;
    for (let code = 128; code <= 255; code++) {
      CHAR_MAP[code] |= LOWER_CASE;
    }
    for (const char of "!#$%&'*+-.^_`|~") {
      CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
    }
    for (let code = 48; code <= 57; code++) {
      CHAR_MAP[code] |= TOKEN_FLAG;
    }
    for (let code = 65; code <= 90; code++) {
      CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
    }
    for (let code = 97; code <= 122; code++) {
      CHAR_MAP[code] |= TOKEN_FLAG;
    }
    NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
  }
});

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex, noiseValue, originalStringify, originalParse, customFormat, bigIntsStringify, noiseStringify, isUnstringifiable, isRawJSON, stringifyIteratively, JSONStringify, featureCache, isContextSourceSupported, convertMarkedBigIntsReviver, JSONParseV2, MAX_INT, MAX_DIGITS, stringsOrLargeNumbers, noiseValueWithQuotes, applyReviverIteratively, serializeBigInts, JSONParse;
var init_json_with_bigint = __esm({
  "node_modules/json-with-bigint/json-with-bigint.js"() {
    init_define_LEAKWARDEN_BUILD();
    intRegex = /^-?\d+$/;
    noiseValue = /^-?\d+n+$/;
    originalStringify = JSON.stringify;
    originalParse = JSON.parse;
    customFormat = /^-?\d+n$/;
    bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
    noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
    isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
    isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
    stringifyIteratively = (rootValue, replacer, spaceParam) => {
      let space = "";
      if (typeof spaceParam === "number") {
        space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
      } else if (typeof spaceParam === "string") {
        space = spaceParam.slice(0, 10);
      }
      const isFunctionReplacer = typeof replacer === "function";
      const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
      const prepareVal = (parent, key, val) => {
        const isObject = val !== null && typeof val === "object";
        const hasToJSON = isObject && typeof val.toJSON === "function";
        if (hasToJSON) {
          val = val.toJSON(key);
        }
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val + "n";
        const isBigInt = typeof val === "bigint";
        if (isBigInt) {
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return JSON.rawJSON(val.toString());
          return val.toString() + "n";
        }
        if (isFunctionReplacer) {
          val = replacer.call(parent, key, val);
        }
        const isPostReplacerObject = val !== null && typeof val === "object";
        if (isPostReplacerObject) {
          const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
          if (isPrimitiveWrapper) {
            val = val.valueOf();
          }
        }
        return val;
      };
      const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
      if (isUnstringifiable(rootProcessed)) {
        return void 0;
      }
      const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
      const isRootNativeRawJSON = isRawJSON(rootProcessed);
      if (isRootPrimitive || isRootNativeRawJSON) {
        return originalStringify(rootProcessed);
      }
      const chunks = [];
      let level = 0;
      const stack = [
        {
          parent: { "": rootProcessed },
          key: "",
          val: rootProcessed,
          isArray: Array.isArray(rootProcessed),
          keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
          index: 0,
          first: true
        }
      ];
      const visited = new WeakSet([rootProcessed]);
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (node.index === 0) {
          chunks.push(node.isArray ? "[" : "{");
          level++;
        }
        let isDone = false;
        if (node.isArray) {
          if (node.index < node.val.length) {
            if (!node.first) chunks.push(",");
            if (space) chunks.push("\n" + space.repeat(level));
            const childRaw = node.val[node.index];
            const childVal = prepareVal(node.val, String(node.index), childRaw);
            if (isUnstringifiable(childVal)) {
              chunks.push("null");
              node.first = false;
              node.index++;
            } else {
              const isComplexObject = childVal !== null && typeof childVal === "object";
              const isNativeRaw = isRawJSON(childVal);
              if (isComplexObject && !isNativeRaw) {
                if (visited.has(childVal)) {
                  throw new TypeError("Converting circular structure to JSON");
                }
                visited.add(childVal);
                stack.push({
                  parent: node.val,
                  key: String(node.index),
                  val: childVal,
                  isArray: Array.isArray(childVal),
                  keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                  index: 0,
                  first: true
                });
                node.first = false;
                node.index++;
              } else {
                chunks.push(originalStringify(childVal));
                node.first = false;
                node.index++;
              }
            }
          } else {
            isDone = true;
          }
        } else {
          while (node.index < node.keys.length) {
            const k = node.keys[node.index++];
            const isFilteredOutByArray = propertyList && !propertyList.has(k);
            if (isFilteredOutByArray) continue;
            const childRaw = node.val[k];
            const childVal = prepareVal(node.val, k, childRaw);
            if (isUnstringifiable(childVal)) continue;
            if (!node.first) chunks.push(",");
            if (space) {
              chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
            } else {
              chunks.push(originalStringify(k) + ":");
            }
            const isComplexObject = childVal !== null && typeof childVal === "object";
            const isNativeRaw = isRawJSON(childVal);
            if (isComplexObject && !isNativeRaw) {
              if (visited.has(childVal)) {
                throw new TypeError("Converting circular structure to JSON");
              }
              visited.add(childVal);
              stack.push({
                parent: node.val,
                key: k,
                val: childVal,
                isArray: Array.isArray(childVal),
                keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                index: 0,
                first: true
              });
              node.first = false;
              break;
            } else {
              chunks.push(originalStringify(childVal));
              node.first = false;
            }
          }
          const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
          if (isNodeFullyProcessed) {
            isDone = true;
          }
        }
        if (isDone) {
          level--;
          if (!node.first && space) chunks.push("\n" + space.repeat(level));
          chunks.push(node.isArray ? "]" : "}");
          visited.delete(node.val);
          stack.pop();
        }
      }
      return chunks.join("");
    };
    JSONStringify = (value, replacer, space) => {
      try {
        const supportsRawJSON = "rawJSON" in JSON;
        if (supportsRawJSON) {
          return originalStringify(
            value,
            (key, val) => {
              if (typeof val === "bigint") return JSON.rawJSON(val.toString());
              const hasFunctionReplacer = typeof replacer === "function";
              if (hasFunctionReplacer) return replacer(key, val);
              const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
              if (isKeyInArrayReplacer) return val;
              return val;
            },
            space
          );
        }
        if (!value) return originalStringify(value, replacer, space);
        const convertedToCustomJSON = originalStringify(
          value,
          (key, val) => {
            const isNoise = typeof val === "string" && noiseValue.test(val);
            if (isNoise) return val.toString() + "n";
            if (typeof val === "bigint") return val.toString() + "n";
            const hasFunctionReplacer = typeof replacer === "function";
            if (hasFunctionReplacer) return replacer(key, val);
            const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
            if (isKeyInArrayReplacer) return val;
            return val;
          },
          space
        );
        const processedJSON = convertedToCustomJSON.replace(
          bigIntsStringify,
          "$1$2$3"
        );
        const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
        return denoisedJSON;
      } catch (error2) {
        if (error2 instanceof RangeError) {
          const convertedJSON = stringifyIteratively(value, replacer, space);
          if (convertedJSON === void 0) return void 0;
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return convertedJSON;
          const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
          return processedJSON.replace(noiseStringify, "$1$2$3");
        }
        throw error2;
      }
    };
    featureCache = /* @__PURE__ */ new Map();
    isContextSourceSupported = () => {
      const parseFingerprint = JSON.parse.toString();
      if (featureCache.has(parseFingerprint)) {
        return featureCache.get(parseFingerprint);
      }
      try {
        const result = JSON.parse(
          "1",
          (_, __, context) => !!context?.source && context.source === "1"
        );
        featureCache.set(parseFingerprint, result);
        return result;
      } catch {
        featureCache.set(parseFingerprint, false);
        return false;
      }
    };
    convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
      const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
      if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
      const isNoiseValue = typeof value === "string" && noiseValue.test(value);
      if (isNoiseValue) return value.slice(0, -1);
      const hasUserReviver = typeof userReviver === "function";
      if (!hasUserReviver) return value;
      return userReviver(key, value, context);
    };
    JSONParseV2 = (text, reviver) => {
      return JSON.parse(text, (key, value, context) => {
        const isNumber = typeof value === "number";
        const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
        const isBigNumber = isNumber && isOutOfBounds;
        const isInt = context && intRegex.test(context.source);
        const isBigInt = isBigNumber && isInt;
        if (isBigInt) return BigInt(context.source);
        const hasCustomReviver = typeof reviver === "function";
        if (!hasCustomReviver) return value;
        return reviver(key, value, context);
      });
    };
    MAX_INT = Number.MAX_SAFE_INTEGER.toString();
    MAX_DIGITS = MAX_INT.length;
    stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
    noiseValueWithQuotes = /^"-?\d+n+"$/;
    applyReviverIteratively = (parsed, userReviver) => {
      const rootHolder = { "": parsed };
      const stack = [{ parent: rootHolder, key: "", visited: false }];
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (!node.visited) {
          node.visited = true;
          const value = node.parent[node.key];
          const isComplexObject = value !== null && typeof value === "object";
          if (isComplexObject) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
              stack.push({ parent: value, key: keys[i], visited: false });
            }
          }
        } else {
          const { parent, key } = node;
          let value = parent[key];
          if (typeof value === "string") {
            const isCustomFormatBigInt = customFormat.test(value);
            if (isCustomFormatBigInt) {
              value = BigInt(value.slice(0, -1));
            } else {
              const isNoise = noiseValue.test(value);
              if (isNoise) value = value.slice(0, -1);
            }
          }
          const hasUserReviver = typeof userReviver === "function";
          if (hasUserReviver) {
            value = userReviver.call(parent, key, value);
          }
          const isDeleted = value === void 0;
          if (isDeleted) {
            delete parent[key];
          } else {
            parent[key] = value;
          }
          stack.pop();
        }
      }
      return rootHolder[""];
    };
    serializeBigInts = (text) => {
      return text.replace(
        stringsOrLargeNumbers,
        (match, digits, fractional, exponential) => {
          const isString = match[0] === '"';
          const isNoise = isString && noiseValueWithQuotes.test(match);
          if (isNoise) return match.substring(0, match.length - 1) + 'n"';
          const hasFractionalOrExponential = fractional || exponential;
          const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
          const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
          if (isStandardValue) return match;
          return '"' + match + 'n"';
        }
      );
    };
    JSONParse = (text, reviver) => {
      if (!text) return originalParse(text, reviver);
      try {
        if (isContextSourceSupported()) return JSONParseV2(text, reviver);
        const serializedData = serializeBigInts(text);
        return originalParse(
          serializedData,
          (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
        );
      } catch (error2) {
        if (error2 instanceof RangeError) {
          const serializedData = serializeBigInts(text);
          const parsed = originalParse(serializedData);
          return applyReviverIteratively(parsed, reviver);
        }
        throw error2;
      }
    };
  }
});

// node_modules/@octokit/request/dist-bundle/index.js
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message2 = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message2 = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message2 = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message2 = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message2, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var VERSION4, defaults_default, noop2, request;
var init_dist_bundle4 = __esm({
  "node_modules/@octokit/request/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_dist_bundle3();
    init_universal_user_agent();
    init_dist2();
    init_json_with_bigint();
    init_dist_src();
    VERSION4 = "10.0.16";
    defaults_default = {
      headers: {
        "user-agent": `octokit-request.js/${VERSION4} ${getUserAgent()}`
      }
    };
    noop2 = () => "";
    request = withDefaults2(endpoint, defaults_default);
  }
});

// node_modules/@octokit/graphql/dist-bundle/index.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
var VERSION5, GraphqlResponseError, NON_VARIABLE_OPTIONS, FORBIDDEN_VARIABLE_OPTIONS, GHES_V3_SUFFIX_REGEX, graphql2;
var init_dist_bundle5 = __esm({
  "node_modules/@octokit/graphql/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_dist_bundle4();
    init_universal_user_agent();
    VERSION5 = "0.0.0-development";
    GraphqlResponseError = class extends Error {
      constructor(request2, headers, response) {
        super(_buildMessageForResponseErrors(response));
        this.request = request2;
        this.headers = headers;
        this.response = response;
        this.errors = response.errors;
        this.data = response.data;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
      request;
      headers;
      response;
      name = "GraphqlResponseError";
      errors;
      data;
    };
    NON_VARIABLE_OPTIONS = [
      "method",
      "baseUrl",
      "url",
      "headers",
      "request",
      "query",
      "mediaType",
      "operationName"
    ];
    FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
    GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
    graphql2 = withDefaults3(request, {
      headers: {
        "user-agent": `octokit-graphql.js/${VERSION5} ${getUserAgent()}`
      },
      method: "POST",
      url: "/graphql"
    });
  }
});

// node_modules/@octokit/auth-token/dist-bundle/index.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var b64url, sep, jwtRE, isJWT, createTokenAuth;
var init_dist_bundle6 = __esm({
  "node_modules/@octokit/auth-token/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    b64url = "(?:[a-zA-Z0-9_-]+)";
    sep = "\\.";
    jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
    isJWT = jwtRE.test.bind(jwtRE);
    createTokenAuth = function createTokenAuth2(token) {
      if (!token) {
        throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
      }
      if (typeof token !== "string") {
        throw new Error(
          "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
        );
      }
      token = token.replace(/^(token|bearer) +/i, "");
      return Object.assign(auth.bind(null, token), {
        hook: hook.bind(null, token)
      });
    };
  }
});

// node_modules/@octokit/core/dist-src/version.js
var VERSION6;
var init_version2 = __esm({
  "node_modules/@octokit/core/dist-src/version.js"() {
    init_define_LEAKWARDEN_BUILD();
    VERSION6 = "7.0.8";
  }
});

// node_modules/@octokit/core/dist-src/index.js
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var noop3, consoleWarn, consoleError, userAgentTrail, Octokit;
var init_dist_src2 = __esm({
  "node_modules/@octokit/core/dist-src/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_universal_user_agent();
    init_before_after_hook();
    init_dist_bundle4();
    init_dist_bundle5();
    init_dist_bundle6();
    init_version2();
    noop3 = () => {
    };
    consoleWarn = console.warn.bind(console);
    consoleError = console.error.bind(console);
    userAgentTrail = `octokit-core.js/${VERSION6} ${getUserAgent()}`;
    Octokit = class {
      static VERSION = VERSION6;
      static defaults(defaults) {
        const OctokitWithDefaults = class extends this {
          constructor(...args) {
            const options = args[0] || {};
            if (typeof defaults === "function") {
              super(defaults(options));
              return;
            }
            super(
              Object.assign(
                {},
                defaults,
                options,
                options.userAgent && defaults.userAgent ? {
                  userAgent: `${options.userAgent} ${defaults.userAgent}`
                } : null
              )
            );
          }
        };
        return OctokitWithDefaults;
      }
      static plugins = [];
      /**
       * Attach a plugin (or many) to your Octokit instance.
       *
       * @example
       * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
       */
      static plugin(...newPlugins) {
        const currentPlugins = this.plugins;
        const NewOctokit = class extends this {
          static plugins = currentPlugins.concat(
            newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
          );
        };
        return NewOctokit;
      }
      constructor(options = {}) {
        const hook2 = new before_after_hook_default.Collection();
        const requestDefaults = {
          baseUrl: request.endpoint.DEFAULTS.baseUrl,
          headers: {},
          request: Object.assign({}, options.request, {
            // @ts-ignore internal usage only, no need to type
            hook: hook2.bind(null, "request")
          }),
          mediaType: {
            previews: [],
            format: ""
          }
        };
        requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
        if (options.baseUrl) {
          requestDefaults.baseUrl = options.baseUrl;
        }
        if (options.previews) {
          requestDefaults.mediaType.previews = options.previews;
        }
        if (options.timeZone) {
          requestDefaults.headers["time-zone"] = options.timeZone;
        }
        this.request = request.defaults(requestDefaults);
        this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
        this.log = createLogger(options.log);
        this.hook = hook2;
        if (!options.authStrategy) {
          if (!options.auth) {
            this.auth = async () => ({
              type: "unauthenticated"
            });
          } else {
            const auth2 = createTokenAuth(options.auth);
            hook2.wrap("request", auth2.hook);
            this.auth = auth2;
          }
        } else {
          const { authStrategy, ...otherOptions } = options;
          const auth2 = authStrategy(
            Object.assign(
              {
                request: this.request,
                log: this.log,
                // we pass the current octokit instance as well as its constructor options
                // to allow for authentication strategies that return a new octokit instance
                // that shares the same internal state as the current one. The original
                // requirement for this was the "event-octokit" authentication strategy
                // of https://github.com/probot/octokit-auth-probot.
                octokit: this,
                octokitOptions: otherOptions
              },
              options.auth
            )
          );
          hook2.wrap("request", auth2.hook);
          this.auth = auth2;
        }
        const classConstructor = this.constructor;
        for (let i = 0; i < classConstructor.plugins.length; ++i) {
          Object.assign(this, classConstructor.plugins[i](this, options));
        }
      }
      // assigned during constructor
      request;
      graphql;
      log;
      hook;
      // TODO: type `octokit.auth` based on passed options.authStrategy
      auth;
    };
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION7;
var init_version3 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/version.js"() {
    init_define_LEAKWARDEN_BUILD();
    VERSION7 = "6.0.0";
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start2 = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path13 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path13} - ${response.status} with id ${requestId} in ${Date.now() - start2}ms`
      );
      return response;
    }).catch((error2) => {
      const requestId = error2.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path13} - ${error2.status} with id ${requestId} in ${Date.now() - start2}ms`
      );
      throw error2;
    });
  });
}
var init_dist_src3 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_version3();
    requestLog.VERSION = VERSION7;
  }
});

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
var VERSION8, composePaginateRest;
var init_dist_bundle7 = __esm({
  "node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    VERSION8 = "0.0.0-development";
    composePaginateRest = Object.assign(paginate, {
      iterator
    });
    paginateRest.VERSION = VERSION8;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION9;
var init_version4 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js"() {
    init_define_LEAKWARDEN_BUILD();
    VERSION9 = "17.0.0";
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints, endpoints_default;
var init_endpoints = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js"() {
    init_define_LEAKWARDEN_BUILD();
    Endpoints = {
      actions: {
        addCustomLabelsToSelfHostedRunnerForOrg: [
          "POST /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        addCustomLabelsToSelfHostedRunnerForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        addRepoAccessToSelfHostedRunnerGroupInOrg: [
          "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        approveWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
        ],
        cancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
        ],
        createEnvironmentVariable: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
        createOrUpdateEnvironmentSecret: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        createOrgVariable: ["POST /orgs/{org}/actions/variables"],
        createRegistrationTokenForOrg: [
          "POST /orgs/{org}/actions/runners/registration-token"
        ],
        createRegistrationTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/registration-token"
        ],
        createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
        createRemoveTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/remove-token"
        ],
        createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
        createWorkflowDispatch: [
          "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
        ],
        deleteActionsCacheById: [
          "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
        ],
        deleteActionsCacheByKey: [
          "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
        ],
        deleteArtifact: [
          "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
        ],
        deleteCustomImageFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        deleteCustomImageVersionFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        deleteEnvironmentSecret: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        deleteEnvironmentVariable: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        deleteHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
        deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        deleteRepoVariable: [
          "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
        ],
        deleteSelfHostedRunnerFromOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}"
        ],
        deleteSelfHostedRunnerFromRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
        deleteWorkflowRunLogs: [
          "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        disableSelectedRepositoryGithubActionsOrganization: [
          "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        disableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
        ],
        downloadArtifact: [
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
        ],
        downloadJobLogsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
        ],
        downloadWorkflowRunAttemptLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
        ],
        downloadWorkflowRunLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        enableSelectedRepositoryGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        enableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
        ],
        forceCancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
        ],
        generateRunnerJitconfigForOrg: [
          "POST /orgs/{org}/actions/runners/generate-jitconfig"
        ],
        generateRunnerJitconfigForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
        ],
        getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
        getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
        getActionsCacheUsageByRepoForOrg: [
          "GET /orgs/{org}/actions/cache/usage-by-repository"
        ],
        getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
        getAllowedActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/selected-actions"
        ],
        getAllowedActionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
        getCustomImageForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        getCustomImageVersionForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        getCustomOidcSubClaimForRepo: [
          "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        getEnvironmentPublicKey: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
        ],
        getEnvironmentSecret: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        getEnvironmentVariable: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        getGithubActionsDefaultWorkflowPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions/workflow"
        ],
        getGithubActionsDefaultWorkflowPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        getGithubActionsPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions"
        ],
        getGithubActionsPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions"
        ],
        getHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        getHostedRunnersGithubOwnedImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
        ],
        getHostedRunnersLimitsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/limits"
        ],
        getHostedRunnersMachineSpecsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
        ],
        getHostedRunnersPartnerImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/partner"
        ],
        getHostedRunnersPlatformsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/platforms"
        ],
        getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
        getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
        getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
        getPendingDeploymentsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        getRepoPermissions: [
          "GET /repos/{owner}/{repo}/actions/permissions",
          {},
          { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
        ],
        getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
        getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
        getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
        getReviewsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
        ],
        getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
        getSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
        getWorkflowAccessToRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/access"
        ],
        getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
        getWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
        ],
        getWorkflowRunUsage: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
        ],
        getWorkflowUsage: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
        ],
        listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
        listCustomImageVersionsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
        ],
        listCustomImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom"
        ],
        listEnvironmentSecrets: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
        ],
        listEnvironmentVariables: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        listGithubHostedRunnersInGroupForOrg: [
          "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
        ],
        listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
        listJobsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
        ],
        listJobsForWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
        ],
        listLabelsForSelfHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        listLabelsForSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
        listOrgVariables: ["GET /orgs/{org}/actions/variables"],
        listRepoOrganizationSecrets: [
          "GET /repos/{owner}/{repo}/actions/organization-secrets"
        ],
        listRepoOrganizationVariables: [
          "GET /repos/{owner}/{repo}/actions/organization-variables"
        ],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
        listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
        listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
        listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
        listRunnerApplicationsForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/downloads"
        ],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        listSelectedReposForOrgVariable: [
          "GET /orgs/{org}/actions/variables/{name}/repositories"
        ],
        listSelectedRepositoriesEnabledGithubActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/repositories"
        ],
        listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
        listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
        listWorkflowRunArtifacts: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
        ],
        listWorkflowRuns: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
        ],
        listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
        reRunJobForWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
        ],
        reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
        reRunWorkflowFailedJobs: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        removeCustomLabelFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeCustomLabelFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgVariable: [
          "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        reviewCustomGatesForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
        ],
        reviewPendingDeploymentsForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        setAllowedActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/selected-actions"
        ],
        setAllowedActionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        setCustomLabelsForSelfHostedRunnerForOrg: [
          "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        setCustomLabelsForSelfHostedRunnerForRepo: [
          "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        setCustomOidcSubClaimForRepo: [
          "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        setGithubActionsDefaultWorkflowPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/workflow"
        ],
        setGithubActionsDefaultWorkflowPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        setGithubActionsPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions"
        ],
        setGithubActionsPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories"
        ],
        setSelectedRepositoriesEnabledGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories"
        ],
        setWorkflowAccessToRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/access"
        ],
        updateEnvironmentVariable: [
          "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        updateHostedRunnerForOrg: [
          "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
        updateRepoVariable: [
          "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
        ]
      },
      activity: {
        checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
        deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
        deleteThreadSubscription: [
          "DELETE /notifications/threads/{thread_id}/subscription"
        ],
        getFeeds: ["GET /feeds"],
        getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
        getThread: ["GET /notifications/threads/{thread_id}"],
        getThreadSubscriptionForAuthenticatedUser: [
          "GET /notifications/threads/{thread_id}/subscription"
        ],
        listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
        listNotificationsForAuthenticatedUser: ["GET /notifications"],
        listOrgEventsForAuthenticatedUser: [
          "GET /users/{username}/events/orgs/{org}"
        ],
        listPublicEvents: ["GET /events"],
        listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
        listPublicEventsForUser: ["GET /users/{username}/events/public"],
        listPublicOrgEvents: ["GET /orgs/{org}/events"],
        listReceivedEventsForUser: ["GET /users/{username}/received_events"],
        listReceivedPublicEventsForUser: [
          "GET /users/{username}/received_events/public"
        ],
        listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
        listRepoNotificationsForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/notifications"
        ],
        listReposStarredByAuthenticatedUser: ["GET /user/starred"],
        listReposStarredByUser: ["GET /users/{username}/starred"],
        listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
        listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
        listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
        listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
        markNotificationsAsRead: ["PUT /notifications"],
        markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
        markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
        markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
        setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
        setThreadSubscription: [
          "PUT /notifications/threads/{thread_id}/subscription"
        ],
        starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
        unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
      },
      apps: {
        addRepoToInstallation: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
        ],
        addRepoToInstallationForAuthenticatedUser: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        checkToken: ["POST /applications/{client_id}/token"],
        createFromManifest: ["POST /app-manifests/{code}/conversions"],
        createInstallationAccessToken: [
          "POST /app/installations/{installation_id}/access_tokens"
        ],
        deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
        deleteInstallation: ["DELETE /app/installations/{installation_id}"],
        deleteToken: ["DELETE /applications/{client_id}/token"],
        getAuthenticated: ["GET /app"],
        getBySlug: ["GET /apps/{app_slug}"],
        getInstallation: ["GET /app/installations/{installation_id}"],
        getOrgInstallation: ["GET /orgs/{org}/installation"],
        getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
        getSubscriptionPlanForAccount: [
          "GET /marketplace_listing/accounts/{account_id}"
        ],
        getSubscriptionPlanForAccountStubbed: [
          "GET /marketplace_listing/stubbed/accounts/{account_id}"
        ],
        getUserInstallation: ["GET /users/{username}/installation"],
        getWebhookConfigForApp: ["GET /app/hook/config"],
        getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
        listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
        listAccountsForPlanStubbed: [
          "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
        ],
        listInstallationReposForAuthenticatedUser: [
          "GET /user/installations/{installation_id}/repositories"
        ],
        listInstallationRequestsForAuthenticatedApp: [
          "GET /app/installation-requests"
        ],
        listInstallations: ["GET /app/installations"],
        listInstallationsForAuthenticatedUser: ["GET /user/installations"],
        listPlans: ["GET /marketplace_listing/plans"],
        listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
        listReposAccessibleToInstallation: ["GET /installation/repositories"],
        listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
        listSubscriptionsForAuthenticatedUserStubbed: [
          "GET /user/marketplace_purchases/stubbed"
        ],
        listWebhookDeliveries: ["GET /app/hook/deliveries"],
        redeliverWebhookDelivery: [
          "POST /app/hook/deliveries/{delivery_id}/attempts"
        ],
        removeRepoFromInstallation: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
        ],
        removeRepoFromInstallationForAuthenticatedUser: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        resetToken: ["PATCH /applications/{client_id}/token"],
        revokeInstallationAccessToken: ["DELETE /installation/token"],
        scopeToken: ["POST /applications/{client_id}/token/scoped"],
        suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
        unsuspendInstallation: [
          "DELETE /app/installations/{installation_id}/suspended"
        ],
        updateWebhookConfigForApp: ["PATCH /app/hook/config"]
      },
      billing: {
        getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
        getGithubActionsBillingUser: [
          "GET /users/{username}/settings/billing/actions"
        ],
        getGithubBillingPremiumRequestUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/premium_request/usage"
        ],
        getGithubBillingPremiumRequestUsageReportUser: [
          "GET /users/{username}/settings/billing/premium_request/usage"
        ],
        getGithubBillingUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/usage"
        ],
        getGithubBillingUsageReportUser: [
          "GET /users/{username}/settings/billing/usage"
        ],
        getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
        getGithubPackagesBillingUser: [
          "GET /users/{username}/settings/billing/packages"
        ],
        getSharedStorageBillingOrg: [
          "GET /orgs/{org}/settings/billing/shared-storage"
        ],
        getSharedStorageBillingUser: [
          "GET /users/{username}/settings/billing/shared-storage"
        ]
      },
      campaigns: {
        createCampaign: ["POST /orgs/{org}/campaigns"],
        deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
        getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
        listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
        updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
      },
      checks: {
        create: ["POST /repos/{owner}/{repo}/check-runs"],
        createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
        get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
        getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
        listAnnotations: [
          "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
        ],
        listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
        listForSuite: [
          "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
        ],
        listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
        rerequestRun: [
          "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
        ],
        rerequestSuite: [
          "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
        ],
        setSuitesPreferences: [
          "PATCH /repos/{owner}/{repo}/check-suites/preferences"
        ],
        update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
      },
      codeScanning: {
        commitAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
        ],
        createAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        createVariantAnalysis: [
          "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
        ],
        deleteAnalysis: [
          "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
        ],
        deleteCodeqlDatabase: [
          "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
          {},
          { renamedParameters: { alert_id: "alert_number" } }
        ],
        getAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
        ],
        getAutofix: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        getCodeqlDatabase: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
        getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
        getVariantAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
        ],
        getVariantAnalysisRepoTask: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
        ],
        listAlertInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
        listAlertsInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
          {},
          { renamed: ["codeScanning", "listAlertInstances"] }
        ],
        listCodeqlDatabases: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
        ],
        listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
        ],
        updateDefaultSetup: [
          "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
        ],
        uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
      },
      codeSecurity: {
        attachConfiguration: [
          "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
        ],
        attachEnterpriseConfiguration: [
          "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
        ],
        createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
        createConfigurationForEnterprise: [
          "POST /enterprises/{enterprise}/code-security/configurations"
        ],
        deleteConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        deleteConfigurationForEnterprise: [
          "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        detachConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/detach"
        ],
        getConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        getConfigurationForRepository: [
          "GET /repos/{owner}/{repo}/code-security-configuration"
        ],
        getConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations"
        ],
        getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
        getDefaultConfigurations: [
          "GET /orgs/{org}/code-security/configurations/defaults"
        ],
        getDefaultConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/defaults"
        ],
        getRepositoriesForConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
        ],
        getRepositoriesForEnterpriseConfiguration: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
        ],
        getSingleConfigurationForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        setConfigurationAsDefault: [
          "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
        ],
        setConfigurationAsDefaultForEnterprise: [
          "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
        ],
        updateConfiguration: [
          "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        updateEnterpriseConfiguration: [
          "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ]
      },
      codesOfConduct: {
        getAllCodesOfConduct: ["GET /codes_of_conduct"],
        getConductCode: ["GET /codes_of_conduct/{key}"]
      },
      codespaces: {
        addRepositoryForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        checkPermissionsForDevcontainer: [
          "GET /repos/{owner}/{repo}/codespaces/permissions_check"
        ],
        codespaceMachinesForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/machines"
        ],
        createForAuthenticatedUser: ["POST /user/codespaces"],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}"
        ],
        createWithPrForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
        ],
        createWithRepoForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/codespaces"
        ],
        deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
        deleteFromOrganization: [
          "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        deleteSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}"
        ],
        exportForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/exports"
        ],
        getCodespacesForUserInOrg: [
          "GET /orgs/{org}/members/{username}/codespaces"
        ],
        getExportDetailsForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/exports/{export_id}"
        ],
        getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
        getPublicKeyForAuthenticatedUser: [
          "GET /user/codespaces/secrets/public-key"
        ],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        getSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}"
        ],
        listDevcontainersInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/devcontainers"
        ],
        listForAuthenticatedUser: ["GET /user/codespaces"],
        listInOrganization: [
          "GET /orgs/{org}/codespaces",
          {},
          { renamedParameters: { org_id: "org" } }
        ],
        listInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces"
        ],
        listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
        listRepositoriesForSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}/repositories"
        ],
        listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        preFlightWithRepoForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/new"
        ],
        publishForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/publish"
        ],
        removeRepositoryForSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repoMachinesForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/machines"
        ],
        setRepositoriesForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
        stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
        stopInOrganization: [
          "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
        ],
        updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
      },
      copilot: {
        addCopilotSeatsForTeams: [
          "POST /orgs/{org}/copilot/billing/selected_teams"
        ],
        addCopilotSeatsForUsers: [
          "POST /orgs/{org}/copilot/billing/selected_users"
        ],
        cancelCopilotSeatAssignmentForTeams: [
          "DELETE /orgs/{org}/copilot/billing/selected_teams"
        ],
        cancelCopilotSeatAssignmentForUsers: [
          "DELETE /orgs/{org}/copilot/billing/selected_users"
        ],
        copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
        copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
        getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
        getCopilotSeatDetailsForUser: [
          "GET /orgs/{org}/members/{username}/copilot"
        ],
        listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
      },
      credentials: { revoke: ["POST /credentials/revoke"] },
      dependabot: {
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
        getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        listAlertsForEnterprise: [
          "GET /enterprises/{enterprise}/dependabot/alerts"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
        listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repositoryAccessForOrg: [
          "GET /organizations/{org}/dependabot/repository-access"
        ],
        setRepositoryAccessDefaultLevel: [
          "PUT /organizations/{org}/dependabot/repository-access/default-level"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
        ],
        updateRepositoryAccessForOrg: [
          "PATCH /organizations/{org}/dependabot/repository-access"
        ]
      },
      dependencyGraph: {
        createRepositorySnapshot: [
          "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
        ],
        diffRange: [
          "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
        ],
        exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
      },
      emojis: { get: ["GET /emojis"] },
      enterpriseTeamMemberships: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
        ],
        get: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
        remove: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ]
      },
      enterpriseTeamOrganizations: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
        ],
        delete: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignment: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignments: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
        ]
      },
      enterpriseTeams: {
        create: ["POST /enterprises/{enterprise}/teams"],
        delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
        get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
        list: ["GET /enterprises/{enterprise}/teams"],
        update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
      },
      gists: {
        checkIsStarred: ["GET /gists/{gist_id}/star"],
        create: ["POST /gists"],
        createComment: ["POST /gists/{gist_id}/comments"],
        delete: ["DELETE /gists/{gist_id}"],
        deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
        fork: ["POST /gists/{gist_id}/forks"],
        get: ["GET /gists/{gist_id}"],
        getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
        getRevision: ["GET /gists/{gist_id}/{sha}"],
        list: ["GET /gists"],
        listComments: ["GET /gists/{gist_id}/comments"],
        listCommits: ["GET /gists/{gist_id}/commits"],
        listForUser: ["GET /users/{username}/gists"],
        listForks: ["GET /gists/{gist_id}/forks"],
        listPublic: ["GET /gists/public"],
        listStarred: ["GET /gists/starred"],
        star: ["PUT /gists/{gist_id}/star"],
        unstar: ["DELETE /gists/{gist_id}/star"],
        update: ["PATCH /gists/{gist_id}"],
        updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
      },
      git: {
        createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
        createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
        createRef: ["POST /repos/{owner}/{repo}/git/refs"],
        createTag: ["POST /repos/{owner}/{repo}/git/tags"],
        createTree: ["POST /repos/{owner}/{repo}/git/trees"],
        deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
        getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
        getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
        getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
        getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
        getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
        listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
        updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
      },
      gitignore: {
        getAllTemplates: ["GET /gitignore/templates"],
        getTemplate: ["GET /gitignore/templates/{name}"]
      },
      hostedCompute: {
        createNetworkConfigurationForOrg: [
          "POST /orgs/{org}/settings/network-configurations"
        ],
        deleteNetworkConfigurationFromOrg: [
          "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkConfigurationForOrg: [
          "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkSettingsForOrg: [
          "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
        ],
        listNetworkConfigurationsForOrg: [
          "GET /orgs/{org}/settings/network-configurations"
        ],
        updateNetworkConfigurationForOrg: [
          "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ]
      },
      interactions: {
        getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
        getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
        getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
        getRestrictionsForYourPublicRepos: [
          "GET /user/interaction-limits",
          {},
          { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
        ],
        removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
        removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
        removeRestrictionsForRepo: [
          "DELETE /repos/{owner}/{repo}/interaction-limits"
        ],
        removeRestrictionsForYourPublicRepos: [
          "DELETE /user/interaction-limits",
          {},
          { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
        ],
        setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
        setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
        setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
        setRestrictionsForYourPublicRepos: [
          "PUT /user/interaction-limits",
          {},
          { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
        ]
      },
      issues: {
        addAssignees: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        addBlockedByDependency: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        addSubIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
        checkUserCanBeAssignedToIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
        ],
        create: ["POST /repos/{owner}/{repo}/issues"],
        createComment: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
        ],
        createLabel: ["POST /repos/{owner}/{repo}/labels"],
        createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
        deleteComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
        ],
        deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
        deleteMilestone: [
          "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
        ],
        get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
        getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
        getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
        getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
        getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
        list: ["GET /issues"],
        listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
        listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
        listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
        listDependenciesBlockedBy: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        listDependenciesBlocking: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
        ],
        listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
        listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
        listEventsForTimeline: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
        ],
        listForAuthenticatedUser: ["GET /user/issues"],
        listForOrg: ["GET /orgs/{org}/issues"],
        listForRepo: ["GET /repos/{owner}/{repo}/issues"],
        listLabelsForMilestone: [
          "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
        ],
        listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
        listLabelsOnIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
        listSubIssues: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        removeAllLabels: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        removeAssignees: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        removeDependencyBlockedBy: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
        ],
        removeLabel: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
        ],
        removeSubIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
        ],
        reprioritizeSubIssue: [
          "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
        ],
        setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
        updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
        updateMilestone: [
          "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
        ]
      },
      licenses: {
        get: ["GET /licenses/{license}"],
        getAllCommonlyUsed: ["GET /licenses"],
        getForRepo: ["GET /repos/{owner}/{repo}/license"]
      },
      markdown: {
        render: ["POST /markdown"],
        renderRaw: [
          "POST /markdown/raw",
          { headers: { "content-type": "text/plain; charset=utf-8" } }
        ]
      },
      meta: {
        get: ["GET /meta"],
        getAllVersions: ["GET /versions"],
        getOctocat: ["GET /octocat"],
        getZen: ["GET /zen"],
        root: ["GET /"]
      },
      migrations: {
        deleteArchiveForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/archive"
        ],
        deleteArchiveForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/archive"
        ],
        downloadArchiveForOrg: [
          "GET /orgs/{org}/migrations/{migration_id}/archive"
        ],
        getArchiveForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/archive"
        ],
        getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
        getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
        listForAuthenticatedUser: ["GET /user/migrations"],
        listForOrg: ["GET /orgs/{org}/migrations"],
        listReposForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/repositories"
        ],
        listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
        listReposForUser: [
          "GET /user/migrations/{migration_id}/repositories",
          {},
          { renamed: ["migrations", "listReposForAuthenticatedUser"] }
        ],
        startForAuthenticatedUser: ["POST /user/migrations"],
        startForOrg: ["POST /orgs/{org}/migrations"],
        unlockRepoForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
        ],
        unlockRepoForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
        ]
      },
      oidc: {
        getOidcCustomSubTemplateForOrg: [
          "GET /orgs/{org}/actions/oidc/customization/sub"
        ],
        updateOidcCustomSubTemplateForOrg: [
          "PUT /orgs/{org}/actions/oidc/customization/sub"
        ]
      },
      orgs: {
        addSecurityManagerTeam: [
          "PUT /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
          }
        ],
        assignTeamToOrgRole: [
          "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        assignUserToOrgRole: [
          "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        blockUser: ["PUT /orgs/{org}/blocks/{username}"],
        cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
        checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
        checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
        checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
        convertMemberToOutsideCollaborator: [
          "PUT /orgs/{org}/outside_collaborators/{username}"
        ],
        createArtifactStorageRecord: [
          "POST /orgs/{org}/artifacts/metadata/storage-record"
        ],
        createInvitation: ["POST /orgs/{org}/invitations"],
        createIssueType: ["POST /orgs/{org}/issue-types"],
        createWebhook: ["POST /orgs/{org}/hooks"],
        customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
          "PATCH /organizations/{org}/org-properties/values"
        ],
        customPropertiesForOrgsGetOrganizationValues: [
          "GET /organizations/{org}/org-properties/values"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
          "PUT /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
          "PATCH /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationValues: [
          "PATCH /orgs/{org}/properties/values"
        ],
        customPropertiesForReposDeleteOrganizationDefinition: [
          "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinition: [
          "GET /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinitions: [
          "GET /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposGetOrganizationValues: [
          "GET /orgs/{org}/properties/values"
        ],
        delete: ["DELETE /orgs/{org}"],
        deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
        deleteAttestationsById: [
          "DELETE /orgs/{org}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
        ],
        deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
        deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
        disableSelectedRepositoryImmutableReleasesOrganization: [
          "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        enableSelectedRepositoryImmutableReleasesOrganization: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        get: ["GET /orgs/{org}"],
        getImmutableReleasesSettings: [
          "GET /orgs/{org}/settings/immutable-releases"
        ],
        getImmutableReleasesSettingsRepositories: [
          "GET /orgs/{org}/settings/immutable-releases/repositories"
        ],
        getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
        getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
        getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
        getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
        getOrgRulesetVersion: [
          "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
        getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
        getWebhookDelivery: [
          "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        list: ["GET /organizations"],
        listAppInstallations: ["GET /orgs/{org}/installations"],
        listArtifactStorageRecords: [
          "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
        ],
        listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
        listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedUsers: ["GET /orgs/{org}/blocks"],
        listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
        listForAuthenticatedUser: ["GET /user/orgs"],
        listForUser: ["GET /users/{username}/orgs"],
        listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
        listIssueTypes: ["GET /orgs/{org}/issue-types"],
        listMembers: ["GET /orgs/{org}/members"],
        listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
        listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
        listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
        listOrgRoles: ["GET /orgs/{org}/organization-roles"],
        listOrganizationFineGrainedPermissions: [
          "GET /orgs/{org}/organization-fine-grained-permissions"
        ],
        listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
        listPatGrantRepositories: [
          "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
        ],
        listPatGrantRequestRepositories: [
          "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
        ],
        listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
        listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
        listPendingInvitations: ["GET /orgs/{org}/invitations"],
        listPublicMembers: ["GET /orgs/{org}/public_members"],
        listSecurityManagerTeams: [
          "GET /orgs/{org}/security-managers",
          {},
          {
            deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
          }
        ],
        listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
        listWebhooks: ["GET /orgs/{org}/hooks"],
        pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeMember: ["DELETE /orgs/{org}/members/{username}"],
        removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
        removeOutsideCollaborator: [
          "DELETE /orgs/{org}/outside_collaborators/{username}"
        ],
        removePublicMembershipForAuthenticatedUser: [
          "DELETE /orgs/{org}/public_members/{username}"
        ],
        removeSecurityManagerTeam: [
          "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
          }
        ],
        reviewPatGrantRequest: [
          "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
        ],
        reviewPatGrantRequestsInBulk: [
          "POST /orgs/{org}/personal-access-token-requests"
        ],
        revokeAllOrgRolesTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
        ],
        revokeAllOrgRolesUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}"
        ],
        revokeOrgRoleTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        revokeOrgRoleUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        setImmutableReleasesSettings: [
          "PUT /orgs/{org}/settings/immutable-releases"
        ],
        setImmutableReleasesSettingsRepositories: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories"
        ],
        setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
        setPublicMembershipForAuthenticatedUser: [
          "PUT /orgs/{org}/public_members/{username}"
        ],
        unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
        update: ["PATCH /orgs/{org}"],
        updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
        updateMembershipForAuthenticatedUser: [
          "PATCH /user/memberships/orgs/{org}"
        ],
        updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
        updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
        updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
        updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
      },
      packages: {
        deletePackageForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}"
        ],
        deletePackageForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        deletePackageForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}"
        ],
        deletePackageVersionForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getAllPackageVersionsForAPackageOwnedByAnOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
          {},
          { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
        ],
        getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions",
          {},
          {
            renamed: [
              "packages",
              "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
            ]
          }
        ],
        getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions"
        ],
        getPackageForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}"
        ],
        getPackageForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        getPackageForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}"
        ],
        getPackageVersionForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        listDockerMigrationConflictingPackagesForAuthenticatedUser: [
          "GET /user/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForOrganization: [
          "GET /orgs/{org}/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForUser: [
          "GET /users/{username}/docker/conflicts"
        ],
        listPackagesForAuthenticatedUser: ["GET /user/packages"],
        listPackagesForOrganization: ["GET /orgs/{org}/packages"],
        listPackagesForUser: ["GET /users/{username}/packages"],
        restorePackageForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageVersionForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ]
      },
      privateRegistries: {
        createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
        deleteOrgPrivateRegistry: [
          "DELETE /orgs/{org}/private-registries/{secret_name}"
        ],
        getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
        listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
        updateOrgPrivateRegistry: [
          "PATCH /orgs/{org}/private-registries/{secret_name}"
        ]
      },
      projects: {
        addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
        addItemForUser: [
          "POST /users/{username}/projectsV2/{project_number}/items"
        ],
        deleteItemForOrg: [
          "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        deleteItemForUser: [
          "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        getFieldForOrg: [
          "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getFieldForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
        getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
        getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
        getUserItem: [
          "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
        listFieldsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields"
        ],
        listForOrg: ["GET /orgs/{org}/projectsV2"],
        listForUser: ["GET /users/{username}/projectsV2"],
        listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
        listItemsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/items"
        ],
        updateItemForOrg: [
          "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        updateItemForUser: [
          "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ]
      },
      pulls: {
        checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        create: ["POST /repos/{owner}/{repo}/pulls"],
        createReplyForReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
        ],
        createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        createReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        deletePendingReview: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        deleteReviewComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ],
        dismissReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
        ],
        get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
        getReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
        list: ["GET /repos/{owner}/{repo}/pulls"],
        listCommentsForReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
        listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
        listRequestedReviewers: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        listReviewComments: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
        listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        removeRequestedReviewers: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        requestReviewers: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        submitReview: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
        ],
        update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
        updateBranch: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
        ],
        updateReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        updateReviewComment: [
          "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ]
      },
      rateLimit: { get: ["GET /rate_limit"] },
      reactions: {
        createForCommitComment: [
          "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        createForIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
        ],
        createForIssueComment: [
          "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        createForPullRequestReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        createForRelease: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        createForTeamDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        createForTeamDiscussionInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ],
        deleteForCommitComment: [
          "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
        ],
        deleteForIssueComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForPullRequestComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForRelease: [
          "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussion: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussionComment: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
        ],
        listForCommitComment: [
          "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
        listForIssueComment: [
          "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        listForPullRequestReviewComment: [
          "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        listForRelease: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        listForTeamDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        listForTeamDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ]
      },
      repos: {
        acceptInvitation: [
          "PATCH /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
        ],
        acceptInvitationForAuthenticatedUser: [
          "PATCH /user/repository_invitations/{invitation_id}"
        ],
        addAppAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
        addStatusCheckContexts: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        addTeamAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        addUserAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        cancelPagesDeployment: [
          "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
        ],
        checkAutomatedSecurityFixes: [
          "GET /repos/{owner}/{repo}/automated-security-fixes"
        ],
        checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
        checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
        checkPrivateVulnerabilityReporting: [
          "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        checkVulnerabilityAlerts: [
          "GET /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
        compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
        compareCommitsWithBasehead: [
          "GET /repos/{owner}/{repo}/compare/{basehead}"
        ],
        createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
        createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
        createCommitComment: [
          "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        createCommitSignatureProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
        createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
        createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
        createDeploymentBranchPolicy: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        createDeploymentProtectionRule: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        createDeploymentStatus: [
          "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
        createForAuthenticatedUser: ["POST /user/repos"],
        createFork: ["POST /repos/{owner}/{repo}/forks"],
        createInOrg: ["POST /orgs/{org}/repos"],
        createOrUpdateEnvironment: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
        createOrgRuleset: ["POST /orgs/{org}/rulesets"],
        createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
        createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
        createRelease: ["POST /repos/{owner}/{repo}/releases"],
        createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
        createUsingTemplate: [
          "POST /repos/{template_owner}/{template_repo}/generate"
        ],
        createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
        customPropertiesForReposCreateOrUpdateRepositoryValues: [
          "PATCH /repos/{owner}/{repo}/properties/values"
        ],
        customPropertiesForReposGetRepositoryValues: [
          "GET /repos/{owner}/{repo}/properties/values"
        ],
        declineInvitation: [
          "DELETE /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
        ],
        declineInvitationForAuthenticatedUser: [
          "DELETE /user/repository_invitations/{invitation_id}"
        ],
        delete: ["DELETE /repos/{owner}/{repo}"],
        deleteAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        deleteAdminBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        deleteAnEnvironment: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        deleteBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
        deleteCommitSignatureProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
        deleteDeployment: [
          "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
        ],
        deleteDeploymentBranchPolicy: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
        deleteInvitation: [
          "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
        deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
        deletePullRequestReviewProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
        deleteReleaseAsset: [
          "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
        disableAutomatedSecurityFixes: [
          "DELETE /repos/{owner}/{repo}/automated-security-fixes"
        ],
        disableDeploymentProtectionRule: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        disableImmutableReleases: [
          "DELETE /repos/{owner}/{repo}/immutable-releases"
        ],
        disablePrivateVulnerabilityReporting: [
          "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        disableVulnerabilityAlerts: [
          "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        downloadArchive: [
          "GET /repos/{owner}/{repo}/zipball/{ref}",
          {},
          { renamed: ["repos", "downloadZipballArchive"] }
        ],
        downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
        downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
        enableAutomatedSecurityFixes: [
          "PUT /repos/{owner}/{repo}/automated-security-fixes"
        ],
        enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
        enablePrivateVulnerabilityReporting: [
          "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        enableVulnerabilityAlerts: [
          "PUT /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        generateReleaseNotes: [
          "POST /repos/{owner}/{repo}/releases/generate-notes"
        ],
        get: ["GET /repos/{owner}/{repo}"],
        getAccessRestrictions: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        getAdminBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        getAllDeploymentProtectionRules: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
        getAllStatusCheckContexts: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
        ],
        getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
        getAppsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
        ],
        getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
        getBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
        getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
        getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
        getCollaboratorPermissionLevel: [
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
        ],
        getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
        getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
        getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
        getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
        getCommitSignatureProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
        getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
        getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
        getCustomDeploymentProtectionRule: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
        getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
        getDeploymentBranchPolicy: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        getDeploymentStatus: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
        ],
        getEnvironment: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
        getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
        getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
        getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
        getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
        getOrgRulesets: ["GET /orgs/{org}/rulesets"],
        getPages: ["GET /repos/{owner}/{repo}/pages"],
        getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
        getPagesDeployment: [
          "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
        ],
        getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
        getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
        getPullRequestReviewProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
        getReadme: ["GET /repos/{owner}/{repo}/readme"],
        getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
        getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
        getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
        getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
        getRepoRuleSuite: [
          "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
        ],
        getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
        getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        getRepoRulesetHistory: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
        ],
        getRepoRulesetVersion: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
        getStatusChecksProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        getTeamsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
        ],
        getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
        getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
        getUsersWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
        ],
        getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
        getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
        getWebhookConfigForRepo: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        getWebhookDelivery: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        listActivities: ["GET /repos/{owner}/{repo}/activity"],
        listAttestations: [
          "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
        ],
        listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
        listBranches: ["GET /repos/{owner}/{repo}/branches"],
        listBranchesForHeadCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
        ],
        listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
        listCommentsForCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
        listCommitStatusesForRef: [
          "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/commits"],
        listContributors: ["GET /repos/{owner}/{repo}/contributors"],
        listCustomDeploymentRuleIntegrations: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
        ],
        listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
        listDeploymentBranchPolicies: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        listDeploymentStatuses: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
        listForAuthenticatedUser: ["GET /user/repos"],
        listForOrg: ["GET /orgs/{org}/repos"],
        listForUser: ["GET /users/{username}/repos"],
        listForks: ["GET /repos/{owner}/{repo}/forks"],
        listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
        listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
        listLanguages: ["GET /repos/{owner}/{repo}/languages"],
        listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
        listPublic: ["GET /repositories"],
        listPullRequestsAssociatedWithCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
        ],
        listReleaseAssets: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
        ],
        listReleases: ["GET /repos/{owner}/{repo}/releases"],
        listTags: ["GET /repos/{owner}/{repo}/tags"],
        listTeams: ["GET /repos/{owner}/{repo}/teams"],
        listWebhookDeliveries: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
        ],
        listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
        merge: ["POST /repos/{owner}/{repo}/merges"],
        mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
        pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeAppAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        removeCollaborator: [
          "DELETE /repos/{owner}/{repo}/collaborators/{username}"
        ],
        removeStatusCheckContexts: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        removeStatusCheckProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        removeTeamAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        removeUserAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
        replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
        requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
        setAdminBranchProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        setAppAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        setStatusCheckContexts: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        setTeamAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        setUserAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
        transfer: ["POST /repos/{owner}/{repo}/transfer"],
        update: ["PATCH /repos/{owner}/{repo}"],
        updateBranchProtection: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
        updateDeploymentBranchPolicy: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
        updateInvitation: [
          "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
        updatePullRequestReviewProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
        updateReleaseAsset: [
          "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        updateStatusCheckPotection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
          {},
          { renamed: ["repos", "updateStatusCheckProtection"] }
        ],
        updateStatusCheckProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
        updateWebhookConfigForRepo: [
          "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        uploadReleaseAsset: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
          { baseUrl: "https://uploads.github.com" }
        ]
      },
      search: {
        code: ["GET /search/code"],
        commits: ["GET /search/commits"],
        issuesAndPullRequests: ["GET /search/issues"],
        labels: ["GET /search/labels"],
        repos: ["GET /search/repositories"],
        topics: ["GET /search/topics"],
        users: ["GET /search/users"]
      },
      secretScanning: {
        createPushProtectionBypass: [
          "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
        listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
        listLocationsForAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
        ],
        listOrgPatternConfigs: [
          "GET /orgs/{org}/secret-scanning/pattern-configurations"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        updateOrgPatternConfigs: [
          "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
        ]
      },
      securityAdvisories: {
        createFork: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
        ],
        createPrivateVulnerabilityReport: [
          "POST /repos/{owner}/{repo}/security-advisories/reports"
        ],
        createRepositoryAdvisory: [
          "POST /repos/{owner}/{repo}/security-advisories"
        ],
        createRepositoryAdvisoryCveRequest: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
        ],
        getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
        getRepositoryAdvisory: [
          "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ],
        listGlobalAdvisories: ["GET /advisories"],
        listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
        listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
        updateRepositoryAdvisory: [
          "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ]
      },
      teams: {
        addOrUpdateMembershipForUserInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        addOrUpdateRepoPermissionsInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        checkPermissionsForRepoInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        create: ["POST /orgs/{org}/teams"],
        createDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
        deleteDiscussionCommentInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        deleteDiscussionInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
        getByName: ["GET /orgs/{org}/teams/{team_slug}"],
        getDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        getDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        getMembershipForUserInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        list: ["GET /orgs/{org}/teams"],
        listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
        listDiscussionCommentsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
        listForAuthenticatedUser: ["GET /user/teams"],
        listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
        listPendingInvitationsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/invitations"
        ],
        listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
        removeMembershipForUserInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        removeRepoInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        updateDiscussionCommentInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        updateDiscussionInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
      },
      users: {
        addEmailForAuthenticated: [
          "POST /user/emails",
          {},
          { renamed: ["users", "addEmailForAuthenticatedUser"] }
        ],
        addEmailForAuthenticatedUser: ["POST /user/emails"],
        addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
        block: ["PUT /user/blocks/{username}"],
        checkBlocked: ["GET /user/blocks/{username}"],
        checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
        checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
        createGpgKeyForAuthenticated: [
          "POST /user/gpg_keys",
          {},
          { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
        ],
        createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
        createPublicSshKeyForAuthenticated: [
          "POST /user/keys",
          {},
          { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
        ],
        createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
        createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
        deleteAttestationsBulk: [
          "POST /users/{username}/attestations/delete-request"
        ],
        deleteAttestationsById: [
          "DELETE /users/{username}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /users/{username}/attestations/digest/{subject_digest}"
        ],
        deleteEmailForAuthenticated: [
          "DELETE /user/emails",
          {},
          { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
        ],
        deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
        deleteGpgKeyForAuthenticated: [
          "DELETE /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
        ],
        deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
        deletePublicSshKeyForAuthenticated: [
          "DELETE /user/keys/{key_id}",
          {},
          { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
        ],
        deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
        deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
        deleteSshSigningKeyForAuthenticatedUser: [
          "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        follow: ["PUT /user/following/{username}"],
        getAuthenticated: ["GET /user"],
        getById: ["GET /user/{account_id}"],
        getByUsername: ["GET /users/{username}"],
        getContextForUser: ["GET /users/{username}/hovercard"],
        getGpgKeyForAuthenticated: [
          "GET /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
        ],
        getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
        getPublicSshKeyForAuthenticated: [
          "GET /user/keys/{key_id}",
          {},
          { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
        ],
        getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
        getSshSigningKeyForAuthenticatedUser: [
          "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        list: ["GET /users"],
        listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedByAuthenticated: [
          "GET /user/blocks",
          {},
          { renamed: ["users", "listBlockedByAuthenticatedUser"] }
        ],
        listBlockedByAuthenticatedUser: ["GET /user/blocks"],
        listEmailsForAuthenticated: [
          "GET /user/emails",
          {},
          { renamed: ["users", "listEmailsForAuthenticatedUser"] }
        ],
        listEmailsForAuthenticatedUser: ["GET /user/emails"],
        listFollowedByAuthenticated: [
          "GET /user/following",
          {},
          { renamed: ["users", "listFollowedByAuthenticatedUser"] }
        ],
        listFollowedByAuthenticatedUser: ["GET /user/following"],
        listFollowersForAuthenticatedUser: ["GET /user/followers"],
        listFollowersForUser: ["GET /users/{username}/followers"],
        listFollowingForUser: ["GET /users/{username}/following"],
        listGpgKeysForAuthenticated: [
          "GET /user/gpg_keys",
          {},
          { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
        ],
        listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
        listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
        listPublicEmailsForAuthenticated: [
          "GET /user/public_emails",
          {},
          { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
        ],
        listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
        listPublicKeysForUser: ["GET /users/{username}/keys"],
        listPublicSshKeysForAuthenticated: [
          "GET /user/keys",
          {},
          { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
        ],
        listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
        listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
        listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
        listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
        listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
        setPrimaryEmailVisibilityForAuthenticated: [
          "PATCH /user/email/visibility",
          {},
          { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
        ],
        setPrimaryEmailVisibilityForAuthenticatedUser: [
          "PATCH /user/email/visibility"
        ],
        unblock: ["DELETE /user/blocks/{username}"],
        unfollow: ["DELETE /user/following/{username}"],
        updateAuthenticated: ["PATCH /user"]
      }
    };
    endpoints_default = Endpoints;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}
var endpointMethodsMap, handler;
var init_endpoints_to_methods = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_endpoints();
    endpointMethodsMap = /* @__PURE__ */ new Map();
    for (const [scope, endpoints] of Object.entries(endpoints_default)) {
      for (const [methodName, endpoint2] of Object.entries(endpoints)) {
        const [route, defaults, decorations] = endpoint2;
        const [method, url] = route.split(/ /);
        const endpointDefaults = Object.assign(
          {
            method,
            url
          },
          defaults
        );
        if (!endpointMethodsMap.has(scope)) {
          endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
        }
        endpointMethodsMap.get(scope).set(methodName, {
          scope,
          methodName,
          endpointDefaults,
          decorations
        });
      }
    }
    handler = {
      has({ scope }, methodName) {
        return endpointMethodsMap.get(scope).has(methodName);
      },
      getOwnPropertyDescriptor(target2, methodName) {
        return {
          value: this.get(target2, methodName),
          // ensures method is in the cache
          configurable: true,
          writable: true,
          enumerable: true
        };
      },
      defineProperty(target2, methodName, descriptor2) {
        Object.defineProperty(target2.cache, methodName, descriptor2);
        return true;
      },
      deleteProperty(target2, methodName) {
        delete target2.cache[methodName];
        return true;
      },
      ownKeys({ scope }) {
        return [...endpointMethodsMap.get(scope).keys()];
      },
      set(target2, methodName, value) {
        return target2.cache[methodName] = value;
      },
      get({ octokit, scope, cache: cache2 }, methodName) {
        if (cache2[methodName]) {
          return cache2[methodName];
        }
        const method = endpointMethodsMap.get(scope).get(methodName);
        if (!method) {
          return void 0;
        }
        const { endpointDefaults, decorations } = method;
        if (decorations) {
          cache2[methodName] = decorate(
            octokit,
            scope,
            methodName,
            endpointDefaults,
            decorations
          );
        } else {
          cache2[methodName] = octokit.request.defaults(endpointDefaults);
        }
        return cache2[methodName];
      }
    };
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api2 = endpointsToMethods(octokit);
  return {
    rest: api2
  };
}
function legacyRestEndpointMethods(octokit) {
  const api2 = endpointsToMethods(octokit);
  return {
    ...api2,
    rest: api2
  };
}
var init_dist_src4 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_version4();
    init_endpoints_to_methods();
    restEndpointMethods.VERSION = VERSION9;
    legacyRestEndpointMethods.VERSION = VERSION9;
  }
});

// node_modules/@octokit/rest/dist-src/version.js
var VERSION10;
var init_version5 = __esm({
  "node_modules/@octokit/rest/dist-src/version.js"() {
    init_define_LEAKWARDEN_BUILD();
    VERSION10 = "22.0.1";
  }
});

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2;
var init_dist_src5 = __esm({
  "node_modules/@octokit/rest/dist-src/index.js"() {
    init_define_LEAKWARDEN_BUILD();
    init_dist_src2();
    init_dist_src3();
    init_dist_bundle7();
    init_dist_src4();
    init_version5();
    Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
      {
        userAgent: `octokit-rest.js/${VERSION10}`
      }
    );
  }
});

// src/action/api.ts
function apiLimits(env) {
  const timeoutMs = positive(env.LEAKWARDEN_API_TIMEOUT_MS, 15e3);
  const totalMs = positive(env.LEAKWARDEN_API_TOTAL_MS, 8 * timeoutMs);
  return { timeoutMs, retries: 3, retryMs: positive(env.LEAKWARDEN_API_RETRY_MS, 1e3), maxWaitSeconds: 60, totalMs };
}
function githubApi(options) {
  const limits = apiLimits(options.env);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException(`stopped after ${seconds(limits.totalMs)} in all`, "AbortError")), limits.totalMs);
  timer.unref();
  const started = Date.now();
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    const within = retryAfter <= limits.maxWaitSeconds && Date.now() - started + retryAfter * 1e3 < limits.totalMs;
    if (retryCount >= 2 || !within) return false;
    options.log(`leakwarden: GitHub API ${kind}: waiting ${retryAfter} s, then retrying ${request2.method} ${request2.url}`);
    return true;
  };
  const octokit = new GitHub({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: "leakwarden",
    request: { fetch: timedFetch(limits.timeoutMs, deadline.signal) },
    retry: { retries: limits.retries, retryAfterBaseValue: limits.retryMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
    log: { debug: () => {
    }, info: () => {
    }, warn: options.log, error: options.log }
  });
  return { octokit, limits, close: () => clearTimeout(timer) };
}
function timedFetch(timeoutMs, deadline) {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), deadline, ...init?.signal ? [init.signal] : []];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
}
function useProxyFromEnv(env) {
  const proxy = env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY;
  if (!proxy) return null;
  const fromEnv = import_node_http.default.setGlobalProxyFromEnv;
  if (typeof fromEnv === "function") {
    fromEnv(env);
    return null;
  }
  if (env.NODE_USE_ENV_PROXY === "1") return null;
  return `a proxy is set (https_proxy or http_proxy), but Node ${process.version} does not apply it by itself: set NODE_USE_ENV_PROXY: 1 in the job's env, or use a runner whose Node is 24.14 or later`;
}
function describeApiError(error2, limits) {
  const failure3 = error2;
  const causes = [];
  for (let cause = failure3.cause; cause && causes.length < 4; cause = cause.cause) causes.push(cause);
  const retried = `${limits.retries} retries`;
  if (failure3.name === "AbortError" || causes.some((c) => c.name === "AbortError")) return `gave up: ${failure3.message ?? "aborted"}`;
  if (causes.some((c) => c.name === "TimeoutError")) return `no answer within ${seconds(limits.timeoutMs)} (after ${retried})`;
  if (typeof failure3.status === "number" && failure3.response !== void 0) {
    const text = (failure3.message ?? "").split("\n")[0].slice(0, 200);
    return `HTTP ${failure3.status}${text ? ` (${text})` : ""}${failure3.status >= 500 ? `, after ${retried}` : ""}`;
  }
  const network = causes.find((c) => c.code)?.code ?? causes.at(-1)?.message ?? failure3.message ?? String(error2);
  return `${network} (after ${retried})`;
}
function positive(text, fallback) {
  const value = Number(text);
  return text !== void 0 && text !== "" && Number.isFinite(value) && value > 0 ? value : fallback;
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}
var import_node_http, GitHub;
var init_api = __esm({
  "src/action/api.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_http = __toESM(require("node:http"), 1);
    init_dist_bundle();
    init_dist_bundle2();
    init_dist_src5();
    GitHub = Octokit2.plugin(retry, throttling);
  }
});

// src/action/event.ts
function scopeFromEvent(eventName, payload, scope) {
  if (scope === "history") return { kind: "history", reason: "scope: history (the whole history of every ref)" };
  if (scope === "dir") return { kind: "dir", reason: "scope: dir (the files of the checkout)" };
  const event = payload ?? {};
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = event.pull_request;
      const base = sha(pr?.base?.sha, "pull_request.base.sha");
      const head2 = sha(pr?.head?.sha, "pull_request.head.sha");
      return {
        kind: "range",
        base,
        head: head2,
        reason: `pull request #${pr?.number ?? "?"}: the commits of ${short(head2)} not in its base ${short(base)}`,
        expectedCommits: typeof pr?.commits === "number" ? pr.commits : null,
        pullRequest: typeof pr?.number === "number" ? { number: pr.number, headSha: head2, baseSha: base } : null
      };
    }
    case "push": {
      const after = sha(event.after, "after");
      if (ZERO2.test(after)) throw new ScopeError("this push deleted a branch: there is nothing to scan", "run the Action on pushes that create or update branches (on: push: branches-ignore is not needed; this run can be skipped)");
      const before = event.before === void 0 || ZERO2.test(event.before) ? null : sha(event.before, "before");
      const ref = typeof event.ref === "string" && event.ref.startsWith("refs/") ? event.ref : null;
      const what = before === null ? ref?.startsWith("refs/tags/") ? " (a new tag)" : " (a new branch)" : event.forced ? " (forced)" : "";
      return { kind: "push", after, before, ref, reason: `push to ${ref ?? short(after)}${what}` };
    }
    case "merge_group": {
      const group = event.merge_group;
      const base = sha(group?.base_sha, "merge_group.base_sha");
      const head2 = sha(group?.head_sha, "merge_group.head_sha");
      return { kind: "range", base, head: head2, reason: `merge queue: the commits of ${short(head2)} not in ${short(base)}`, expectedCommits: null, pullRequest: null };
    }
    case "workflow_dispatch":
    case "schedule":
      return { kind: "history", reason: `${eventName}: the whole history of every ref` };
    default:
      throw new ScopeError(`unsupported event "${eventName || "(none)"}"`, "run on pull_request, push, merge_group, workflow_dispatch or schedule, or set `scope: history` or `scope: dir`");
  }
}
function sha(value, field) {
  if (typeof value !== "string" || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)) {
    throw new ScopeError(`the event payload has no valid ${field}`, "check GITHUB_EVENT_PATH points at the event payload, or set `scope: history`");
  }
  return value;
}
function short(value) {
  return value.slice(0, 12);
}
var ZERO2, ScopeError;
var init_event = __esm({
  "src/action/event.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    ZERO2 = /^0+$/;
    ScopeError = class extends Error {
      constructor(message2, hint) {
        super(message2);
        this.hint = hint;
      }
      hint;
    };
  }
});

// src/action/input-defs.ts
function inputDefs() {
  return [
    ...ACTION_ONLY_INPUTS,
    ...OPTIONS.filter((option) => option.action).map((option) => ({
      name: option.flag,
      // An option the config file can set has no default here: the runner passes defaults as if given, and a
      // given value would beat the config's.
      description: option.config && option.default !== void 0 ? `${option.description} (default: the config file's, else ${String(option.default)})` : option.description,
      default: option.default === void 0 || option.config ? "" : String(option.default)
    }))
  ];
}
var ACTION_ONLY_INPUTS;
var init_input_defs = __esm({
  "src/action/input-defs.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_options();
    init_annotation_budget();
    ACTION_ONLY_INPUTS = [
      { name: "scope", description: "What to scan: auto (from the event: a pull request's commits, a push's new commits, the whole history on schedule and workflow_dispatch), history, or dir", default: "auto" },
      { name: "fail-on-findings", description: "Fail the job when a secret is found", default: "true" },
      { name: "sarif-file", description: "Write a SARIF 2.1.0 report to this path (for github/codeql-action/upload-sarif)", default: "" },
      { name: "comment", description: "Post review comments on the pull request's changed lines (needs pull-requests: write)", default: "true" },
      { name: "annotations", description: `Annotate findings in the job (at most ${ANNOTATION_BUDGET.perLevel} per level, ${ANNOTATION_BUDGET.perJob} per job: the rest are listed in the summary)`, default: "true" },
      { name: "github-token", description: "Token for review comments, and for the Action's own git fetches when the checkout kept no credentials (persist-credentials: false); empty: no comments", default: "${{ github.token }}" }
    ];
  }
});

// src/action/inputs.ts
function actionInputs(env = process.env) {
  const defaults = new Map(inputDefs().map((def) => [def.name, def.default]));
  const given = /* @__PURE__ */ new Set();
  const text = (name) => {
    const value = getInput(name);
    const option = OPTIONS.find((o) => o.action && o.flag === name);
    if (value !== "" && option) given.add(option.key);
    return value || defaults.get(name) || (option?.default === void 0 ? "" : String(option.default));
  };
  const flag = (name) => {
    const value = text(name).toLowerCase();
    if (["true", "yes", "1", "on"].includes(value)) return true;
    if (["false", "no", "0", "off"].includes(value)) return false;
    throw new UsageError(`input ${name} must be true or false, got "${value}"`, `set ${name}: true or ${name}: false`);
  };
  const scope = text("scope");
  if (!["auto", "history", "dir"].includes(scope)) throw new UsageError(`input scope must be auto, history or dir, got "${scope}"`, "remove the input to scan what the event calls for");
  return {
    scope,
    failOnFindings: flag("fail-on-findings"),
    sarifFile: text("sarif-file"),
    comment: flag("comment"),
    annotations: flag("annotations"),
    // Never the default when empty: action.yml's default is the expression `${{ github.token }}`, which the runner
    // expands; a workflow that sets `github-token: ''` (or an unset secret) means "no token", not that text.
    githubToken: getInput("github-token"),
    options: {
      maxFileSize: parseSize(text("max-file-size")),
      gitignore: flag("gitignore"),
      strictIgnores: false,
      redact: flag("redact"),
      config: text("config") || null,
      baseline: text("baseline") || null,
      given,
      // The CLI's defaults for the rest; a Connect host comes from the workflow's OP_CONNECT_HOST, if any.
      verify: verifySettings({ verify: flag("verify"), onlyVerified: false, timeoutMs: 1e4, connectHost: null }, env)
    }
  };
}
var init_inputs = __esm({
  "src/action/inputs.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_core();
    init_options();
    init_input_defs();
    init_errors();
    init_settings2();
  }
});

// src/action/outputs.ts
function writeOutputs(result, context, inputs, cwd, env) {
  setOutput("findings", result.findings.length);
  setOutput("incidents", result.incidents?.length ?? 0);
  setOutput("scanned-commits", result.stats.history?.commits ?? 0);
  const reportFile = import_node_path12.default.join((0, import_node_fs10.mkdtempSync)(import_node_path12.default.join(env.RUNNER_TEMP || import_node_os4.default.tmpdir(), "leakwarden-")), "report.json");
  writePieces(reportFile, reportChunks(jsonReporter, result, context));
  setOutput("report-file", reportFile);
  if (inputs.annotations) process.stdout.write(githubReporter.format(result, context));
  const sarifFile = inputs.sarifFile === "" ? null : import_node_path12.default.resolve(cwd, inputs.sarifFile);
  if (sarifFile !== null) {
    writePieces(sarifFile, reportChunks(sarifReporter, result, context));
    setOutput("sarif-file", sarifFile);
  }
  return { reportFile, sarifFile };
}
function writeSummary(env, text) {
  if (env.GITHUB_STEP_SUMMARY) (0, import_node_fs10.appendFileSync)(env.GITHUB_STEP_SUMMARY, text);
  else info("GITHUB_STEP_SUMMARY is not set: no job summary written");
}
var import_node_fs10, import_node_os4, import_node_path12;
var init_outputs = __esm({
  "src/action/outputs.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs10 = require("node:fs");
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path12 = __toESM(require("node:path"), 1);
    init_core();
    init_github();
    init_json();
    init_reporter();
    init_sarif();
  }
});

// src/action/fetch.ts
async function fetchAccess(cwd, token, serverUrl, env) {
  if (token === "") return {};
  const prefix = `${serverUrl.replace(/\/+$/, "")}/`;
  const kept = await git(["config", "--get-urlmatch", "http.extraheader", prefix], { cwd, okExitCodes: [1] });
  if (kept.exitCode === 0 && kept.stdout.toString("utf8").trim() !== "") return {};
  const count = Number(env.GIT_CONFIG_COUNT ?? "0") || 0;
  const key = `http.${prefix}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(count + 2),
    // An empty value first: git sends every extraheader it is given, and GitHub refuses two Authorization headers.
    [`GIT_CONFIG_KEY_${count}`]: key,
    [`GIT_CONFIG_VALUE_${count}`]: "",
    [`GIT_CONFIG_KEY_${count + 1}`]: key,
    [`GIT_CONFIG_VALUE_${count + 1}`]: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`
  };
}
function fetcher(cwd, remote, access, fetches) {
  return async (args, options = {}) => {
    try {
      await git(["-c", "protocol.allow=always", "fetch", "--quiet", "--no-tags", "--no-write-fetch-head", ...args], { cwd, network: true, env: access });
    } catch (error2) {
      if (options.tolerate) return false;
      const hint = Object.keys(access).length > 0 || /could not read Username|Authentication failed|401|403/i.test(error2.message) ? "give the job `contents: read` (and the Action a github-token that can read the repository); or check out with fetch-depth: 0" : "check the remote; or check out with fetch-depth: 0";
      throw new InputError(`could not fetch from ${remote}: ${error2.message}`, hint);
    }
    fetches.push(`git fetch ${args.join(" ")}`);
    return true;
  };
}
async function healRange(cwd, base, head2, options) {
  const remote = options.remote ?? "origin";
  const fetches = [];
  const fetch2 = fetcher(cwd, remote, options.access, fetches);
  const check = () => resolveScope(cwd, { kind: "refs", range: `${base}..${head2}`, sinceCommit: null, branch: null });
  const has = (rev) => hasCommit(cwd, rev);
  const shallow = () => isShallow(cwd);
  if (!await has(head2)) await fetch2([...await shallow() ? [`--depth=${Math.max(2, (options.expectedCommits ?? 0) + 2)}`] : [], remote, head2]);
  let lastError;
  const depths = [Math.max(50, (options.expectedCommits ?? 0) + 10), 200, 1e3];
  for (let step = 0; ; step++) {
    if (await has(base) && await newCommits(cwd, [head2, "--not", base]) === 0) return { scope: null, fetches };
    try {
      return { scope: await check(), fetches };
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      lastError = error2;
    }
    const isShallow2 = await shallow();
    if (!isShallow2 && await has(base)) throw lastError;
    if (step > depths.length) throw lastError;
    if (!await has(base)) {
      await fetch2([...isShallow2 ? ["--depth=1"] : [], remote, base]);
      continue;
    }
    if (!isShallow2) throw lastError;
    const depth = depths[step];
    await fetch2([depth === void 0 ? "--unshallow" : `--deepen=${depth}`, remote, head2, base]);
  }
}
async function healPush(cwd, push, options) {
  const remote = options.remote ?? "origin";
  const fetches = [];
  const fetch2 = fetcher(cwd, remote, options.access, fetches);
  const branches = `+refs/heads/*:refs/remotes/${remote}/*`;
  const initially = await isShallow(cwd) ? ["--depth=50"] : [];
  await fetch2([...initially, "--prune", remote, branches]);
  if (!await hasCommit(cwd, push.after)) await fetch2([...initially, remote, push.after]);
  let before = push.before;
  const gone = before !== null && !await hasCommit(cwd, before) && !await fetch2([...await isShallow(cwd) ? ["--depth=1"] : [], remote, before], { tolerate: true });
  if (gone) before = null;
  const branch = push.ref?.startsWith("refs/heads/") ? push.ref.slice("refs/heads/".length) : null;
  const exclude = [...before ? [before] : [], ...branch ? [`--exclude=${remote}/${branch}`] : [], `--exclude=${remote}/HEAD`, `--remotes=${remote}`];
  const tip = `${push.after}^{commit}`;
  const after = push.after.slice(0, 12);
  const old = push.before?.slice(0, 12) ?? "";
  const notOn = before ? `neither the old tip ${old} nor any other branch of ${remote} has` : `no other branch of ${remote} has`;
  const depths = [200, 1e3];
  for (let step = 0; ; step++) {
    const count = await newCommits(cwd, [tip, "--not", ...exclude]);
    if (count === 0) {
      return { select: null, fetches, which: `no new commits (every commit of ${after} is on ${before ? `the old tip ${old} or ` : ""}another branch of ${remote})` };
    }
    const open = await isShallow(cwd) && (await git(["rev-list", "--max-parents=0", "--max-count=1", tip, "--not", ...exclude], { cwd })).stdout.length > 0;
    if (!open) {
      const which = `${gone ? `the old tip ${old} is gone from ${remote}, so ` : ""}the ${count} ${count === 1 ? "commit" : "commits"} of ${after} that ${notOn}`;
      return { select: { kind: "pushed", tips: [tip], exclude, label: `${after}, not on ${before ? `${old} or ` : ""}other branches of ${remote}` }, fetches, which };
    }
    const depth = depths[step];
    await fetch2([depth === void 0 ? "--unshallow" : `--deepen=${depth}`, remote, push.after, ...before ? [before] : [], branches]);
  }
}
async function newCommits(cwd, revisions) {
  return Number((await git(["rev-list", "--count", ...revisions], { cwd })).stdout.toString("utf8").trim());
}
async function unshallowAll(cwd, access, remote = "origin") {
  const shallow = await isShallow(cwd);
  const args = [...shallow ? ["--unshallow"] : [], remote, `+refs/heads/*:refs/remotes/${remote}/*`];
  await git(["-c", "protocol.allow=always", "fetch", "--quiet", "--no-tags", ...args], { cwd, network: true, env: access }).catch((error2) => {
    throw new InputError(`could not fetch the history from ${remote}: ${error2.message}`, "check out with fetch-depth: 0, and give the job contents: read");
  });
  return [`git fetch --no-tags ${args.join(" ")}`];
}
var init_fetch = __esm({
  "src/action/fetch.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_errors();
    init_scope();
    init_git();
  }
});

// src/action/plan.ts
async function planScan(cwd, scope, env, token) {
  const refs = (range) => ({ mode: "history", select: { kind: "refs", range, sinceCommit: null, branch: null } });
  const access = scope.kind === "dir" ? {} : await fetchAccess(cwd, token, env.GITHUB_SERVER_URL || "https://github.com", env);
  switch (scope.kind) {
    case "dir":
      return { target: { mode: "dir", paths: [] }, fetches: [], scope: scope.reason };
    case "history":
      return { target: refs(null), fetches: await unshallowAll(cwd, access), scope: scope.reason };
    case "range": {
      const healed = await healRange(cwd, scope.base, scope.head, { expectedCommits: scope.expectedCommits, access });
      const reason = healed.scope === null ? `${scope.reason}: no new commits (${scope.head.slice(0, 12)} is already in ${scope.base.slice(0, 12)})` : scope.reason;
      return { target: healed.scope === null ? null : refs(`${scope.base}..${scope.head}`), fetches: healed.fetches, scope: reason };
    }
    case "push": {
      const healed = await healPush(cwd, { after: scope.after, before: scope.before, ref: scope.ref ?? (env.GITHUB_REF?.startsWith("refs/") ? env.GITHUB_REF : null) }, { access });
      return { target: healed.select && { mode: "history", select: healed.select }, fetches: healed.fetches, scope: `${scope.reason}: ${healed.which}` };
    }
  }
}
function nothingNew() {
  return {
    result: { stats: { mode: "history", files: 0, bytes: 0, skipped: [], durationMs: 0, history: { commits: 0, blobs: 0, range: "no new commits", refs: "no new commits", head: null } }, findings: [], redacted: true },
    rules: /* @__PURE__ */ new Map(),
    strictIgnores: false,
    complete: true
  };
}
var init_plan = __esm({
  "src/action/plan.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_fetch();
  }
});

// src/action/review.ts
async function changedLines(cwd, base, head2) {
  const diff = ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--full-index", `${base}...${head2}`];
  const [raw, patch] = await Promise.all([git([...diff, "--raw", "-z", "--no-abbrev"], { cwd }), git([...diff, "-U0"], { cwd })]);
  const added = parsePatchLines(patch.stdout.toString("utf8")).added;
  const lines = /* @__PURE__ */ new Map();
  for (const entry of parseRawZ(raw.stdout)) {
    const ranges = added.get(entry.dstOid);
    if (ranges) lines.set(entry.path.toString("utf8"), ranges);
  }
  return lines;
}
function onChangedLine(changed, finding2) {
  return finding2.line !== null && touches(changed.get(finding2.path) ?? [], finding2.line, finding2.line);
}
function prioritise(findings, changed) {
  const rank = (f) => (changed && onChangedLine(changed, f) ? 0 : 10) + severityRank(f.severity);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
async function commentOnPullRequest(options) {
  const { env, pullRequest, rules } = options;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const skipped = (why) => ({ created: 0, updated: 0, resolved: 0, elsewhere: 0, degraded: why });
  if (options.token === "") {
    info("leakwarden: github-token is empty: no pull request comments (the findings are in the annotations and the job summary)");
    return skipped("github-token is empty");
  }
  if (!owner || !repo) return skipped("GITHUB_REPOSITORY is not set");
  const number = pullRequest.number;
  const head2 = pullRequest.headSha;
  const note = { created: 0, updated: 0, resolved: 0 };
  let elsewhere = [];
  const api2 = githubApi({ token: options.token, baseUrl: env.GITHUB_API_URL || "https://api.github.com", env, log: (line) => info(line) });
  const { octokit } = api2;
  try {
    const atHead = await sameAtHead(options.cwd, head2, options.findings);
    const onDiff = (f) => atHead.has(f) && onChangedLine(options.changed, f);
    const inline = options.findings.filter(onDiff);
    elsewhere = options.findings.filter((f) => !onDiff(f));
    const existing = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: number, per_page: 100 });
    const ours = /* @__PURE__ */ new Map();
    for (const comment of existing) {
      const marker = MARKER.exec(comment.body ?? "");
      if (marker) ours.set(marker[1], { id: comment.id, body: comment.body ?? "", state: marker[2] });
    }
    const current = new Set(inline.map((f) => f.fingerprint));
    const fresh = inline.filter((f) => !ours.has(f.fingerprint));
    if (fresh.length > 0) {
      try {
        await octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number: number,
          commit_id: head2,
          event: "COMMENT",
          body: `**leakwarden: ${fresh.length} ${fresh.length === 1 ? "secret" : "secrets"} on lines this pull request adds.** Rotate each one first: removing it from the branch does not take it out of the history that was pushed.`,
          comments: fresh.map((f) => ({ path: f.path, line: f.line, side: "RIGHT", body: reviewBody(f, rules.get(f.ruleId), "open") }))
        });
        note.created = fresh.length;
      } catch (error2) {
        if (error2.status !== 422) throw error2;
        warning(`leakwarden: GitHub rejected the review on pull request #${number} (${describeApiError(error2, api2.limits)}): its ${fresh.length} comments are listed in one pull-request comment instead`);
        elsewhere = [...fresh, ...elsewhere];
      }
    }
    for (const finding2 of inline) {
      const known = ours.get(finding2.fingerprint);
      const body = reviewBody(finding2, rules.get(finding2.ruleId), "open");
      if (!known || known.body === body) continue;
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: known.id, body });
      note.updated++;
    }
    for (const [fingerprint, known] of ours) {
      if (current.has(fingerprint) || known.state === "resolved") continue;
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: known.id, body: resolvedBody(fingerprint, known.body, head2) });
      note.resolved++;
    }
    await upsertSummaryComment(octokit, owner, repo, number, elsewhere, rules);
  } catch (error2) {
    const status = error2.status;
    const readOnly = (status === 403 || status === 404) && error2.response !== void 0;
    const why = readOnly ? `HTTP ${status}: the token is read-only, as on pull requests from forks, or lacks pull-requests: write` : describeApiError(error2, api2.limits);
    warning(`leakwarden: could not comment on pull request #${number}: ${why}; the findings are in the annotations and the job summary`);
    return { ...note, elsewhere: elsewhere.length, degraded: why };
  } finally {
    api2.close();
  }
  return { ...note, elsewhere: elsewhere.length, degraded: null };
}
function reviewBody(finding2, rule, state) {
  return [
    `**leakwarden: ${finding2.ruleId}** (${finding2.severity})`,
    "",
    message(finding2, rule),
    "",
    "Rotate the secret first: removing it from the branch does not take it out of the history that was pushed.",
    `<!-- leakwarden:fingerprint=${finding2.fingerprint} ${state} -->`
  ].join("\n");
}
function resolvedBody(fingerprint, body, head2) {
  const text = body.replace(MARKER, "").trimEnd();
  return `\u2705 **Resolved:** no longer found at ${head2.slice(0, 12)}.

<details><summary>Earlier finding</summary>

${text}

</details>
<!-- leakwarden:fingerprint=${fingerprint} resolved -->`;
}
async function upsertSummaryComment(octokit, owner, repo, number, findings, rules) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const mine = comments.find((c) => (c.body ?? "").includes(SUMMARY_MARKER));
  if (findings.length === 0 && !mine) return;
  const body = findings.length === 0 ? `\u2705 leakwarden: no findings outside the changed lines.
${SUMMARY_MARKER}` : [
    `**leakwarden: ${findings.length} ${findings.length === 1 ? "finding" : "findings"} outside the lines this pull request changes** (added in its commits, or on lines a review comment cannot reach)`,
    "",
    ...findings.map((f) => `- \`${f.path}${f.line === null ? "" : `:${f.line}`}\`${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}: ${message(f, rules.get(f.ruleId)).split("\n")[0]}`),
    "",
    "Rotate each secret, then remove it; a secret that only ever lived in this branch's commits is gone from the default branch once the pull request is squash-merged, but it was pushed, so rotate it anyway.",
    SUMMARY_MARKER
  ].join("\n");
  if (mine) {
    if (mine.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
  } else {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  }
}
async function sameAtHead(cwd, head2, findings) {
  const candidates = findings.filter((f) => f.commit !== null && f.line !== null);
  if (candidates.length === 0) return /* @__PURE__ */ new Set();
  const names = candidates.flatMap((f) => [`${f.commit}:${f.path}`, `${head2}:${f.path}`]);
  const out = await git(["cat-file", "--batch-check=%(objectname)"], { cwd, input: `${names.join("\n")}
` });
  const oids2 = out.stdout.toString("utf8").split("\n");
  return new Set(candidates.filter((_, i) => oids2[2 * i] === oids2[2 * i + 1] && !oids2[2 * i].endsWith("missing")));
}
var MARKER, SUMMARY_MARKER;
var init_review = __esm({
  "src/action/review.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    init_core();
    init_detector();
    init_github();
    init_diff_parse();
    init_git();
    init_types();
    init_api();
    MARKER = /<!-- leakwarden:fingerprint=([^ ]+) (open|resolved) -->/;
    SUMMARY_MARKER = "<!-- leakwarden:summary -->";
  }
});

// src/action/main.ts
var main_exports = {};
__export(main_exports, {
  runAction: () => runAction
});
async function runAction(env = process.env) {
  try {
    const inputs = actionInputs(env);
    if (inputs.githubToken !== "") setSecret(inputs.githubToken);
    const proxy = useProxyFromEnv(env);
    if (proxy) warning(`leakwarden: ${proxy}`);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const scope = scopeFromEvent(env.GITHUB_EVENT_NAME ?? "", env.GITHUB_EVENT_PATH ? JSON.parse((0, import_node_fs11.readFileSync)(env.GITHUB_EVENT_PATH, "utf8")) : {}, inputs.scope);
    const plan = await planScan(cwd, scope, env, inputs.githubToken);
    info(`leakwarden ${toolVersion()}: ${plan.scope}`);
    for (const fetch2 of plan.fetches) info(`  ${fetch2}`);
    const outcome2 = plan.target === null ? nothingNew() : await scan(scanOptions(plan.target, cwd, inputs.options), { warn: (text) => warning(text), onSecret: (secret) => setSecret(secret) });
    const judged = verdict(outcome2, { failOnFindings: inputs.failOnFindings });
    const pullRequest = scope.kind === "range" ? scope.pullRequest : null;
    const changed = pullRequest && scope.kind === "range" ? await changedLines(cwd, scope.base, scope.head) : null;
    const result = { ...outcome2.result, findings: prioritise(outcome2.result.findings, changed) };
    const context = { toolVersion: toolVersion(), rules: outcome2.rules, color: false };
    const { reportFile, sarifFile } = writeOutputs(result, context, inputs, cwd, env);
    const comments = pullRequest && changed && inputs.comment ? await commentOnPullRequest({ cwd, env, token: inputs.githubToken, pullRequest, findings: result.findings, changed, rules: outcome2.rules }) : null;
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const facts = { verdict: judged, scope: plan.scope, fetches: plan.fetches, annotated: inputs.annotations ? annotated(result.findings) : [], comments, server, repository: env.GITHUB_REPOSITORY || null, reportFile, sarifFile };
    writeSummary(env, formatJobSummary(result, context, facts));
    if (judged.conclusion === "failure") setFailed(`leakwarden: ${judged.reason}${judged.incomplete ? `
hint: ${judged.incomplete.hint}` : ": rotate them, then remove them (see the job summary)"}`);
    else if (result.findings.length > 0) warning(`leakwarden: ${judged.reason}`);
  } catch (error2) {
    const expected = error2 instanceof LeakwardenError || error2 instanceof ScopeError;
    const message2 = expected ? error2.message : `internal error (please report it): ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`;
    const hint = expected ? error2.hint ?? null : null;
    setFailed(`leakwarden: ${message2}${hint ? `
hint: ${hint}` : ""}`);
    writeSummary(env, formatJobFailure(message2, hint));
  }
}
var import_node_fs11;
var init_main = __esm({
  "src/action/main.ts"() {
    "use strict";
    init_define_LEAKWARDEN_BUILD();
    import_node_fs11 = require("node:fs");
    init_core();
    init_errors();
    init_github();
    init_job_summary();
    init_scan();
    init_scan_options();
    init_verdict();
    init_version();
    init_api();
    init_event();
    init_inputs();
    init_outputs();
    init_plan();
    init_review();
  }
});

// src/action/index.ts
init_define_LEAKWARDEN_BUILD();
init_worker_argv();
if (process.argv[2] === WORKER_ARGV) {
  void Promise.resolve().then(() => (init_blob_scanner(), blob_scanner_exports)).then(({ runBlobWorker: runBlobWorker2 }) => runBlobWorker2());
} else {
  void Promise.resolve().then(() => (init_main(), main_exports)).then(({ runAction: runAction2 }) => runAction2());
}
/*! Bundled license information:

re2js/build/index.js:
  (*!
  * re2js
  * RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
  *
  * @version v2.10.0
  * @author Oleksii Vasyliev
  * @homepage https://github.com/le0pard/re2js#readme
  * @repository [object Object]
  * @license MIT
  *)

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
