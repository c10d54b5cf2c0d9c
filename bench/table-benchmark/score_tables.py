#!/usr/bin/env python3
"""Scores table extraction on generated PDFs against their JSON ground truth, ICDAR 2013 table competition style.

For each PDF (with NAME.json beside NAME.pdf) it runs the Agendapack `tables` command and, when a tabula-java
classpath is given, tabula in stream (guess) and lattice modes as a reference. Per system it prints:
  - tables in the ground truth, and tables found: output tables matched one-to-one to a ground-truth table on the
    same page(s), greedily by the best overlap of their cell words (Dice >= MATCH_MIN);
  - false positives: output tables matched to none (including any on the pages that hold no table);
  - cell-adjacency precision / recall / F1 over the matched tables (micro-averaged): for each non-empty cell, its
    nearest non-empty neighbour to the right and below, compared as (text, text, direction) after normalising
    whitespace and case. A merged cell counts once, at its top-left position.
    "F1 hdr-merged" compares the same way after merging the ground truth's header rows into one label per column
    (as the Agendapack output does), so one can tell header structure losses from body losses;
  - the same per style tag, so one can see which style fails.
The scorer reads only the PDFs and the truth files; nothing of the truth is passed to the systems.
Usage: score_tables.py DIR --jar agendapack.jar [--tabula-cp CLASSPATH] [--per-table]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

# A ground-truth table and an output table are the same table when at least half of their words are shared
# (Dice coefficient of the two word multisets): loose enough for a table whose rows were split or merged.
MATCH_MIN = 0.5
WANTED = {"found": "≥ 96%", "fp": "≤ 6%", "f1": "≥ 0.90"}


def norm(text):
    return " ".join(str(text).split()).lower()


# ------------------------------------------------------------------ grids

def truth_grid(table, merge_header=False):
    grid = [["" for _ in range(table["cols"])] for _ in range(table["rows"])]
    for cell in table["cells"]:
        grid[cell["row"]][cell["col"]] = norm(cell["text"])
    if not merge_header or table["header_rows"] < 2:
        return grid
    spread = [row[:] for row in grid[:table["header_rows"]]]
    for cell in table["cells"]:
        if cell["row"] < table["header_rows"]:
            for r in range(cell["row"], min(cell["row"] + cell["rowspan"], table["header_rows"])):
                for c in range(cell["col"], cell["col"] + cell["colspan"]):
                    spread[r][c] = norm(cell["text"])
    labels = [" ".join(t for t in dict.fromkeys(row[c] for row in spread) if t) for c in range(table["cols"])]
    return [collapse_repeats(labels)] + grid[table["header_rows"]:]


def collapse_repeats(labels):
    """A label spread over neighbouring columns is one merged cell: keep it at its first column."""
    return [label if c == 0 or label != labels[c - 1] else "" for c, label in enumerate(labels)]


def agendapack_grid(table):
    rows = [[norm(cell) for cell in row] for row in table["rows"]]
    for span in table.get("spans", []):
        for r in range(span["row"], span["row"] + span["rows"]):
            for c in range(span["column"], span["column"] + span["columns"]):
                if (r, c) != (span["row"], span["column"]) and r < len(rows) and c < len(rows[r]):
                    rows[r][c] = ""
    if table.get("header_rows", 0) > 0:
        rows.insert(0, collapse_repeats([norm(label) for label in table["columns"]]))
    return rows


def tabula_grid(table):
    return [[norm(cell.get("text", "")) for cell in row] for row in table.get("data", [])]


def adjacency(grid):
    pairs = Counter()
    height = len(grid)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if not text:
                continue
            right = next((t for t in row[c + 1:] if t), None)
            if right is not None:
                pairs[(text, right, "right")] += 1
            below = next((grid[k][c] for k in range(r + 1, height) if c < len(grid[k]) and grid[k][c]), None)
            if below is not None:
                pairs[(text, below, "below")] += 1
    return pairs


def words(grid):
    return Counter(word for row in grid for cell in row for word in cell.split())


def dice(a, b):
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


# ------------------------------------------------------------------ systems: each returns [(first, last, grid)]

def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(f"score_tables: {' '.join(command)} exited {result.returncode}: {result.stderr[-500:]}\n")
        return None
    return result.stdout


def agendapack(jar):
    def extract(pdf, pages):
        out = run(["java", "-jar", jar, "tables", "-f", "json", pdf])
        if out is None:
            return []
        return [(t.get("page_start") or 1, t.get("page_end") or t.get("page_start") or 1, agendapack_grid(t))
                for t in json.loads(out)["tables"]]
    return extract


def tabula(classpath, mode_args):
    def extract(pdf, pages):
        found = []
        for page in range(1, pages + 1):
            out = run(["java", "-cp", classpath, "technology.tabula.CommandLineApp", "-f", "JSON", "-p", str(page)]
                      + mode_args + [pdf])
            for table in json.loads(out or "[]"):
                grid = tabula_grid(table)
                if any(any(row) for row in grid):
                    found.append((page, page, grid))
        return found
    return extract


# ------------------------------------------------------------------ scoring

class Tally:
    def __init__(self):
        self.truth = self.found = self.false = 0
        self.strict = [0, 0, 0]   # matched pairs, output pairs, truth pairs
        self.merged = [0, 0, 0]

    def add_pairs(self, which, out_pairs, truth_pairs):
        which[0] += sum((out_pairs & truth_pairs).values())
        which[1] += sum(out_pairs.values())
        which[2] += sum(truth_pairs.values())

    @staticmethod
    def prf(which):
        p = which[0] / which[1] if which[1] else 0.0
        r = which[0] / which[2] if which[2] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def found_share(self):
        return self.found / self.truth if self.truth else float("nan")

    def false_share(self):
        return self.false / (self.found + self.false) if self.found + self.false else 0.0


def page_tags(truth):
    tags = defaultdict(set)
    for table in truth["tables"]:
        for page in range(table["page"], table["last_page"] + 1):
            tags[page].update(table["tags"])
    for negative in truth["negatives"]:
        tags[negative["page"]].add("not-a-table:" + negative["kind"])
    return tags


def score_file(truth, outputs, overall, per_tag, per_table, system):
    tables = truth["tables"]
    pairs = []
    for i, table in enumerate(tables):
        truth_words = words(truth_grid(table))
        for j, (first, last, grid) in enumerate(outputs):
            if first <= table["last_page"] and last >= table["page"]:
                score = dice(truth_words, words(grid))
                if score >= MATCH_MIN:
                    pairs.append((score, i, j))
    matched_truth, matched_out = {}, set()
    for score, i, j in sorted(pairs, reverse=True):
        if i not in matched_truth and j not in matched_out:
            matched_truth[i] = (j, score)
            matched_out.add(j)
    for i, table in enumerate(tables):
        tallies = [overall] + [per_tag[tag] for tag in table["tags"]]
        row = {"file": truth["file"], "caption": table["caption"], "tags": table["tags"], "found": False}
        for tally in tallies:
            tally.truth += 1
        if i in matched_truth:
            j, score = matched_truth[i]
            grid = outputs[j][2]
            strict = (adjacency(grid), adjacency(truth_grid(table)))
            merged = (adjacency(grid), adjacency(truth_grid(table, merge_header=True)))
            for tally in tallies:
                tally.found += 1
                tally.add_pairs(tally.strict, *strict)
                tally.add_pairs(tally.merged, *merged)
            one = Tally()
            one.add_pairs(one.strict, *strict)
            one.add_pairs(one.merged, *merged)
            row.update(found=True, overlap=score, f1=Tally.prf(one.strict)[2], f1_merged=Tally.prf(one.merged)[2])
        per_table[system].append(row)
    tags = page_tags(truth)
    for j, (first, _, grid) in enumerate(outputs):
        if j not in matched_out:
            overall.false += 1
            for tag in tags.get(first, {"page-without-truth"}):
                per_tag[tag].false += 1
            per_table[system].append({"file": truth["file"], "false_positive": True, "page": first,
                                      "first_row": " | ".join(grid[0])[:90] if grid else ""})


def print_report(systems, overall, per_tag, per_table, show_tables):
    names = list(systems)
    width = 22
    print(f"{'':30}" + "".join(f"{name:>{width}}" for name in names) + f"{'wanted':>10}")

    def line(label, values, wanted=""):
        print(f"{label:30}" + "".join(f"{v:>{width}}" for v in values) + f"{wanted:>10}")

    line("tables in ground truth", [str(overall[n].truth) for n in names])
    line("tables found", [f"{overall[n].found} ({100 * overall[n].found_share():.1f}%)" for n in names],
         WANTED["found"])
    line("false positives", [f"{overall[n].false} ({100 * overall[n].false_share():.1f}%)" for n in names],
         WANTED["fp"])
    for k, label in enumerate(["adjacency precision", "adjacency recall", "adjacency F1"]):
        line(label, [f"{Tally.prf(overall[n].strict)[k]:.3f}" for n in names], WANTED["f1"] if k == 2 else "")
    line("adjacency F1, hdr-merged", [f"{Tally.prf(overall[n].merged)[2]:.3f}" for n in names])
    print("\n(false positives: share of output tables matched to no table; F1 over the matched tables)")
    print("\nPer style (found/in truth, false positives, adjacency F1 | F1 with header rows merged):")
    print(f"{'':30}" + "".join(f"{name:>{width}}" for name in names))
    all_tags = sorted(set().union(*[per_tag[n].keys() for n in names]),
                      key=lambda tag: (tag.startswith("not-a-table") or tag == "page-without-truth", tag))
    for tag in all_tags:
        cells = []
        for n in names:
            tally = per_tag[n].get(tag) or Tally()
            if tally.truth:
                f1 = Tally.prf(tally.strict)[2]
                merged = Tally.prf(tally.merged)[2]
                cells.append(f"{tally.found}/{tally.truth} fp{tally.false} {f1:.2f}|{merged:.2f}")
            else:
                cells.append(f"fp{tally.false}")
        line(tag, cells)
    if show_tables:
        for n in names:
            print(f"\nPer table, {n}:")
            for row in per_table[n]:
                if row.get("false_positive"):
                    print(f"  FP   {row['file']} p{row['page']}: {row['first_row']}")
                elif row["found"]:
                    print(f"  ok   {row['file']}: {row['caption'][:60]:60} overlap {row['overlap']:.2f}"
                          f" F1 {row['f1']:.2f}|{row['f1_merged']:.2f}  {','.join(row['tags'])}")
                else:
                    print(f"  MISS {row['file']}: {row['caption'][:60]:60} {','.join(row['tags'])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", help="folder of NAME.pdf + NAME.json")
    parser.add_argument("--jar", required=True, help="agendapack.jar")
    parser.add_argument("--tabula-cp", help="classpath of tabula-java and its dependencies (optional reference)")
    parser.add_argument("--per-table", action="store_true", help="also list every table and false positive")
    args = parser.parse_args()
    systems = {"agendapack": agendapack(args.jar)}
    if args.tabula_cp:
        systems["tabula stream (-g -t)"] = tabula(args.tabula_cp, ["-g", "-t"])
        systems["tabula lattice (-l)"] = tabula(args.tabula_cp, ["-l"])
    overall = {n: Tally() for n in systems}
    per_tag = {n: defaultdict(Tally) for n in systems}
    per_table = {n: [] for n in systems}
    for truth_file in sorted(glob.glob(os.path.join(args.dir, "*.json"))):
        with open(truth_file, encoding="utf-8") as f:
            truth = json.load(f)
        pdf = os.path.join(args.dir, truth["file"])
        for name, extract in systems.items():
            score_file(truth, extract(pdf, truth["pages"]), overall[name], per_tag[name], per_table, name)
    print_report(systems, overall, per_tag, per_table, args.per_table)


if __name__ == "__main__":
    main()
