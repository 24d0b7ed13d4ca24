;; The search for base64 runs worth a closer look (src/detect/encoded.ts: windowEnd and nextCandidate, the same steps
;; over the text's bytes), driven by src/detect/base64-scan.ts. Assembled by scripts/build.mjs (wabt) into
;; base64-scan-wasm.ts; test/build/bundles.test.ts fails when that is stale.
;;
;; Every byte of every fragment a scan reads goes through `window`, most of them skipped: it reads a window of MIN_RUN
;; bytes from its end backwards, and the first byte that is not base64 moves the next window past it. In JavaScript
;; that loop reads a UTF-16 copy of the text through a 64 K-entry table; here it reads the bytes, through a table of
;; 256, with no bounds checks.
;;
;; Memory, as the driver lays it out:
;;   [0, 256)          the 6-bit value of each byte as a base64 character of either alphabet, -1 for the others;
;;   [256, 33024)      the needles' prefixes: bit (p & 31) of word (p >> 5) set when 18-bit prefix p starts one;
;;   [33024, ...)      the input bytes, then two zero bytes (a zero is no base64, no padding, no line break: it ends
;;                     every forward loop without a bounds check).
;; Offsets passed and returned are the input's (0 is its first byte).
(module
  (memory (export "memory") 1)
  ;; Where nextCandidate's run first holds a needle's prefix (an input offset), or -1 when it was chosen for wrapping.
  (global $held (export "held") (mut i32) (i32.const 0))

  ;; The last offset of the first window of $min base64 bytes that ends at $from or later, before $n; -1 when none.
  (func $window (export "window") (param $from i32) (param $n i32) (param $min i32) (result i32)
    (local $last i32) (local $floor i32) (local $i i32)
    (local.set $last (local.get $from))
    (block $none
      (loop $next
        (br_if $none (i32.ge_s (local.get $last) (local.get $n)))
        (if (i32.lt_s (i32.load8_s (i32.load8_u offset=33024 (local.get $last))) (i32.const 0)) (then
          (local.set $last (i32.add (local.get $last) (local.get $min)))
          (br $next)))
        (local.set $floor (i32.sub (local.get $last) (local.get $min)))
        (local.set $i (i32.sub (local.get $last) (i32.const 1)))
        (block $stop
          (loop $back
            (br_if $stop (i32.le_s (local.get $i) (local.get $floor)))
            (br_if $stop (i32.lt_s (i32.load8_s (i32.load8_u offset=33024 (local.get $i))) (i32.const 0)))
            (local.set $i (i32.sub (local.get $i) (i32.const 1)))
            (br $back)))
        (if (i32.eq (local.get $i) (local.get $floor)) (then (return (local.get $last))))
        (local.set $last (i32.add (local.get $i) (local.get $min)))
        (br $next)))
    (i32.const -1))

  ;; The end of the base64 that starts at $from.
  (func $base64End (param $from i32) (result i32)
    (block $stop
      (loop $next
        (br_if $stop (i32.lt_s (i32.load8_s (i32.load8_u offset=33024 (local.get $from))) (i32.const 0)))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
    (local.get $from))

  ;; The offset after the line break at $at (\n or \r\n), or -1.
  (func $lineBreak (param $at i32) (result i32)
    (if (i32.eq (i32.load8_u offset=33024 (local.get $at)) (i32.const 10)) (then (return (i32.add (local.get $at) (i32.const 1)))))
    (if (i32.and (i32.eq (i32.load8_u offset=33024 (local.get $at)) (i32.const 13))
                 (i32.eq (i32.load8_u offset=33024 (i32.add (local.get $at) (i32.const 1))) (i32.const 10)))
      (then (return (i32.add (local.get $at) (i32.const 2)))))
    (i32.const -1))

  ;; Where the next piece of a run that ends at a line end ($end) starts, or -1 (encoded.ts nextPiece).
  (func $nextPiece (param $end i32) (param $n i32) (result i32)
    (local $next i32) (local $pieceEnd i32) (local $padded i32)
    (local.set $next (call $lineBreak (local.get $end)))
    (if (i32.eq (local.get $next) (i32.const -1)) (then (return (i32.const -1))))
    (block $stop
      (loop $blank
        (br_if $stop (i32.eqz (i32.or (i32.eq (i32.load8_u offset=33024 (local.get $next)) (i32.const 32))
                                      (i32.eq (i32.load8_u offset=33024 (local.get $next)) (i32.const 9)))))
        (local.set $next (i32.add (local.get $next) (i32.const 1)))
        (br $blank)))
    (local.set $pieceEnd (call $base64End (local.get $next)))
    ;; Up to two `=` of padding.
    (local.set $padded (local.get $pieceEnd))
    (if (i32.eq (i32.load8_u offset=33024 (local.get $padded)) (i32.const 61)) (then
      (local.set $padded (i32.add (local.get $padded) (i32.const 1)))
      (if (i32.eq (i32.load8_u offset=33024 (local.get $padded)) (i32.const 61)) (then
        (local.set $padded (i32.add (local.get $padded) (i32.const 1)))))))
    (if (i32.and (i32.gt_s (local.get $pieceEnd) (local.get $next))
                 (i32.or (i32.eq (local.get $padded) (local.get $n))
                         (i32.ne (call $lineBreak (local.get $padded)) (i32.const -1))))
      (then (return (local.get $next))))
    (i32.const -1))

  ;; encoded.ts nextCandidate: the end (before any padding) of the next run from the window ending at $from on that
  ;; holds the first three characters of some needle (then $held is where they start) or goes on to the next line
  ;; ($held -1); -1 when there is none.
  (func (export "candidate") (param $from i32) (param $n i32) (param $min i32) (result i32)
    (local $last i32) (local $start i32) (local $end i32) (local $code i32) (local $value i32)
    (local.set $last (local.get $from))
    (block $none
      (loop $run
        (local.set $last (call $window (local.get $last) (local.get $n) (local.get $min)))
        (br_if $none (i32.eq (local.get $last) (i32.const -1)))
        ;; The run's start: back from the window's first byte over base64.
        (local.set $start (i32.sub (i32.add (local.get $last) (i32.const 1)) (local.get $min)))
        (block $stop
          (loop $back
            (br_if $stop (i32.le_s (local.get $start) (i32.const 0)))
            (br_if $stop (i32.lt_s (i32.load8_s (i32.load8_u offset=33024 (i32.sub (local.get $start) (i32.const 1)))) (i32.const 0)))
            (local.set $start (i32.sub (local.get $start) (i32.const 1)))
            (br $back)))
        ;; On to the first position whose three characters (18 bits) start a needle, or else the run's end.
        (local.set $end (i32.add (local.get $start) (i32.const 2)))
        (local.set $code (i32.or (i32.shl (i32.load8_s (i32.load8_u offset=33024 (local.get $start))) (i32.const 6))
                                 (i32.load8_s (i32.load8_u offset=33024 (i32.add (local.get $start) (i32.const 1))))))
        (block $ended
          (loop $scan
            (local.set $value (i32.load8_s (i32.load8_u offset=33024 (local.get $end))))
            (br_if $ended (i32.lt_s (local.get $value) (i32.const 0)))
            (local.set $code (i32.and (i32.or (i32.shl (local.get $code) (i32.const 6)) (local.get $value)) (i32.const 262143)))
            (if (i32.and (i32.shr_u (i32.load offset=256 (i32.shl (i32.shr_u (local.get $code) (i32.const 5)) (i32.const 2)))
                                    (local.get $code))
                         (i32.const 1))
              (then
                (global.set $held (i32.sub (local.get $end) (i32.const 2)))
                (return (call $base64End (local.get $end)))))
            (local.set $end (i32.add (local.get $end) (i32.const 1)))
            (br $scan)))
        ;; A run that wraps: whole quanta, and a base64 line next.
        (if (i32.and (i32.eqz (i32.and (i32.sub (local.get $end) (local.get $start)) (i32.const 3)))
                     (i32.ne (call $nextPiece (local.get $end) (local.get $n)) (i32.const -1)))
          (then
            (global.set $held (i32.const -1))
            (return (local.get $end))))
        (local.set $last (i32.sub (i32.add (local.get $end) (local.get $min)) (i32.const 1)))
        (br $run)))
    (i32.const -1)))
