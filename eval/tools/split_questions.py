#!/usr/bin/env python3
"""Splits the question set into the development and test halves, or checks that the committed halves are that split.

    split_questions.py split ALL.tsv     writes eval/questions/dev.tsv and test.tsv from one file with the same columns
    split_questions.py check             re-joins dev.tsv and test.tsv, splits again and compares

Within each class the ids are shuffled with random.Random("danvanbot-eval-14:" + class); the first half (rounded
down) goes to dev, the rest to test. Seeding per class keeps the split of one class independent of the others.
"""
import csv
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent / "questions"
HEADER = ["id", "class", "today", "intent", "window", "style", "question", "note"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == HEADER, f"{path}: header must be {HEADER}"
    return [dict(zip(HEADER, r)) for r in rows[1:] if r]


def split(rows):
    by_class = {}
    for row in rows:
        by_class.setdefault(row["class"], []).append(row)
    dev, test = [], []
    for cls in sorted(by_class):
        members = sorted(by_class[cls], key=lambda r: r["id"])
        random.Random("danvanbot-eval-14:" + cls).shuffle(members)
        half = len(members) // 2
        dev += members[:half]
        test += members[half:]
    return sorted(dev, key=lambda r: r["id"]), sorted(test, key=lambda r: r["id"])


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(row[h] for h in HEADER) + "\n")


def main(argv):
    if len(argv) == 3 and argv[1] == "split":
        dev, test = split(read(argv[2]))
        write(HERE / "dev.tsv", dev)
        write(HERE / "test.tsv", test)
        print(f"dev {len(dev)}, test {len(test)}")
        return 0
    if len(argv) == 2 and argv[1] == "check":
        dev, test = read(HERE / "dev.tsv"), read(HERE / "test.tsv")
        again_dev, again_test = split(dev + test)
        same = [r["id"] for r in dev] == [r["id"] for r in again_dev] and [r["id"] for r in test] == [r["id"] for r in again_test]
        print("split matches the seeded procedure" if same else "split differs from the seeded procedure")
        return 0 if same else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
