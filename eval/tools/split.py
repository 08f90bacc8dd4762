#!/usr/bin/env python3
"""Splits an evaluation set into its development and test halves, or checks that the committed halves are that split.

    split.py questions split ALL.tsv   writes eval/questions/dev.tsv and test.tsv from one file with the same columns
    split.py documents split FOLDER    copies each document (NAME.*) of FOLDER into eval/documents/dev/ or test/
    split.py questions check           re-joins the halves, splits again and compares (documents likewise)

Both sets are split the same way: the items are grouped into strata, each stratum is shuffled with
random.Random(SEED + stratum), and the first half (rounded down) goes to dev, the rest to test.
- Questions: one stratum per class; seed "danvanbot-eval-14:".
- Documents: documents with a table are grouped by their "form" (pipe, tab, cells, docx), documents in prose by their
  "kind" (prose/kế hoạch, prose/công văn, …), so that each half holds every form and every kind; seed
  "danvanbot-eval-14-documents:".
"""
import json
import pathlib
import random
import shutil
import sys

EVAL = pathlib.Path(__file__).resolve().parent.parent
QUESTION_HEADER = ["id", "class", "today", "intent", "window", "style", "question", "note"]
EXPECTED = ".expected.json"


def halves(strata, seed):
    """strata: {item: stratum} → (dev items, test items), each sorted."""
    dev, test = [], []
    for key in sorted(set(strata.values())):
        items = sorted(i for i, s in strata.items() if s == key)
        random.Random(seed + key).shuffle(items)
        dev += items[: len(items) // 2]
        test += items[len(items) // 2:]
    return sorted(dev), sorted(test)


class Questions:
    seed = "danvanbot-eval-14:"
    folder = EVAL / "questions"

    @staticmethod
    def read(path):
        lines = pathlib.Path(path).read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == QUESTION_HEADER, f"{path}: header must be {QUESTION_HEADER}"
        return {cells[0]: cells for cells in (line.split("\t") for line in lines[1:] if line)}

    @classmethod
    def committed(cls):
        return cls.read(cls.folder / "dev.tsv"), cls.read(cls.folder / "test.tsv")

    @classmethod
    def strata(cls, rows):
        return {row_id: cells[1] for row_id, cells in rows.items()}

    @classmethod
    def write(cls, source, dev, test):
        rows = cls.read(source)
        for half, ids in (("dev", dev), ("test", test)):
            lines = ["\t".join(QUESTION_HEADER)] + ["\t".join(rows[i]) for i in ids]
            (cls.folder / f"{half}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def source(cls, path):
        return cls.read(path)


class Documents:
    seed = "danvanbot-eval-14-documents:"
    folder = EVAL / "documents"

    @staticmethod
    def read(folder):
        found = {}
        for path in pathlib.Path(folder).glob("*" + EXPECTED):
            expected = json.loads(path.read_text(encoding="utf-8"))
            found[path.name[: -len(EXPECTED)]] = expected
        return found

    @classmethod
    def committed(cls):
        return cls.read(cls.folder / "dev"), cls.read(cls.folder / "test")

    @classmethod
    def strata(cls, documents):
        return {name: e["form"] if e["form"] != "prose" else "prose/" + e["kind"] for name, e in documents.items()}

    @classmethod
    def write(cls, source, dev, test):
        for half, names in (("dev", dev), ("test", test)):
            target = cls.folder / half
            target.mkdir(parents=True, exist_ok=True)
            for name in names:
                for file in pathlib.Path(source).glob(name + ".*"):
                    shutil.copy2(file, target / file.name)

    @classmethod
    def source(cls, path):
        return cls.read(path)


def main(argv):
    sets = {"questions": Questions, "documents": Documents}
    if len(argv) >= 3 and argv[1] in sets:
        kind = sets[argv[1]]
        if argv[2] == "split" and len(argv) == 4:
            dev, test = halves(kind.strata(kind.source(argv[3])), kind.seed)
            kind.write(argv[3], dev, test)
            print(f"dev {len(dev)}, test {len(test)}")
            return 0
        if argv[2] == "check" and len(argv) == 3:
            dev, test = kind.committed()
            same = halves(kind.strata({**dev, **test}), kind.seed) == (sorted(dev), sorted(test))
            print("split matches the seeded procedure" if same else "split differs from the seeded procedure")
            return 0 if same else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
