"""Training variants of a gold paragraph: another region, other years, titles without 《》.

Three seed reports name few regions and years, and nearly all their policy titles
sit in 《》; reports the model has never seen differ on all three. A variant changes
only what the guidelines say leaves the annotation as it is: a region name (a REGION,
or the region a name of an ORG or POLICY begins with) becomes another region's name
written the same way, every year in the paragraph moves by the same number of years,
and the 《》 around a POLICY are dropped (出台了…管理办法 is a POLICY with or without them).
Spans move with the text; relations, which index spans, stay as they are.

Registered as the spaCy augmenter ``ipie.report_variants.v1`` for ``[corpora.train]``.
"""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

import random
import re
from dataclasses import replace

from spacy.training import Example
from spacy.util import registry

from ipie.corpus.formats import docs_to_records, records_to_docs
from ipie.corpus.records import Record, Span
from ipie.regions import find_region_spans, region_name_like

# four digits from 1980 to 2039; _year_edits moves those followed by 年 or inside a DATE span (2011―2015年)
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-3]\d)(?!\d)")
_YEAR_RANGE = (1980, 2039)
_YEAR_SHIFTS = (-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8)


def _region_edits(record: Record, rng: random.Random, share: float) -> list[tuple[int, int, str]]:
    """Each distinct region name is swapped (everywhere the same) with probability ``share``."""
    text, names, edits = record.text, {}, []
    for span in record.spans:
        start, end = span.start, span.end
        if span.label in ("ORG", "POLICY"):  # only the region a name begins with: 天津市知识产权局
            found = find_region_spans(text[start:end])
            if not found or found[0][0] != 0 or found[0][1] == end - start:
                continue
            end = start + found[0][1]
        elif span.label != "REGION":
            continue
        old = text[start:end]
        if old not in names:
            names[old] = region_name_like(old, rng) if rng.random() < share else None
        if names[old]:
            edits.append((start, end, names[old]))
    return edits


def _unquote_edits(record: Record, rng: random.Random, share: float) -> list[tuple[int, int, str]]:
    """The 《》 around each POLICY are dropped with probability ``share``, unless the title
    touches another one (《A》《B》 without its marks would be one run of text)."""
    text, edits = record.text, []
    for span in record.spans:
        if (
            span.label == "POLICY"
            and text[span.start - 1 : span.start] == "《"
            and text[span.end : span.end + 1] == "》"
            and text[span.start - 2 : span.start - 1] != "》"
            and text[span.end + 1 : span.end + 2] != "《"
            and rng.random() < share
        ):
            edits += [(span.start - 1, span.start, ""), (span.end, span.end + 1, "")]
    return edits


def _year_edits(record: Record, rng: random.Random, share: float) -> list[tuple[int, int, str]]:
    """With probability ``share``, every year (before 年, or in a DATE span) moves by one shift."""
    text = record.text
    dates = [(s.start, s.end) for s in record.spans if s.label == "DATE"]
    years = [
        m for m in _YEAR.finditer(text)
        if text[m.end() : m.end() + 1] == "年" or any(a <= m.start() and m.end() <= b for a, b in dates)
    ]
    if not years or rng.random() >= share:
        return []
    values = [int(m.group()) for m in years]
    shifts = [d for d in _YEAR_SHIFTS if _YEAR_RANGE[0] <= min(values) + d and max(values) + d <= _YEAR_RANGE[1]]
    if not shifts:
        return []
    shift = rng.choice(shifts)
    return [(m.start(), m.end(), str(v + shift)) for m, v in zip(years, values)]


def vary_record(record: Record, rng, *, regions: float, unquote: float, years: float) -> Record:
    """A variant of ``record`` with regions swapped, 《》 dropped and years shifted (each with its
    probability), drawn with ``rng`` (a ``random.Random``, or the ``random`` module)."""
    edits = sorted(
        _region_edits(record, rng, regions) + _unquote_edits(record, rng, unquote) + _year_edits(record, rng, years)
    )
    if not edits:
        return record
    pieces, last = [], 0
    for start, end, new in edits:
        pieces += [record.text[last:start], new]
        last = end
    pieces.append(record.text[last:])

    def moved(position: int) -> int:  # edits never straddle a span's edge
        return position + sum(len(new) - (end - start) for start, end, new in edits if end <= position)

    spans = [Span(moved(s.start), moved(s.end), s.label) for s in record.spans]
    return replace(record, text="".join(pieces), spans=spans)


@registry.augmenters("ipie.report_variants.v1")
def create_report_variants(level: float, regions: float, unquote: float, years: float):
    """Replace a share ``level`` of training paragraphs by a variant; the corpus is read
    again every epoch, so the model sees both. Draws from ``random``, which spaCy seeds."""

    def augment(nlp, example: Example):
        if random.random() >= level:
            yield example
            return
        record = docs_to_records([example.reference])[0]
        varied = vary_record(record, random, regions=regions, unquote=unquote, years=years)
        reference = records_to_docs(nlp, [varied])[0]
        yield Example(nlp.make_doc(varied.text), reference)

    return augment
