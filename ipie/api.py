"""The Python API: load a pipeline, extract facts from text, annotate files.

Data flows one way: ingest → normalise → sections → model (per paragraph) →
assemble facts → (the caller) write.
"""
from __future__ import annotations

import multiprocessing
import os
import re
from collections import Counter, deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from ipie.backend import cpu_blas_ops
from ipie.facts.assemble import CONTEXT_KEY, assemble_facts
from ipie.facts.model import Evidence, Fact, PolicyFact
from ipie.facts.tables import find_tables, is_table_paragraph, policy_table_facts, prose_cells, table_facts, table_year
from ipie.ingest import IngestError, RawDocument, iter_sources, read_source, source_id
from ipie.normalize import NormalizedText, RepairStats, normalize, years_in_digits
from ipie.regions import ethnic_townships_in_full
from ipie.structure import paragraph_context, split_sections

MODEL_ENV = "IPIE_MODEL"
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "ipie-zh"
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d{2})年")
# a title keeps the space between its parts (企业知识产权合规管理体系 要求, 中共中央 国务院关于…), which the
# normaliser drops as it drops every space between Chinese characters; letter-spacing is not this, nor a
# space after a number (2017 年…)
_SPACED_TITLE = re.compile(r"\S+[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]\S+)+")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def default_model_path() -> Path:
    """$IPIE_MODEL, else the pipeline shipped in the repository's models/."""
    return Path(os.environ.get(MODEL_ENV) or SHIPPED_MODEL)


def load(model: str | Path | Language | None = None) -> Language:
    """The extraction pipeline: a path, an already loaded Language, or the shipped model."""
    if isinstance(model, Language):
        return model
    path = Path(model) if model is not None else default_model_path()
    if not path.exists():
        raise FileNotFoundError(f"no ipie model at {path} (train one with 'ipie train' or set {MODEL_ENV})")
    import ipie.pipeline.components  # noqa: F401  (registers the components)

    with cpu_blas_ops():
        return spacy.load(path)


@dataclass
class DocumentResult:
    """Facts of one input document, with what the normaliser repaired."""

    doc_id: str
    path: str | None
    facts: list[Fact]
    repairs: RepairStats
    characters: int


def report_year(text: str) -> int | None:
    """The report's own year: the year it mentions most (ties: the latest)."""
    years = Counter(int(y) for y in _YEAR_IN_TEXT.findall(text))
    if not years:
        return None
    return max(years.items(), key=lambda item: (item[1], item[0]))[0]


def prepare_document(nlp: Language, doc_id: str, normalized: NormalizedText):
    """What a document gives before the model runs, its sections found once: (paragraph,
    unprocessed Doc carrying its section context) for every paragraph of prose and every
    table cell written as a sentence, and (paragraph start, fact with original offsets) for
    every figure in its tables, which are read by layout rather than by the model."""
    paragraphs = normalized.paragraphs()
    sections = split_sections(paragraphs, default_year=report_year(normalized.text))
    tables = find_tables(paragraphs)
    prose_in_tables = {index: (table, cells) for table in tables for index, cells in prose_cells(table).items()}
    pairs = []
    for section in sections:
        for para in paragraphs[section.start_paragraph : section.end_paragraph]:
            if not para.text or (is_table_paragraph(para) and para.index not in prose_in_tables):
                continue
            context = paragraph_context(doc_id, section, para.index)
            pieces = [para]
            if para.index in prose_in_tables:
                table, pieces = prose_in_tables[para.index]
                context["year"] = table_year(table, context["year"])
            for piece in pieces:
                doc = nlp.make_doc(piece.text)
                doc.user_data[CONTEXT_KEY] = context
                pairs.append((piece, doc))
    from_tables = []
    for table in tables:
        first = table.rows[0].index
        section = next(s for s in sections if s.start_paragraph <= first < s.end_paragraph)
        context = paragraph_context(doc_id, section, first)
        # a company's own report, a case: its tables' figures are of the town it lies in
        read = table_facts(table, doc_id, context.get("home_town") or context["region"], context["year"], context.get("towns_named")) \
            + policy_table_facts(table, doc_id, context["region"])
        for row, fact in read:
            from_tables.append((row.start, to_original(fact, normalized, row.start)))
    return pairs, from_tables


def to_original(fact: Fact, normalized: NormalizedText, para_start: int) -> Fact:
    """The fact with its evidence offsets moved from its paragraph to the original file,
    and a policy's title with the spaces the file writes between its parts and its years in
    the numerals it writes."""
    ev = fact.evidence
    start, end = normalized.to_original(para_start + ev.start, para_start + ev.end)
    moved = replace(fact, evidence=Evidence(ev.text, start, end))
    if isinstance(fact, PolicyFact) and fact.title in ev.text:
        title_start = para_start + ev.start + ev.text.index(fact.title)
        moved = replace(moved, title=_title_as_written(fact.title, normalized, title_start))
    return moved


def _title_as_written(title: str, normalized: NormalizedText, start: int) -> str:
    o_start, o_end = normalized.to_original(start, start + len(title))
    written = _LINE_BREAK.sub("", normalized.original[o_start:o_end])  # a title a PDF's line wraps (《企业知\n识产权…》)
    if _SPACED_TITLE.fullmatch(written) and re.sub(r"[ \u3000]", "", written) == title:
        return written.replace("\u3000", " ")
    if written != title and years_in_digits(written) == title:
        return written  # …第十四个五年规划和二〇三五年远景目标纲要: a title is cited as written
    return title


def extract(text: str, nlp: Language | str | Path | None = None, doc_id: str = "text") -> list[Fact]:
    """Facts from a report's text (offsets in evidence index ``text``)."""
    facts, _ = _document_facts(load(nlp), doc_id, text)
    return facts


def annotate_document(nlp: Language, raw: RawDocument, batch_size: int = 64) -> DocumentResult | IngestError:
    """One read document's facts, or an IngestError naming it: a document the pipeline fails on
    must not stop a batch."""
    try:
        facts, normalized = _document_facts(nlp, raw.doc_id, raw.text, batch_size)
    except Exception as err:
        return IngestError(raw.path or raw.doc_id, f"processing failed: {type(err).__name__}: {err}")
    return DocumentResult(raw.doc_id, raw.path, facts, normalized.stats, len(raw.text))


def _document_facts(nlp: Language, doc_id: str, text: str, batch_size: int = 64) -> tuple[list[Fact], NormalizedText]:
    normalized = normalize(text)
    pairs, facts = prepare_document(nlp, doc_id, normalized)
    docs = nlp.pipe((doc for _, doc in pairs), batch_size=batch_size, disable=model_only(nlp))
    for (para, _), doc in zip(pairs, docs):
        facts.extend((para.start, to_original(fact, normalized, para.start)) for fact in assemble_facts(doc))
    in_full = ethnic_townships_in_full(normalized.text)
    return [_town_in_full(fact, in_full) for fact in in_text_order(facts)], normalized


def _town_in_full(fact: Fact, in_full: dict[str, str]) -> Fact:
    """A fact of an ethnic township the document names in full and then by its short name (厍东关乡): of the township by
    its full name, as for every other mention."""
    region = getattr(fact, "region", None)
    if region is None or region.get("code") is not None or region.get("name") not in in_full:
        return fact
    return replace(fact, region={**region, "name": in_full[region["name"]]})


def in_text_order(facts: list[tuple[int, Fact]]) -> list[Fact]:
    """Facts by paragraph, in the order each paragraph gave them."""
    return [fact for _, fact in sorted(facts, key=lambda item: item[0])]


def model_only(nlp: Language) -> list[str]:
    """Components to disable when the caller assembles typed facts itself (ipie_facts would do it twice)."""
    return [name for name in ("ipie_facts",) if name in nlp.pipe_names]


def annotate_files(
    paths: Iterable[str | Path],
    model: Language | str | Path | None = None,
    n_process: int = 1,
    skip: Iterable[str] = (),
    batch_size: int = 64,
) -> Iterator[DocumentResult | IngestError]:
    """Per-document results in input order; a file that cannot be read or processed yields its IngestError.

    With ``n_process`` above 1, forked workers each take whole documents, from the file to facts, and
    send back their facts. spaCy's own ``nlp.pipe(n_process=…)`` sends every paragraph's Doc to a
    worker and back as bytes, and that, with the normalising and the fact rules left in this
    process, made two processes slower than one.
    """
    nlp = load(model)
    skip = set(skip)
    sources = (source for source in iter_sources(paths) if source_id(source) not in skip)
    if n_process == 1:
        for source in sources:
            yield _annotate_source(nlp, source, batch_size)
        return
    workers = n_process if n_process > 0 else os.cpu_count() or 1
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(nlp, batch_size)) as pool:
        ahead: deque = deque()  # a few documents per worker read ahead, not the whole batch
        for source in sources:
            ahead.append(pool.apply_async(_annotate_in_worker, (source,)))
            if len(ahead) > 2 * workers:
                yield ahead.popleft().get()
        while ahead:
            yield ahead.popleft().get()


_worker: dict = {}  # what a forked worker runs with, set once as it starts


def _start_worker(nlp: Language, batch_size: int) -> None:
    _worker.update(nlp=nlp, batch_size=batch_size)


def _annotate_in_worker(source: Path | RawDocument | IngestError) -> DocumentResult | IngestError:
    return _annotate_source(_worker["nlp"], source, _worker["batch_size"])


def _annotate_source(nlp: Language, source: Path | RawDocument | IngestError, batch_size: int) -> DocumentResult | IngestError:
    raw = read_source(source)
    return raw if isinstance(raw, IngestError) else annotate_document(nlp, raw, batch_size)
