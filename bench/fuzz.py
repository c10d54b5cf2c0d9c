#!/usr/bin/env python3
"""The two halves of bench/fuzz, with no package beyond the standard library.

  fuzz.py mutate N SEED SAMPLES_DIR OUT_DIR   writes N mutations of the samples (PDF and text) to OUT_DIR
  fuzz.py report INPUT_DIR OUTPUT_DIR STDERR_FILE ENDED EXIT SECONDS
                                              prints the outcomes of the run from OUTPUT_DIR/run.json and exits
                                              non-zero if the run crashed (an exit code other than 0 or 1, a
                                              stack trace), did not end, or left an input without exactly one
                                              entry

A mutation is one to three operations on a sample's bytes: bit flips, a truncation, a chunk duplicated
elsewhere, a chunk deleted. The same N and SEED always give the same files.
"""
import collections
import json
import os
import random
import sys

MAX_CHUNK = 64 * 1024


def flip(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncate(data, rng):
    return data[:rng.randrange(1, len(data))]


def duplicate(data, rng):
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randint(1, MAX_CHUNK)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk + data[at:]


def delete(data, rng):
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, MAX_CHUNK):]


OPERATIONS = {"flip": flip, "truncate": truncate, "dup": duplicate, "del": delete}


def samples(folder):
    names = sorted(name for name in os.listdir(folder)
                   if name.endswith((".pdf", ".txt")) and not name.lower().startswith("readme"))
    if not names:
        sys.exit(f"fuzz: no .pdf or .txt samples in {folder}")
    return [os.path.join(folder, name) for name in names]


def mutate(count, seed, sample_dir, out_dir):
    rng = random.Random(seed)
    sources = samples(sample_dir)
    contents = {path: open(path, "rb").read() for path in sources}
    os.makedirs(out_dir, exist_ok=True)
    width = len(str(count))
    for index in range(1, count + 1):
        source = rng.choice(sources)
        data = contents[source]
        names = []
        for _ in range(rng.randint(1, 3)):
            if len(data) < 2:
                break
            name = rng.choice(sorted(OPERATIONS))
            data = OPERATIONS[name](data, rng)
            names.append(name)
        base, extension = os.path.splitext(os.path.basename(source))
        target = f"{index:0{width}d}-{base[:3]}-{'+'.join(names) or 'none'}{extension}"
        with open(os.path.join(out_dir, target), "wb") as out:
            out.write(data)


def reason_kind(entry):
    """The cause a failure's reason names: its words before the first colon, a time limit however phrased."""
    reason = entry.get("reason") or ""
    if "time limit" in reason:
        return "time limit"
    return reason.split(":", 1)[0].strip() or "(no reason)"


def outcome(entry):
    status = entry["status"]
    return f"failed: {reason_kind(entry)}" if status == "failed" else status


def stack_trace(stderr_file):
    """The first lines of a stack trace on standard error, or None."""
    with open(stderr_file, encoding="utf-8", errors="replace") as file:
        lines = file.read().splitlines()
    for index, line in enumerate(lines):
        if line.startswith("Exception in thread") or line.startswith("\tat "):
            return lines[max(0, index - 1):index + 4]
    return None


def report(input_dir, output_dir, stderr_file, ended, exit_code, seconds):
    inputs = sorted(os.listdir(input_dir))
    run_file = os.path.join(output_dir, "run.json")
    entries = []
    if os.path.exists(run_file):
        with open(run_file, encoding="utf-8") as file:
            entries = json.load(file)["entries"]
    print(f"run: {'ended' if ended else 'did NOT end (stopped by the guard)'}, exit code {exit_code}, "
          f"wall {seconds:.1f}s")
    counts = collections.Counter(outcome(entry) for entry in entries)
    print("outcomes:")
    for name in ["ok", "partial"] + sorted(k for k in counts if k.startswith("failed")) + ["skipped"]:
        print(f"  {name:<36} {counts.get(name, 0):>5}")
    print("slowest:")
    for entry in sorted(entries, key=lambda e: -e["seconds"])[:5]:
        print(f"  {entry['seconds']:>7.2f}s  {outcome(entry):<28} {entry['input']}")
    per_input = collections.Counter(entry["input"] for entry in entries)
    missing = [name for name in inputs if per_input[name] == 0]
    repeated = [name for name in inputs if per_input[name] > 1]
    print(f"entries: {sum(per_input[name] == 1 for name in inputs)} of {len(inputs)} inputs have exactly one")
    for name in missing[:10]:
        print(f"  no entry: {name}")
    for name in repeated[:10]:
        print(f"  several entries: {name}")
    trace = stack_trace(stderr_file)
    if trace:
        print("standard error holds a stack trace:")
        for line in trace:
            print(f"  {line}")
    crashed = not ended or exit_code not in (0, 1) or trace is not None
    return 1 if crashed or missing or repeated else 0


def main(argv):
    if len(argv) == 5 and argv[0] == "mutate":
        mutate(int(argv[1]), int(argv[2]), argv[3], argv[4])
        return 0
    if len(argv) == 7 and argv[0] == "report":
        return report(argv[1], argv[2], argv[3], argv[4] == "yes", int(argv[5]), float(argv[6]))
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
