#!/usr/bin/env python3
"""Splits the document set into the development and test halves, or checks that the committed halves are that split.

    split_documents.py split FOLDER     moves nothing: copies each NAME.* of FOLDER into eval/documents/dev or test
    split_documents.py check            re-joins dev/ and test/, splits again and compares

Documents are grouped into strata so that each half holds every form and every kind: documents with a table are
grouped by their "form" (pipe, tab, cells, docx), documents in prose by their "kind" (kế hoạch, công văn, thông
báo, tin, other). Within each stratum the names are shuffled with
random.Random("danvanbot-eval-14-documents:" + stratum); the first half (rounded down) goes to dev, the rest to
test.
"""
import json
import pathlib
import random
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "documents"
SUFFIX = ".expected.json"


def documents(folder):
    return {p.name[: -len(SUFFIX)]: stratum(json.loads(p.read_text(encoding="utf-8"))) for p in folder.glob("*" + SUFFIX)}


def stratum(expected):
    return expected["form"] if expected["form"] != "prose" else "prose/" + expected["kind"]


def split(strata):
    dev, test = [], []
    for key in sorted(set(strata.values())):
        names = sorted(n for n, k in strata.items() if k == key)
        random.Random("danvanbot-eval-14-documents:" + key).shuffle(names)
        half = len(names) // 2
        dev += names[:half]
        test += names[half:]
    return sorted(dev), sorted(test)


def main(argv):
    if len(argv) == 3 and argv[1] == "split":
        source = pathlib.Path(argv[2])
        dev, test = split(documents(source))
        for half, names in (("dev", dev), ("test", test)):
            target = ROOT / half
            target.mkdir(parents=True, exist_ok=True)
            for name in names:
                for file in source.glob(name + ".*"):
                    shutil.copy2(file, target / file.name)
        print(f"dev {len(dev)}, test {len(test)}")
        return 0
    if len(argv) == 2 and argv[1] == "check":
        dev, test = documents(ROOT / "dev"), documents(ROOT / "test")
        again = split({**dev, **test})
        same = again == (sorted(dev), sorted(test))
        print("split matches the seeded procedure" if same else "split differs from the seeded procedure")
        return 0 if same else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
