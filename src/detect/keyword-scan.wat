;; The keyword prefilter's automaton over bytes (src/detect/keyword-scan.ts drives it; Prefilter builds its tables).
;; Assembled by scripts/build.mjs (wabt) into keyword-scan-wasm.ts; test/build/bundles.test.ts fails when that is stale.
;;
;; A table-driven automaton is bound by latency, not by instructions: each byte's next state needs the state before
;; it, one dependent load per byte (some 2 ns here, in JavaScript or WebAssembly alike). `scan4` runs four automata
;; over four parts of the input in one loop: four independent chains, which the CPU overlaps.
;;
;; Memory, as the driver lays it out:
;;   [0, 256)        the class of each byte (0: a byte no keyword holds);
;;   [256, ...)      the transitions, i32 each: for state s (a byte offset into this table) and class c, the entry at
;;                   256 + s + 4c is the next state, as a byte offset, or -(offset) - 1 when keywords end there;
;;   then the input bytes, then one output area per automaton: pairs of i32, (position after the byte where keywords
;;   ended, the state's offset), in input order.
(module
  (memory (export "memory") 1)
  ;; `scan4`'s four automata: each one's state and output position at its end.
  (global $state0 (export "state0") (mut i32) (i32.const 0))
  (global $state1 (export "state1") (mut i32) (i32.const 0))
  (global $state2 (export "state2") (mut i32) (i32.const 0))
  (global $state3 (export "state3") (mut i32) (i32.const 0))
  (global $out0 (export "out0") (mut i32) (i32.const 0))
  (global $out1 (export "out1") (mut i32) (i32.const 0))
  (global $out2 (export "out2") (mut i32) (i32.const 0))
  (global $out3 (export "out3") (mut i32) (i32.const 0))

  ;; One automaton over [p, end) from `state`, outputs from `out` (room for one pair a byte: keywords end at most once
  ;; a byte, as one state). Returns where its outputs end.
  (func (export "scan") (param $p i32) (param $end i32) (param $state i32) (param $out i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $state
          (i32.load offset=256
            (i32.add (local.get $state) (i32.shl (i32.load8_u (i32.load8_u (local.get $p))) (i32.const 2)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br_if $next (i32.ge_s (local.get $state) (i32.const 0)))
        (local.set $state (i32.sub (i32.const -1) (local.get $state)))
        (i32.store (local.get $out) (local.get $p))
        (i32.store offset=4 (local.get $out) (local.get $state))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $next)))
    (local.get $out))

  ;; Four automata from state 0, the k-th over [pk, pk + n), its outputs from ok (room for n pairs each).
  (func (export "scan4")
    (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32) (param $n i32)
    (param $o0 i32) (param $o1 i32) (param $o2 i32) (param $o3 i32)
    (local $i i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s0 (i32.load offset=256 (i32.add (local.get $s0)
          (i32.shl (i32.load8_u (i32.load8_u (i32.add (local.get $p0) (local.get $i)))) (i32.const 2)))))
        (local.set $s1 (i32.load offset=256 (i32.add (local.get $s1)
          (i32.shl (i32.load8_u (i32.load8_u (i32.add (local.get $p1) (local.get $i)))) (i32.const 2)))))
        (local.set $s2 (i32.load offset=256 (i32.add (local.get $s2)
          (i32.shl (i32.load8_u (i32.load8_u (i32.add (local.get $p2) (local.get $i)))) (i32.const 2)))))
        (local.set $s3 (i32.load offset=256 (i32.add (local.get $s3)
          (i32.shl (i32.load8_u (i32.load8_u (i32.add (local.get $p3) (local.get $i)))) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (if (i32.lt_s (local.get $s0) (i32.const 0)) (then
          (local.set $s0 (i32.sub (i32.const -1) (local.get $s0)))
          (i32.store (local.get $o0) (i32.add (local.get $p0) (local.get $i)))
          (i32.store offset=4 (local.get $o0) (local.get $s0))
          (local.set $o0 (i32.add (local.get $o0) (i32.const 8)))))
        (if (i32.lt_s (local.get $s1) (i32.const 0)) (then
          (local.set $s1 (i32.sub (i32.const -1) (local.get $s1)))
          (i32.store (local.get $o1) (i32.add (local.get $p1) (local.get $i)))
          (i32.store offset=4 (local.get $o1) (local.get $s1))
          (local.set $o1 (i32.add (local.get $o1) (i32.const 8)))))
        (if (i32.lt_s (local.get $s2) (i32.const 0)) (then
          (local.set $s2 (i32.sub (i32.const -1) (local.get $s2)))
          (i32.store (local.get $o2) (i32.add (local.get $p2) (local.get $i)))
          (i32.store offset=4 (local.get $o2) (local.get $s2))
          (local.set $o2 (i32.add (local.get $o2) (i32.const 8)))))
        (if (i32.lt_s (local.get $s3) (i32.const 0)) (then
          (local.set $s3 (i32.sub (i32.const -1) (local.get $s3)))
          (i32.store (local.get $o3) (i32.add (local.get $p3) (local.get $i)))
          (i32.store offset=4 (local.get $o3) (local.get $s3))
          (local.set $o3 (i32.add (local.get $o3) (i32.const 8)))))
        (br $next)))
    (global.set $state0 (local.get $s0))
    (global.set $state1 (local.get $s1))
    (global.set $state2 (local.get $s2))
    (global.set $state3 (local.get $s3))
    (global.set $out0 (local.get $o0))
    (global.set $out1 (local.get $o1))
    (global.set $out2 (local.get $o2))
    (global.set $out3 (local.get $o3))))
