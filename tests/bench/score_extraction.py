"""Score the extractor on every labelled set: `python -m tests.bench.score_extraction [--verbose] [--held-out]`.

Development sets: the public dev set (../shared/eval/dev), the demo corpus
(articles in ingest/demo_corpus, gold in tests/corpus/demo), tests/corpus/extra,
tests/corpus/holdout and tests/corpus/final (articles and gold side by side;
holdout was held out until round 3 of extractor work, final until round 4, and
both are now read like the others).

Held-out sets: tests/corpus/blind and tests/corpus/unseen, written by people who never
read the extractor. They are scored only when `--held-out` is given, and then only their totals are
printed, so that nobody tunes the extractor on their articles; look at them rarely,
to measure, never in a tuning loop.

For each set the extractor runs over the articles with each gold file's
publication date, its predictions go to a temporary JSON file, and the shared
scorer reads them. The team's combined set (every development set but dev) is
scored the same way. Exits 0.
"""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class LabelledSet:
    name: str
    articles: Path
    gold: Path
    held_out: bool = False  # only its totals are printed, so nobody tunes the extractor on its articles


SETS = (
    LabelledSet("dev", REPO.parent / "shared" / "eval" / "dev", REPO.parent / "shared" / "eval" / "dev"),
    LabelledSet("demo", REPO / "ingest" / "demo_corpus", REPO / "tests" / "corpus" / "demo"),
    LabelledSet("extra", REPO / "tests" / "corpus" / "extra", REPO / "tests" / "corpus" / "extra"),
    LabelledSet("holdout", REPO / "tests" / "corpus" / "holdout", REPO / "tests" / "corpus" / "holdout"),
    LabelledSet("final", REPO / "tests" / "corpus" / "final", REPO / "tests" / "corpus" / "final"),
    LabelledSet("blind", REPO / "tests" / "corpus" / "blind", REPO / "tests" / "corpus" / "blind", held_out=True),
    LabelledSet("unseen", REPO / "tests" / "corpus" / "unseen", REPO / "tests" / "corpus" / "unseen", held_out=True),
)


def gold_files(labelled: LabelledSet) -> dict[str, Path]:
    return {path.name[: -len(".gold.json")]: path for path in sorted(labelled.gold.glob("*.gold.json"))}


def article_for(labelled: LabelledSet, stem: str) -> Path | None:
    for suffix in ARTICLE_SUFFIXES:
        path = labelled.articles / f"{stem}{suffix}"
        if path.exists():
            return path
    return None


def predict(labelled: LabelledSet) -> tuple[list[dict], list[float]]:
    """Predictions for every gold-labelled article of the set, and the seconds each article took."""
    from ingest.extraction import extract_pledges
    from ingest.extraction.report import pledges_json
    from ingest.parsing import ParseError, parse_file

    documents, timings = [], []
    for stem, gold_path in gold_files(labelled).items():
        article_path = article_for(labelled, stem)
        if article_path is None:
            continue
        published = json.loads(gold_path.read_text()).get("published")
        started = time.perf_counter()
        try:
            article = parse_file(article_path)
        except ParseError as error:
            documents.append({"file": str(article_path), "pledges": [], "error": str(error)})
            continue
        on = date.fromisoformat(published) if published else article.published
        candidates = extract_pledges(article.text, title=article.title, published=on)
        timings.append(time.perf_counter() - started)
        documents.append({"file": str(article_path), "pledges": pledges_json(candidates)})
    return documents, timings


def score(gold_dir: Path, documents: list[dict], verbose: bool) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(documents, handle)
    command = [sys.executable, str(SCORER), str(gold_dir), handle.name] + (["--verbose"] if verbose else [])
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    Path(handle.name).unlink(missing_ok=True)
    return result.stdout.strip() or result.stderr.strip()


def combined_gold_dir(sets: list[LabelledSet], workdir: Path) -> Path:
    """One folder holding the gold files of several sets, names prefixed so that they cannot clash."""
    folder = workdir / "combined"
    folder.mkdir()
    for labelled in sets:
        for stem, path in gold_files(labelled).items():
            (folder / f"{labelled.name}-{stem}.gold.json").write_text(path.read_text())
    return folder


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    with_held_out = "--held-out" in argv
    sys.path.insert(0, str(REPO))
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}")
        return 0
    team_documents: list[dict] = []
    team_sets: list[LabelledSet] = []
    for labelled in SETS:
        if labelled.held_out and not with_held_out:
            continue
        if not labelled.gold.is_dir() or not gold_files(labelled):
            print(f"== {labelled.name}: no labelled articles at {labelled.gold}")
            continue
        documents, timings = predict(labelled)
        per_article = sum(timings) / len(timings) if timings else 0.0
        print(f"== {labelled.name} ({len(documents)} articles, {per_article * 1000:.0f} ms per article)")
        print(score(labelled.gold, documents, verbose and not labelled.held_out))
        if labelled.name != "dev" and not labelled.held_out:
            team_sets.append(labelled)
            for document in documents:
                renamed = dict(document, file=f"{labelled.name}-{Path(document['file']).name}")
                team_documents.append(renamed)
    if team_sets:
        with tempfile.TemporaryDirectory() as workdir:
            gold_dir = combined_gold_dir(team_sets, Path(workdir))
            names = " + ".join(labelled.name for labelled in team_sets)
            print(f"== team combined ({names}, {len(team_documents)} articles)")
            print(score(gold_dir, team_documents, verbose=False))
    print_throughput([labelled for labelled in SETS if not labelled.held_out])
    return 0


def print_throughput(sets: list[LabelledSet], low: int = 450, high: int = 750, rounds: int = 7) -> None:
    """Articles per second on one core (this process), over the labelled articles of about 600 words."""
    from ingest.extraction import extract_pledges, load_reference_tables
    from ingest.parsing import ParseError, parse_file

    # Loaded once per process (a worker does it at start): timed apart from the articles.
    started = time.perf_counter()
    load_reference_tables()
    setup = time.perf_counter() - started
    articles = []
    for labelled in sets:
        for stem, gold_path in gold_files(labelled).items():
            path = article_for(labelled, stem)
            if path is None:
                continue
            try:
                article = parse_file(path)
            except ParseError:
                continue
            if low <= len(article.text.split()) <= high:
                published = json.loads(gold_path.read_text()).get("published")
                articles.append((article, date.fromisoformat(published) if published else article.published))
    if not articles:
        return
    # Each round is timed on its own and the median reported: a single run on a shared machine swings by a fifth
    # either way, so the spread is printed too.
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        for article, on in articles:
            extract_pledges(article.text, title=article.title, published=on)
        rates.append(len(articles) / (time.perf_counter() - started))
    words = sum(len(article.text.split()) for article, _ in articles) / len(articles)
    print(
        f"== extraction throughput: {statistics.median(rates):.0f} articles per second on one core "
        f"(median of {rounds} rounds, slowest {min(rates):.0f}, fastest {max(rates):.0f}; {len(articles)} articles "
        f"of {low}-{high} words, {words:.0f} on average; gazetteer and rate tables loaded once beforehand in "
        f"{setup:.1f} s)"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
